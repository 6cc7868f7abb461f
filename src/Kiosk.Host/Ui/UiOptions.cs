using Kiosk.Core.Configuration;

namespace Kiosk.Host.Ui;

/// <summary>Settings under <c>Kiosk:Ui</c> for the resident's touchscreen.</summary>
public sealed class UiOptions
{
    public const string SectionName = "Kiosk:Ui";

    /// <summary>Seconds without a touch before the screen returns home and forgets what was entered.</summary>
    public int IdleSeconds { get; set; } = 60;

    /// <summary>The last seconds of the idle time, shown as a "still there?" countdown.</summary>
    public int WarningSeconds { get; set; } = 10;

    /// <summary>How often the page checks <c>/healthz</c> while it waits for the server.</summary>
    public int HealthPollSeconds { get; set; } = 2;

    /// <summary>The language the screen starts in and returns to after an idle reset.</summary>
    public string DefaultLanguage { get; set; } = UiStrings.Indonesian;

    /// <summary>Problems with these settings, each with its full key; empty when usable.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        var problems = new List<ConfigurationProblem>();
        if (IdleSeconds is < 2 or > 3600)
        {
            problems.Add(new($"{SectionName}:{nameof(IdleSeconds)}", "must be between 2 and 3600 seconds"));
        }

        if (WarningSeconds is < 1 or > 60)
        {
            problems.Add(new($"{SectionName}:{nameof(WarningSeconds)}", "must be between 1 and 60 seconds"));
        }

        if (HealthPollSeconds is < 1 or > 60)
        {
            problems.Add(new($"{SectionName}:{nameof(HealthPollSeconds)}", "must be between 1 and 60 seconds"));
        }

        if (!UiStrings.Languages.Contains(DefaultLanguage))
        {
            problems.Add(new($"{SectionName}:{nameof(DefaultLanguage)}", $"must be one of {string.Join(", ", UiStrings.Languages)}"));
        }

        return problems;
    }

    /// <summary>The countdown never takes the whole idle time: at least one quiet second comes first.</summary>
    public int EffectiveWarningSeconds => Math.Min(WarningSeconds, IdleSeconds - 1);
}
