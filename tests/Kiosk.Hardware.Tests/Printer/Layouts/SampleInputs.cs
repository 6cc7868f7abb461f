using Kiosk.Hardware.Printer;

namespace Kiosk.Hardware.Tests.Printer.Layouts;

/// <summary>The fixed inputs behind the golden files.</summary>
internal static class SampleInputs
{
    public static readonly DateTimeOffset MondayMorningWib = new(2026, 11, 23, 9, 5, 0, TimeSpan.FromHours(7));

    public static QueueTicketPrint Ticket(bool priority = false, bool reprint = false) => new(
        OfficeName: "Kantor Kecamatan Sragen",
        ServiceName: "Rujukan Kesehatan (KIS/PBI)",
        TicketCode: "A-017",
        IssuedAtLocal: MondayMorningWib,
        Zone: IndonesianTimeZone.Wib,
        PeopleAhead: 3,
        EstimatedWaitMinutes: 15,
        SmsNumber: "081234567890",
        IsPriority: priority,
        IsReprint: reprint);

    public static ComplaintReceiptPrint Complaint() => new(
        OfficeName: "Kantor Kecamatan Sragen",
        TrackingCode: "K7M2-9QXD-3",
        Category: "Bantuan sosial belum diterima (PKH/BPNT)",
        Village: "Sragen Wetan",
        ReceivedAtLocal: MondayMorningWib,
        Zone: IndonesianTimeZone.Wib,
        SmsNumber: "081234567890");

    public static TestPagePrint TestPage() => new(
        OfficeName: "Kantor Kecamatan Sragen",
        SiteCode: "SRG-01",
        AppVersion: "1.0.0",
        FirmwareVersion: "Raspberry Pi OS 12",
        PrintedAtLocal: MondayMorningWib,
        Zone: IndonesianTimeZone.Wib);
}
