using System.Text.Json;
using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Status;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Tests.Status;

public class StatusLookupTests
{
    [Fact]
    public void A_complaint_status_carries_no_personal_data()
    {
        using var kiosk = Kiosk.InMemory();
        var lookup = new StatusLookup(kiosk.ComplaintService, kiosk.Queue);
        var complaint = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Rahasia: tetangga saya menjual beras bansos.", "Sri Wahyuni", "3314105708900003", "081234567890"));

        var status = lookup.Find(complaint.TrackingCode.Compact.ToLowerInvariant());
        var json = JsonSerializer.Serialize(status);

        Assert.Equal((complaint.TrackingCode.Grouped, StatusKind.Complaint, "DITERIMA"), (status.Code, status.Kind, status.Status));
        foreach (var secret in new[] { "Sri", "Wahyuni", "3314105708900003", "81234567890", "Rahasia", "Desa Tangkil", "bansos" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_ticket_number_finds_todays_ticket()
    {
        using var kiosk = Kiosk.InMemory();
        var lookup = new StatusLookup(kiosk.ComplaintService, kiosk.Queue);
        kiosk.Queue.Issue(new TicketRequest("B"));
        kiosk.Queue.CallNext("2");

        var status = lookup.Find("b1");

        Assert.Equal(("B-001", StatusKind.Ticket, "called"), (status.Code, status.Kind, status.Status));
        Assert.Equal("Loket 2", status.History[^1].Note);
    }

    [Fact]
    public void A_mistyped_code_is_answered_as_mistyped_not_as_unknown()
    {
        using var kiosk = Kiosk.InMemory();
        var lookup = new StatusLookup(kiosk.ComplaintService, kiosk.Queue);
        var code = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Desa Tangkil", "Bantuan belum diterima.")).TrackingCode.Compact;
        var typo = code[..3] + code[4] + code[3] + code[5..];
        if (code[3] == code[4])
        {
            typo = code[..3] + (code[3] == '7' ? '8' : '7') + code[4..];
        }

        var error = Assert.Single(Assert.Throws<DomainValidationException>(() => lookup.Find(typo)).Errors);

        Assert.Equal("mistyped", error.Code);
        Assert.Contains("salah ketik", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_valid_code_that_nobody_filed_is_not_found()
    {
        using var kiosk = Kiosk.InMemory();
        var lookup = new StatusLookup(kiosk.ComplaintService, kiosk.Queue);

        Assert.Throws<NotFoundException>(() => lookup.Find(TrackingCode.New().Grouped));
        Assert.Throws<NotFoundException>(() => lookup.Find("C-999"));
    }
}
