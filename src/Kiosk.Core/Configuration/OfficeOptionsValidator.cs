using System.Text.RegularExpressions;

namespace Kiosk.Core.Configuration;

/// <summary>Checks an <see cref="OfficeOptions"/>; every problem names its key and the reason.</summary>
public static partial class OfficeOptionsValidator
{
    private const string Prefix = OfficeOptions.SectionName;

    public static IReadOnlyList<ConfigurationProblem> Validate(OfficeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<ConfigurationProblem>();
        void Add(string key, string reason) => problems.Add(new ConfigurationProblem($"{Prefix}:{key}", reason));

        if (!SiteCodePattern().IsMatch(options.SiteCode ?? ""))
        {
            Add("SiteCode", $"'{options.SiteCode}' is not a Kemendagri kecamatan code such as 33.14.10 (province.regency.district).");
        }

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            Add("Name", "the office name is required; it is printed on every ticket.");
        }
        else if (options.Name.Trim().Length > 60)
        {
            Add("Name", "at most 60 characters, so it fits a ticket line.");
        }

        if (!OfficeZones.IsSupported(options.TimeZone ?? ""))
        {
            Add("TimeZone", $"'{options.TimeZone}' is not one of {string.Join(", ", OfficeZones.Supported)}.");
        }

        if (options.Services.Count == 0)
        {
            Add("Services", "at least one service is required.");
        }

        var seenServices = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Services.Count; i++)
        {
            var service = options.Services[i];
            var code = service.Code?.Trim() ?? "";
            if (!ServiceCodePattern().IsMatch(code))
            {
                Add($"Services:{i}:Code", $"'{service.Code}' must be one letter A-Z.");
            }
            else if (!seenServices.Add(code))
            {
                Add($"Services:{i}:Code", $"'{code}' is used by more than one service.");
            }

            if (string.IsNullOrWhiteSpace(service.Name))
            {
                Add($"Services:{i}:Name", "the Indonesian name is required.");
            }
            else if (service.Name.Trim().Length > 40)
            {
                Add($"Services:{i}:Name", "at most 40 characters.");
            }

            if (string.IsNullOrWhiteSpace(service.NameEn))
            {
                Add($"Services:{i}:NameEn", "the English name is required.");
            }

            if (service.DefaultMinutes is < 1 or > 240)
            {
                Add($"Services:{i}:DefaultMinutes", $"{service.DefaultMinutes} is not between 1 and 240.");
            }
        }

        if (options.Villages.Count == 0)
        {
            Add("Villages", "at least one desa/kelurahan is required for complaints.");
        }

        var seenVillages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Villages.Count; i++)
        {
            var village = options.Villages[i]?.Trim() ?? "";
            if (village.Length is 0 or > 60)
            {
                Add($"Villages:{i}", "a village name of 1 to 60 characters is required.");
            }
            else if (!seenVillages.Add(village))
            {
                Add($"Villages:{i}", $"'{village}' is listed twice.");
            }
        }

        if (options.Categories.Count == 0)
        {
            Add("Categories", "at least one complaint category is required.");
        }

        var seenCategories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Categories.Count; i++)
        {
            var category = options.Categories[i];
            if (!CategoryCodePattern().IsMatch(category.Code ?? ""))
            {
                Add($"Categories:{i}:Code", $"'{category.Code}' must be 2 to 20 lowercase letters, digits or '-'.");
            }
            else if (!seenCategories.Add(category.Code!))
            {
                Add($"Categories:{i}:Code", $"'{category.Code}' is used by more than one category.");
            }

            if (string.IsNullOrWhiteSpace(category.Name))
            {
                Add($"Categories:{i}:Name", "the Indonesian name is required.");
            }

            if (string.IsNullOrWhiteSpace(category.NameEn))
            {
                Add($"Categories:{i}:NameEn", "the English name is required.");
            }
        }

        if (options.MaxPriorityInARow is < 1 or > 10)
        {
            Add("MaxPriorityInARow", $"{options.MaxPriorityInARow} is not between 1 and 10.");
        }

        if (options.SmsNumber is { Length: > 0 } sms && !SmsNumberPattern().IsMatch(sms.Trim()))
        {
            Add("SmsNumber", $"'{sms}' is not a phone number such as 081234567890 or +6281234567890.");
        }

        return problems;
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{2}$")]
    private static partial Regex SiteCodePattern();

    [GeneratedRegex("^[A-Za-z]$")]
    private static partial Regex ServiceCodePattern();

    [GeneratedRegex("^[a-z0-9-]{2,20}$")]
    private static partial Regex CategoryCodePattern();

    [GeneratedRegex(@"^\+?\d{8,15}$")]
    private static partial Regex SmsNumberPattern();
}
