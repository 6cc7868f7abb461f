using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>
/// Stops the service at start when the <c>Upstream</c> section is wrong, naming the key and the
/// reason. Never echoes the token.
/// </summary>
public sealed partial class UpstreamOptionsValidator : IValidateOptions<UpstreamOptions>
{
    internal const int MaxBatchSize = 500;
    private const string Section = UpstreamOptions.SectionName;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex DeviceIdPattern();

    public ValidateOptionsResult Validate(string? name, UpstreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.IsEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            failures.Add($"{Section}:Url: must be an absolute http:// or https:// URL, got '{options.Url}'.");
        }
        else
        {
            if (url.Scheme == "http" && !url.IsLoopback)
            {
                failures.Add($"{Section}:Url: must use https unless the host is loopback (localhost, 127.0.0.1, ::1), got '{url}'.");
            }

            if (!string.IsNullOrEmpty(url.UserInfo))
            {
                failures.Add($"{Section}:Url: must not carry a user name or password; the device authenticates with {Section}:Token.");
            }

            if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
            {
                failures.Add($"{Section}:Url: must not have a query or fragment, got '{url.GetLeftPart(UriPartial.Path)}...'.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.DeviceId))
        {
            failures.Add($"{Section}:DeviceId: is required when {Section}:Url is set.");
        }
        else if (!DeviceIdPattern().IsMatch(options.DeviceId))
        {
            failures.Add($"{Section}:DeviceId: may only hold 1 to 64 letters, digits, '.', '_' and '-', got '{options.DeviceId}'.");
        }

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            failures.Add($"{Section}:Token: is required when {Section}:Url is set.");
        }
        else if (options.Token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c > '~'))
        {
            failures.Add($"{Section}:Token: must be printable ASCII without spaces (it goes into an HTTP header).");
        }

        if (options.RetentionDays is < 1 or > 3650)
        {
            failures.Add($"{Section}:RetentionDays: must be from 1 to 3650, got {options.RetentionDays}.");
        }

        if (options.MaxPending < 100)
        {
            failures.Add($"{Section}:MaxPending: must be at least 100, got {options.MaxPending}.");
        }

        if (options.BatchSize is < 1 or > MaxBatchSize)
        {
            failures.Add($"{Section}:BatchSize: must be from 1 to {MaxBatchSize}, got {options.BatchSize}.");
        }

        if (options.PullInterval < TimeSpan.FromSeconds(5) || options.PullInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:PullInterval: must be from 00:00:05 to 1.00:00:00, got {options.PullInterval}.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:Timeout: must be more than 0 and at most 00:05:00, got {options.Timeout}.");
        }

        if (!string.IsNullOrWhiteSpace(options.CaFile) && !File.Exists(options.CaFile))
        {
            failures.Add($"{Section}:CaFile: '{options.CaFile}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
