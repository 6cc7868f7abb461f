using System.Globalization;

namespace Kiosk.Upstream;

/// <summary>The reference upstream's own command-line options; the rest go to ASP.NET Core.</summary>
public sealed class UpstreamSettings
{
    public string DbPath { get; private set; } = Path.Combine(Path.GetTempPath(), $"kiosk-upstream-{Guid.NewGuid():N}.db");

    /// <summary><c>--token</c>: a token that any device id may use.</summary>
    public string? SharedToken { get; private set; }

    /// <summary><c>--device ID=TOKEN</c>, repeatable.</summary>
    public Dictionary<string, string> Devices { get; } = new(StringComparer.Ordinal);

    /// <summary><c>--max-batch</c>: more events in one push get 413.</summary>
    public int MaxBatch { get; private set; } = 500;

    public FaultSettings Faults { get; } = new();

    /// <summary>Splits <paramref name="args"/> into ours and the ones left for ASP.NET Core.</summary>
    public static (UpstreamSettings Settings, string[] Remaining) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var settings = new UpstreamSettings();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"{arg} needs a value");
                }

                return args[++i];
            }

            switch (arg)
            {
                case "--db":
                    settings.DbPath = Value();
                    break;
                case "--token":
                    settings.SharedToken = NonEmpty(arg, Value());
                    break;
                case "--device":
                    var pair = Value();
                    var eq = pair.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0 || eq == pair.Length - 1)
                    {
                        throw new ArgumentException($"--device expects ID=TOKEN, got '{pair}'");
                    }

                    settings.Devices[pair[..eq]] = pair[(eq + 1)..];
                    break;
                case "--max-batch":
                    settings.MaxBatch = Int(arg, Value(), 1, 100_000);
                    break;
                case "--error-rate":
                    settings.Faults.ErrorRate = Rate(arg, Value());
                    break;
                case "--error-status":
                    settings.Faults.ErrorStatus = Int(arg, Value(), 400, 599);
                    break;
                case "--retry-after":
                    settings.Faults.RetryAfterSeconds = Int(arg, Value(), 0, 86_400);
                    break;
                case "--latency-ms":
                    settings.Faults.LatencyMs = Int(arg, Value(), 0, 600_000);
                    break;
                case "--lose-ack-rate":
                    settings.Faults.LoseAckRate = Rate(arg, Value());
                    break;
                case "--lose-ack-mode":
                    var mode = Value();
                    settings.Faults.LoseAckMode = Enum.TryParse<LoseAckMode>(mode, ignoreCase: true, out var m) && Enum.IsDefined(m)
                        ? m
                        : throw new ArgumentException($"--lose-ack-mode must be status503 or abort, got '{mode}'");
                    break;
                case "--duplicate-responses":
                    settings.Faults.DuplicateResponses = true;
                    break;
                default:
                    rest.Add(arg);
                    break;
            }
        }

        return (settings, rest.ToArray());
    }

    private static string NonEmpty(string name, string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be empty") : value;

    private static int Int(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, got '{value}'");

    private static double Rate(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1
            ? r
            : throw new ArgumentException($"{name} must be a number from 0 to 1, got '{value}'");
}
