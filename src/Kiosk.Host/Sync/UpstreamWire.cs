using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.Core.Printing;
using Kiosk.Core.Sync;

namespace Kiosk.Host.Sync;

/// <summary>The JSON shapes of docs/sync-protocol.md as the client reads and writes them.</summary>
internal static class UpstreamWire
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Wire names come from the explicit tables of Kiosk.Core.Sync, never from enum names.
        Converters = { new PrinterStateConverter() },
    };

    public sealed record PushRequest(IReadOnlyList<UpstreamEvent> Events);

    public sealed record PushResponse(List<ResultDto?>? Results);

    public sealed record ResultDto(Guid? Id, string? Outcome, string? Reason, string? Detail);

    public sealed record PullResponse(List<UpdateDto?>? Updates, string? Cursor, bool More);

    public sealed record UpdateDto(string? TrackingCode, string? Status, DateTimeOffset? At, string? Note);

    public sealed record ErrorResponse(string? Error, string? Message);

    /// <summary>Reads a push outcome code; null when not one the contract knows.</summary>
    public static EventOutcome? ParseOutcome(string? outcome) => outcome switch
    {
        "accepted" => EventOutcome.Accepted,
        "duplicate" => EventOutcome.Duplicate,
        "rejected" => EventOutcome.Rejected,
        _ => null,
    };

    /// <summary>The heartbeat's <c>printer.state</c>, through <see cref="HeartbeatPrinterStates"/>.</summary>
    private sealed class PrinterStateConverter : JsonConverter<PrinterCondition>
    {
        public override PrinterCondition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            HeartbeatPrinterStates.TryParse(reader.GetString(), out var condition) ? condition : throw new JsonException($"'{reader.GetString()}' is not a printer state.");

        public override void Write(Utf8JsonWriter writer, PrinterCondition value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(HeartbeatPrinterStates.ToWire(value));
        }
    }
}
