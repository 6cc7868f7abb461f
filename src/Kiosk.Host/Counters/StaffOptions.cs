using Kiosk.Core.Configuration;

namespace Kiosk.Host.Counters;

/// <summary>
/// <c>Kiosk:Staff</c>: the staff listener, where counters and the waiting-room display talk to the
/// kiosk. Separate from the resident touchscreen's listener (another port, so another origin).
/// </summary>
public sealed class StaffOptions
{
    public const string SectionName = "Kiosk:Staff";

    /// <summary>Loopback only: the Pi's own display window. <c>kiosk provision --staff-lan</c> opens it to the office LAN.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8081";

    /// <summary>What <c>--staff-lan</c> writes: every interface, same port.</summary>
    public const string LanUrls = "http://0.0.0.0:8081";

    /// <summary>Semicolon-separated URLs, as ASP.NET's <c>urls</c>: <c>http://0.0.0.0:8081</c>, or <c>https://...</c> with a certificate.</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>A PKCS#12 (.pfx) or PEM certificate for https URLs.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PEM private key, when <see cref="CertificatePath"/> is PEM.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>The .pfx password, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Requests per minute one token (or, without one, one address) may make.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>Pairing attempts per minute from one address (a code has about 40 bits; this keeps guessing hopeless).</summary>
    public int PairingAttemptsPerMinute { get; set; } = 10;

    /// <summary>The parsed URLs; those that do not parse are reported by <see cref="Validate"/>.</summary>
    public IReadOnlyList<Uri> ParsedUrls() =>
        [.. Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()];

    /// <summary>The ports the staff listener owns: only requests arriving on them reach the staff API.</summary>
    public IReadOnlySet<int> Ports() => ParsedUrls().Select(u => u.Port).ToHashSet();

    /// <summary>Problems with these settings, each with its full key; empty when usable.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        var problems = new List<ConfigurationProblem>();
        var key = $"{SectionName}:{nameof(Urls)}";
        var parts = (Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            problems.Add(new(key, $"is empty; the default is {DefaultUrls}"));
        }

        foreach (var part in parts)
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/")
            {
                problems.Add(new(key, $"'{part}' is not an http(s)://host:port URL"));
            }
            else if (uri.IsDefaultPort && !part.Contains($":{uri.Port}", StringComparison.Ordinal))
            {
                problems.Add(new(key, $"'{part}' needs an explicit port (the staff API answers only on its own port), e.g. 8081"));
            }
            else if (uri.Port == 0)
            {
                problems.Add(new(key, $"'{part}': port 0 is not allowed (the staff API is told apart by its port)"));
            }
            else if (uri.Scheme == "https" && string.IsNullOrWhiteSpace(CertificatePath))
            {
                problems.Add(new($"{SectionName}:{nameof(CertificatePath)}", $"is required for {part}"));
            }
        }

        if (!string.IsNullOrWhiteSpace(CertificatePath) && !File.Exists(CertificatePath))
        {
            problems.Add(new($"{SectionName}:{nameof(CertificatePath)}", $"'{CertificatePath}' does not exist"));
        }

        if (!string.IsNullOrWhiteSpace(CertificateKeyPath) && !File.Exists(CertificateKeyPath))
        {
            problems.Add(new($"{SectionName}:{nameof(CertificateKeyPath)}", $"'{CertificateKeyPath}' does not exist"));
        }

        if (RequestsPerMinute is < 10 or > 100_000)
        {
            problems.Add(new($"{SectionName}:{nameof(RequestsPerMinute)}", "must be between 10 and 100000"));
        }

        if (PairingAttemptsPerMinute is < 1 or > 100)
        {
            problems.Add(new($"{SectionName}:{nameof(PairingAttemptsPerMinute)}", "must be between 1 and 100"));
        }

        return problems;
    }
}
