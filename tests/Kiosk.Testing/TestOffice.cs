using Kiosk.Core.Configuration;

namespace Kiosk.Testing;

/// <summary>A small valid office for tests; each test changes what it is about.</summary>
public static class TestOffice
{
    public static OfficeOptions Options(string timeZone = "Asia/Jakarta") => new()
    {
        SiteCode = "33.14.10",
        Name = "Kecamatan Sragen",
        TimeZone = timeZone,
        SmsNumber = "081234567890",
        Services =
        [
            new ServiceOptions { Code = "A", Name = "Pengaduan & Informasi", NameEn = "Complaints & Information", DefaultMinutes = 8 },
            new ServiceOptions { Code = "B", Name = "Layanan Sosial", NameEn = "Social Services", DefaultMinutes = 12 },
        ],
        Villages = ["Desa Tangkil", "Kelurahan Sine"],
        Categories = [new CategoryOptions { Code = "bansos", Name = "Bantuan sosial", NameEn = "Social assistance" }],
    };

    public static OfficeProfile Profile(string timeZone = "Asia/Jakarta") => OfficeProfile.From(Options(timeZone));
}
