using Kiosk.Hardware.Printer.EscPos;

namespace Kiosk.Hardware.Printer.Layouts;

/// <summary>The complaint receipt: tracking code and its QR, category, village, time, SMS hint; no personal data.</summary>
public static class ComplaintReceiptLayout
{
    public static byte[] Render(ComplaintReceiptPrint receipt, PaperWidth width, PrinterCodePage codePage = PrinterCodePage.Pc437)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        LayoutParts.Require(receipt.OfficeName, nameof(receipt.OfficeName));
        LayoutParts.Require(receipt.TrackingCode, nameof(receipt.TrackingCode));
        LayoutParts.Require(receipt.Category, nameof(receipt.Category));
        LayoutParts.Require(receipt.Village, nameof(receipt.Village));
        LayoutParts.Require(receipt.SmsNumber, nameof(receipt.SmsNumber));

        var size = LayoutParts.LargestSize(width, receipt.TrackingCode, max: 2);
        var document = new EscPosDocument(width, codePage).Align(Justification.Center)
            .Bold(true).Line(receipt.OfficeName).Line("TANDA TERIMA PENGADUAN").Bold(false)
            .Rule()
            .Line("Kode pelacakan:")
            .Bold(true).Size(size, size).Line(receipt.TrackingCode).Size(1, 1).Bold(false)
            .Line()
            .Qr(receipt.TrackingCode, LayoutParts.QrModuleSize(width), LayoutParts.QrLevel)
            .Line()
            .Align(Justification.Left)
            .Line($"Kategori : {receipt.Category}")
            .Line($"Desa/Kel.: {receipt.Village}")
            .Received(receipt.ReceivedAtLocal, receipt.Zone)
            .Rule()
            .Align(Justification.Center)
            .Line($"Cek status: SMS CEK {receipt.TrackingCode} ke {receipt.SmsNumber}")
            .Line("Simpan tanda terima ini. Petugas tidak pernah meminta imbalan.");
        return document.FeedAndCut();
    }

    private static EscPosDocument Received(this EscPosDocument document, DateTimeOffset local, IndonesianTimeZone zone)
    {
        const string Label = "Diterima : ";
        var oneLine = Label + IndonesianDateTime.DateAndTime(local, zone);
        return oneLine.Length <= document.Columns ? document.Line(oneLine) : document.Line(Label.TrimEnd()).DateTime(local, zone);
    }
}
