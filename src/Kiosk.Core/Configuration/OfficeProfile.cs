namespace Kiosk.Core.Configuration;

/// <summary>
/// The validated office: what the domain reads. Built only from options that passed
/// <see cref="OfficeOptionsValidator"/>.
/// </summary>
public sealed class OfficeProfile
{
    private OfficeProfile(OfficeOptions options)
    {
        SiteCode = options.SiteCode.Trim();
        Name = options.Name.Trim();
        TimeZoneId = options.TimeZone;
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        ZoneAbbreviation = OfficeZones.AbbreviationOf(options.TimeZone);
        SmsNumber = string.IsNullOrWhiteSpace(options.SmsNumber) ? null : options.SmsNumber.Trim();
        Services = [.. options.Services.Select(s => new OfficeService(s.Code.Trim().ToUpperInvariant(), s.Name.Trim(), s.NameEn.Trim(), s.DefaultMinutes))];
        Villages = [.. options.Villages.Select(v => v.Trim())];
        Categories = [.. options.Categories.Select(c => new ComplaintCategory(c.Code.Trim(), c.Name.Trim(), c.NameEn.Trim()))];
        MaxPriorityInARow = options.MaxPriorityInARow;
    }

    public string SiteCode { get; }

    public string Name { get; }

    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>WIB, WITA or WIT.</summary>
    public string ZoneAbbreviation { get; }

    public string? SmsNumber { get; }

    public IReadOnlyList<OfficeService> Services { get; }

    public IReadOnlyList<string> Villages { get; }

    public IReadOnlyList<ComplaintCategory> Categories { get; }

    public int MaxPriorityInARow { get; }

    /// <summary>Validates and builds; throws <see cref="OfficeConfigurationException"/> naming every bad key.</summary>
    public static OfficeProfile From(OfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = OfficeOptionsValidator.Validate(options);
        if (problems.Count > 0)
        {
            throw new OfficeConfigurationException(problems);
        }

        return new OfficeProfile(options);
    }

    public OfficeService? FindService(string code) =>
        Services.FirstOrDefault(s => string.Equals(s.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public ComplaintCategory? FindCategory(string code) =>
        Categories.FirstOrDefault(c => string.Equals(c.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public string? FindVillage(string name) =>
        Villages.FirstOrDefault(v => string.Equals(v, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The office's local calendar day of an instant: numbering restarts when it changes.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);
}
