using Kiosk.Core.Complaints;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Tests.Complaints;

public class ComplaintServiceTests
{
    private static ComplaintDraft Valid() =>
        new("bansos", "Desa Tangkil", "PKH belum cair sejak Agustus.", "Sri Wahyuni", "3314105708900003", "0812 3456 7890");

    [Fact]
    public void A_valid_complaint_is_stored_as_DITERIMA_with_normalised_fields()
    {
        using var kiosk = Kiosk.InMemory();

        var filed = kiosk.ComplaintService.File(Valid() with { Village = "desa tangkil", Category = "BANSOS" });
        var stored = kiosk.ComplaintService.Find(filed.TrackingCode)!;

        Assert.Equal(ComplaintStatus.Diterima, stored.Status);
        Assert.Equal(("bansos", "Desa Tangkil", "+6281234567890"), (stored.Category, stored.Village, stored.Phone));
        Assert.Equal(kiosk.Time.GetUtcNow(), Assert.Single(stored.History).At);
    }

    [Fact]
    public void Name_NIK_and_phone_are_optional()
    {
        using var kiosk = Kiosk.InMemory();

        var filed = kiosk.ComplaintService.File(new ComplaintDraft("bansos", "Kelurahan Sine", "Jalan ke posyandu rusak parah."));

        Assert.Null(filed.Name);
        Assert.Null(filed.Nik);
        Assert.Null(filed.Phone);
    }

    [Theory]
    [InlineData("category", "", "required")]
    [InlineData("category", "parkir", "unknown")]
    [InlineData("village", "", "required")]
    [InlineData("village", "Desa Entah", "unknown")]
    [InlineData("description", "", "required")]
    [InlineData("description", "pendek", "too_short")]
    [InlineData("nik", "1234", "length")]
    [InlineData("nik", "3314103202900003", "birth_date")]
    [InlineData("phone", "0271 891234", "not_mobile")]
    [InlineData("phone", "halo", "invalid")]
    public void Each_bad_field_gets_its_own_error(string field, string value, string code)
    {
        using var kiosk = Kiosk.InMemory();
        var draft = field switch
        {
            "category" => Valid() with { Category = value },
            "village" => Valid() with { Village = value },
            "description" => Valid() with { Description = value },
            "nik" => Valid() with { Nik = value },
            _ => Valid() with { Phone = value },
        };

        var error = Assert.Single(Assert.Throws<DomainValidationException>(() => kiosk.ComplaintService.File(draft)).Errors);

        Assert.Equal((field, code), (error.Field, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(0, kiosk.Outbox.Count().Pending);
    }

    [Fact]
    public void A_five_thousand_character_description_is_refused_and_says_how_long_it_is()
    {
        using var kiosk = Kiosk.InMemory();

        var error = Assert.Single(Assert.Throws<DomainValidationException>(() =>
            kiosk.ComplaintService.File(Valid() with { Description = new string('x', 5000) })).Errors);

        Assert.Equal("too_long", error.Code);
        Assert.Contains("5000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tracking_code_collision_draws_a_new_code_instead_of_overwriting()
    {
        using var kiosk = Kiosk.InMemory();
        var taken = TrackingCode.New();
        var fresh = TrackingCode.New();
        var codes = new Queue<TrackingCode>([taken, taken, fresh]);
        var service = new ComplaintService(kiosk.Office, kiosk.Complaints, kiosk.Time, codes.Dequeue);

        var first = service.File(Valid());
        var second = service.File(Valid() with { Description = "Keluhan lain yang berbeda." });

        Assert.Equal(taken.Compact, first.Id);
        Assert.Equal(fresh.Compact, second.Id);
        Assert.Equal("PKH belum cair sejak Agustus.", kiosk.ComplaintService.Find(taken)!.Description);
    }

    [Fact]
    public void Status_moves_forward_with_dated_history_and_ignores_late_steps_back()
    {
        using var kiosk = Kiosk.InMemory();
        var code = kiosk.ComplaintService.File(Valid()).TrackingCode;
        var t0 = kiosk.Time.GetUtcNow();

        kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Terkirim, t0.AddMinutes(1), null);
        kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Diproses, t0.AddDays(1), "Diteruskan ke Dinas Sosial");
        var late = kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Diverifikasi, t0.AddDays(2), null);
        kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Selesai, t0.AddDays(3), "Bantuan sudah cair");
        var afterFinal = kiosk.ComplaintService.ChangeStatus(code, ComplaintStatus.Ditolak, t0.AddDays(4), null);

        var complaint = kiosk.ComplaintService.Find(code)!;
        Assert.Null(late);
        Assert.Null(afterFinal);
        Assert.Equal(
            [ComplaintStatus.Diterima, ComplaintStatus.Terkirim, ComplaintStatus.Diproses, ComplaintStatus.Selesai],
            complaint.History.Select(h => h.Status));
        Assert.Equal("Diteruskan ke Dinas Sosial", complaint.History[2].Note);
        Assert.Equal(t0.AddDays(3), complaint.History[3].At);
    }

    [Fact]
    public void Rejection_is_possible_from_any_open_status()
    {
        Assert.True(ComplaintStatusRules.CanMove(ComplaintStatus.Diterima, ComplaintStatus.Ditolak));
        Assert.True(ComplaintStatusRules.CanMove(ComplaintStatus.Diproses, ComplaintStatus.Ditolak));
        Assert.False(ComplaintStatusRules.CanMove(ComplaintStatus.Selesai, ComplaintStatus.Ditolak));
        Assert.False(ComplaintStatusRules.CanMove(ComplaintStatus.Diproses, ComplaintStatus.Diproses));
    }
}
