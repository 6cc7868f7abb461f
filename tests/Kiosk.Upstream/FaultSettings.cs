namespace Kiosk.Upstream;

/// <summary>Fault injection on /api/v1, set at start and changed at runtime by POST /admin/faults.</summary>
public sealed class FaultSettings
{
    private readonly Lock _gate = new();

    public double ErrorRate { get; set; }

    public int ErrorStatus { get; set; } = 503;

    public int? RetryAfterSeconds { get; set; }

    public int LatencyMs { get; set; }

    public double LoseAckRate { get; set; }

    public LoseAckMode LoseAckMode { get; set; } = LoseAckMode.Status503;

    public bool DuplicateResponses { get; set; }

    /// <summary>Rolls the dice for a rate: 0 never, 1 always.</summary>
    public static bool Roll(double rate) => rate > 0 && (rate >= 1 || Random.Shared.NextDouble() < rate);

    public FaultSettings Snapshot()
    {
        lock (_gate)
        {
            return new FaultSettings
            {
                ErrorRate = ErrorRate,
                ErrorStatus = ErrorStatus,
                RetryAfterSeconds = RetryAfterSeconds,
                LatencyMs = LatencyMs,
                LoseAckRate = LoseAckRate,
                LoseAckMode = LoseAckMode,
                DuplicateResponses = DuplicateResponses,
            };
        }
    }

    /// <summary>Applies the fields present in a POST /admin/faults body; returns an error or null.</summary>
    public string? Apply(FaultPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        if (patch.ErrorRate is < 0 or > 1 || patch.LoseAckRate is < 0 or > 1)
        {
            return "errorRate and loseAckRate must be from 0 to 1";
        }

        if (patch.ErrorStatus is < 400 or > 599)
        {
            return "errorStatus must be from 400 to 599";
        }

        if (patch.LatencyMs is < 0 or > 600_000 || patch.RetryAfterSeconds is < 0)
        {
            return "latencyMs must be from 0 to 600000 and retryAfterSeconds not negative";
        }

        lock (_gate)
        {
            ErrorRate = patch.ErrorRate ?? ErrorRate;
            ErrorStatus = patch.ErrorStatus ?? ErrorStatus;
            RetryAfterSeconds = patch.RetryAfterSeconds ?? RetryAfterSeconds;
            LatencyMs = patch.LatencyMs ?? LatencyMs;
            LoseAckRate = patch.LoseAckRate ?? LoseAckRate;
            LoseAckMode = patch.LoseAckMode ?? LoseAckMode;
            DuplicateResponses = patch.DuplicateResponses ?? DuplicateResponses;
        }

        return null;
    }
}

/// <summary>The body of POST /admin/faults: fields left out keep their value.</summary>
public sealed record FaultPatch(
    double? ErrorRate,
    int? ErrorStatus,
    int? RetryAfterSeconds,
    int? LatencyMs,
    double? LoseAckRate,
    LoseAckMode? LoseAckMode,
    bool? DuplicateResponses);
