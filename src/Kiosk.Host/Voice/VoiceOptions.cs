using Kiosk.Core.Configuration;

namespace Kiosk.Host.Voice;

/// <summary><c>Kiosk:Voice</c>: the speech engine that reads calls and screens aloud.</summary>
public sealed class VoiceOptions
{
    public const string SectionName = "Kiosk:Voice";

    /// <summary>The espeak-ng executable (a name on PATH or a full path).</summary>
    public string Engine { get; set; } = "espeak-ng";

    /// <summary>Words per minute: slower than espeak's 175 so a waiting room hears each digit.</summary>
    public int Speed { get; set; } = 140;

    /// <summary>espeak's amplitude, 0–200 (100 is its default).</summary>
    public int Volume { get; set; } = 120;

    /// <summary>Problems with these settings, each with its full key; empty when usable.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        var problems = new List<ConfigurationProblem>();
        if (string.IsNullOrWhiteSpace(Engine))
        {
            problems.Add(new($"{SectionName}:{nameof(Engine)}", "is empty; leave it out for espeak-ng"));
        }

        if (Speed is < 80 or > 300)
        {
            problems.Add(new($"{SectionName}:{nameof(Speed)}", $"{Speed} is outside 80–300 words per minute"));
        }

        if (Volume is < 0 or > 200)
        {
            problems.Add(new($"{SectionName}:{nameof(Volume)}", $"{Volume} is outside espeak's amplitude 0–200"));
        }

        return problems;
    }
}
