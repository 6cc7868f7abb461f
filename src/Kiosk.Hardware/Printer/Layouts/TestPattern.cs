using System.Collections;

namespace Kiosk.Hardware.Printer.Layouts;

/// <summary>A raster sample that shows banding, missing dots and skew at a glance.</summary>
public static class TestPattern
{
    public const int WidthDots = 192;
    public const int HeightDots = 64;

    /// <summary>A frame, diagonal stripes on the left and a checkerboard of 8-dot squares on the right.</summary>
    public static BitArray Create()
    {
        var pixels = new BitArray(WidthDots * HeightDots);
        for (var y = 0; y < HeightDots; y++)
        {
            for (var x = 0; x < WidthDots; x++)
            {
                var frame = x < 3 || y < 3 || x >= WidthDots - 3 || y >= HeightDots - 3;
                var stripes = x < WidthDots / 2 && (x + y) % 12 < 4;
                var checker = x >= WidthDots / 2 && ((x / 8) + (y / 8)) % 2 == 0;
                pixels[(y * WidthDots) + x] = frame || stripes || checker;
            }
        }

        return pixels;
    }
}
