using System.Buffers.Binary;

namespace Kiosk.Testing;

public static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk, which always comes first.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Writes the PNG under the test output folder, where a person can open it.</summary>
    public static string Save(byte[] png, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "printer-output");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, png);
        return path;
    }
}
