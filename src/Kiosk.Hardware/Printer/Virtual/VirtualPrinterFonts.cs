using SkiaSharp;

namespace Kiosk.Hardware.Printer.Virtual;

/// <summary>
/// DejaVu Sans Mono, regular and bold, loaded from the assembly's embedded resources so the virtual
/// printer renders the same on a bare machine (SkiaSharp's NoDependencies build has no fontconfig).
/// </summary>
internal static class VirtualPrinterFonts
{
    private static readonly Lazy<SKTypeface> LazyRegular = new(() => Load("DejaVuSansMono.ttf"));
    private static readonly Lazy<SKTypeface> LazyBold = new(() => Load("DejaVuSansMono-Bold.ttf"));

    public static SKTypeface Regular => LazyRegular.Value;

    public static SKTypeface Bold => LazyBold.Value;

    private static SKTypeface Load(string file)
    {
        var name = $"Kiosk.Hardware.Printer.Fonts.{file}";
        using var stream = typeof(VirtualPrinterFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing from the assembly.");
        return SKTypeface.FromStream(stream)
            ?? throw new InvalidOperationException($"Embedded font {name} could not be loaded by SkiaSharp.");
    }
}
