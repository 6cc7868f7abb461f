namespace Kiosk.Host.Tests.Ui;

/// <summary>The screens the kiosk ships with: the official 7" and 10" panels, and a portrait monitor.</summary>
public static class Viewport
{
    public static readonly string[] Names = ["800x480", "1280x800", "720x1280"];

    public static TheoryData<string> All => new(Names);

    public static (int Width, int Height) Parse(string name)
    {
        var parts = name.Split('x');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
