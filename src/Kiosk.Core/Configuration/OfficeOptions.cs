namespace Kiosk.Core.Configuration;

/// <summary>
/// The office as configured under <c>Kiosk:Office</c>: what the kiosk serves and where it stands.
/// Bound from configuration, then checked by <see cref="OfficeOptionsValidator"/> and turned into an
/// <see cref="OfficeProfile"/> that the domain uses.
/// </summary>
public sealed class OfficeOptions
{
    public const string SectionName = "Kiosk:Office";

    /// <summary>Kemendagri region code of the kecamatan, e.g. <c>33.14.10</c>.</summary>
    public string SiteCode { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>IANA time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).</summary>
    public string TimeZone { get; set; } = "Asia/Jakarta";

    /// <summary>The kiosk's own phone number (its SIM), printed on tickets for SMS status checks.</summary>
    public string? SmsNumber { get; set; }

    public List<ServiceOptions> Services { get; set; } = [];

    public List<string> Villages { get; set; } = [];

    public List<CategoryOptions> Categories { get; set; } = [];

    /// <summary>How many priority tickets may be called in a row while regular ones wait.</summary>
    public int MaxPriorityInARow { get; set; } = 2;
}

public sealed class ServiceOptions
{
    /// <summary>One capital letter, printed before the number: A-017.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>Minutes one person takes at the counter, used until today's real times are known.</summary>
    public int DefaultMinutes { get; set; } = 10;
}

public sealed class CategoryOptions
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string NameEn { get; set; } = "";
}
