using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Printer.Layouts;

/// <summary>Pieces every layout shares, so a ticket and a receipt look like siblings.</summary>
internal static class LayoutParts
{
    /// <summary>QR error correction for everything we print: M survives a smudge and stays small.</summary>
    public const QrErrorCorrection QrLevel = QrErrorCorrection.M;

    /// <summary>QR module size in dots: about 3 cm wide for a short code on either roll.</summary>
    public static int QrModuleSize(PaperWidth width) => width == PaperWidth.Mm58 ? 6 : 8;

    /// <summary>Date and time, on one line when it fits and on two otherwise.</summary>
    public static EscPosDocument DateTime(this EscPosDocument document, DateTimeOffset local, IndonesianTimeZone zone)
    {
        var oneLine = IndonesianDateTime.DateAndTime(local, zone);
        return oneLine.Length <= document.Columns
            ? document.Line(oneLine)
            : document.Line(IndonesianDateTime.Date(local)).Line(IndonesianDateTime.Time(local, zone));
    }

    /// <summary>The biggest square size (up to <paramref name="max"/>) at which <paramref name="text"/> fits one line.</summary>
    public static int LargestSize(PaperWidth width, string text, int max)
    {
        for (var size = max; size > 1; size--)
        {
            if (text.Length <= width.Columns(size))
            {
                return size;
            }
        }

        return 1;
    }

    /// <summary>Feeds past the tear-off and cuts: every layout ends with this.</summary>
    public static byte[] FeedAndCut(this EscPosDocument document) => document.Feed(3).Cut().ToArray();

    public static void Require(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty.", name);
        }
    }
}
