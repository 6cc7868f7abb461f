using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.Core.Queue;

namespace Kiosk.Core.Storage;

/// <summary>Builds outbox events: one place decides their ids, times and JSON shape.</summary>
public static class OutboxEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Wire names from explicit tables, never from enum member names.
        Converters = { TicketStateNames.Wire.Json, PriorityWireNames.Wire.Json, ChannelNames.Wire.Json },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads a payload written by <see cref="Create{TPayload}"/> back.</summary>
    public static TPayload? ReadPayload<TPayload>(string payloadJson) => JsonSerializer.Deserialize<TPayload>(payloadJson, Json);

    public static OutboxEvent Create<TPayload>(string type, string aggregateType, string aggregateId, long sequence, DateTimeOffset at, TPayload payload) =>
        new(Guid.CreateVersion7(at), type, aggregateType, aggregateId, sequence, at.ToUniversalTime(), JsonSerializer.Serialize(payload, Json));
}
