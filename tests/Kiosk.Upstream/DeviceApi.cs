using System.Globalization;
using System.Text.Json;

namespace Kiosk.Upstream;

/// <summary>The device-facing endpoints: push, pull and heartbeat.</summary>
public static class DeviceApi
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    public static void MapDeviceApi(this IEndpointRouteBuilder app)
    {
        var devices = app.MapGroup("/api/v1/devices/{deviceId}");
        devices.MapPost("/events", PushAsync);
        devices.MapGet("/updates", Pull);
        devices.MapPost("/heartbeat", HeartbeatAsync);
    }

    private static async Task<IResult> PushAsync(
        HttpContext context, string deviceId, UpstreamStore store, UpstreamSettings settings, TimeProvider time)
    {
        if (DeviceAuth.Check(context, deviceId, store, settings) is { } refused)
        {
            return refused;
        }

        using var body = await ReadJsonAsync(context, "invalid_batch");
        if (body.Error is { } error)
        {
            return error;
        }

        var root = body.Document!.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out var events)
            || events.ValueKind != JsonValueKind.Array)
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_batch", "The body must be an object with an events array.");
        }

        var count = events.GetArrayLength();
        if (count == 0)
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_batch", "The batch is empty.");
        }

        if (count > settings.MaxBatch)
        {
            return ApiError.Of(StatusCodes.Status413PayloadTooLarge, "batch_too_large",
                $"At most {settings.MaxBatch} events per push, got {count}.");
        }

        var batch = new List<IncomingEvent>(count);
        var index = 0;
        foreach (var e in events.EnumerateArray())
        {
            if (EventParser.ReadId(e) is not { } id)
            {
                return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_batch",
                    $"events[{index}] has no id that is a UUID, so it cannot be answered for.");
            }

            batch.Add(EventParser.Parse(id, e));
            index++;
        }

        var results = store.Push(deviceId, batch, time.GetUtcNow());

        var faults = settings.Faults.Snapshot();
        if (FaultSettings.Roll(faults.LoseAckRate))
        {
            if (faults.LoseAckMode == LoseAckMode.Abort)
            {
                context.Abort();
                return Results.Empty;
            }

            return ApiError.Of(StatusCodes.Status503ServiceUnavailable, "injected_lost_ack", "Stored, but the answer was lost (--lose-ack-rate).");
        }

        var answered = faults.DuplicateResponses ? results.SelectMany(r => new[] { r, r }).ToList() : results;
        return Results.Json(new { results = answered });
    }

    private static IResult Pull(
        HttpContext context, string deviceId, string? cursor, string? limit, UpstreamStore store, UpstreamSettings settings)
    {
        if (DeviceAuth.Check(context, deviceId, store, settings) is { } refused)
        {
            return refused;
        }

        var take = DefaultLimit;
        if (limit is not null
            && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out take) || take is < 1 or > MaxLimit))
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_limit", $"limit must be from 1 to {MaxLimit}.");
        }

        var after = 0;
        if (!string.IsNullOrEmpty(cursor)
            && (!cursor.StartsWith('c')
                || !int.TryParse(cursor.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out after)
                || after > store.LastUpdatePosition()))
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_cursor", "The cursor is not known here; pull from the start.");
        }

        var (updates, more) = store.Pull(deviceId, after, take);
        var next = updates.Count > 0 ? $"c{updates[^1].Id}" : string.IsNullOrEmpty(cursor) ? null : cursor;
        return Results.Json(new
        {
            updates = updates.Select(u => new { u.TrackingCode, u.Status, u.At, u.Note }),
            cursor = next,
            more,
        });
    }

    private static async Task<IResult> HeartbeatAsync(
        HttpContext context, string deviceId, UpstreamStore store, UpstreamSettings settings, TimeProvider time)
    {
        if (DeviceAuth.Check(context, deviceId, store, settings) is { } refused)
        {
            return refused;
        }

        using var body = await ReadJsonAsync(context, "invalid_heartbeat");
        if (body.Error is { } error)
        {
            return error;
        }

        var root = body.Document!.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("at", out var at)
            || at.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_heartbeat", "A heartbeat is an object with an ISO-8601 at.");
        }

        store.SaveHeartbeat(deviceId, root.GetRawText(), time.GetUtcNow());
        return Results.NoContent();
    }

    private static async Task<RequestJson> ReadJsonAsync(HttpContext context, string errorCode)
    {
        try
        {
            return new RequestJson(await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted), null);
        }
        catch (JsonException ex)
        {
            return new RequestJson(null, ApiError.Of(StatusCodes.Status400BadRequest, errorCode, $"The body is not JSON: {ex.Message}"));
        }
        catch (BadHttpRequestException ex)
        {
            return new RequestJson(null, ApiError.Of(ex.StatusCode, "bad_request", ex.Message));
        }
    }

    private sealed record RequestJson(JsonDocument? Document, IResult? Error) : IDisposable
    {
        public void Dispose() => Document?.Dispose();
    }
}
