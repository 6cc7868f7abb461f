using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kiosk.Upstream;

/// <summary>Reads one pushed event as docs/sync-protocol.md describes it, field by field.</summary>
public static partial class EventParser
{
    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")]
    private static partial Regex TypePattern();

    /// <summary>The event's id, or null when the batch must be refused (no id to answer for).</summary>
    public static Guid? ReadId(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
        && Guid.TryParse(id.GetString(), out var guid)
        && guid != Guid.Empty
            ? guid
            : null;

    public static IncomingEvent Parse(Guid id, JsonElement e)
    {
        string? Text(string name, int max, out string? problem)
        {
            problem = null;
            if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
            {
                problem = $"{name} is required";
                return null;
            }

            if (p.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(p.GetString()))
            {
                problem = $"{name} must be a non-empty string";
                return null;
            }

            var s = p.GetString()!;
            if (s.Length > max)
            {
                problem = $"{name} is longer than {max} characters";
                return null;
            }

            return s;
        }

        var type = Text("type", 100, out var problem);
        if (problem is null && !TypePattern().IsMatch(type!))
        {
            problem = $"type '{type}' is not of the form aggregate.verb in lower case";
        }

        var aggregateType = problem is null ? Text("aggregateType", 64, out problem) : null;
        var aggregateId = problem is null ? Text("aggregateId", 128, out problem) : null;
        long sequence = 0;
        if (problem is null
            && (!e.TryGetProperty("sequence", out var seq) || seq.ValueKind != JsonValueKind.Number
                || !seq.TryGetInt64(out sequence) || sequence < 1))
        {
            problem = "sequence must be a whole number from 1";
        }

        var occurredText = problem is null ? Text("occurredAt", 40, out problem) : null;
        if (problem is null
            && !DateTimeOffset.TryParse(occurredText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            problem = $"occurredAt '{occurredText}' is not an ISO-8601 time";
        }

        if (problem is null && (!e.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object))
        {
            problem = "payload must be a JSON object";
        }

        if (problem is not null)
        {
            return new IncomingEvent(id, null, problem);
        }

        return new IncomingEvent(id, new StoredEvent
        {
            EventId = id,
            Type = type!,
            AggregateType = aggregateType!,
            AggregateId = aggregateId!,
            Sequence = sequence,
            OccurredAt = occurredText!,
            PayloadJson = e.GetProperty("payload").GetRawText(),
        }, null);
    }
}
