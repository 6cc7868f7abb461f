using System.Text.Json;

namespace Kiosk.Upstream;

/// <summary>Unauthenticated endpoints for tests and demos: act as an officer, inspect, inject faults.</summary>
public static class UpstreamAdminApi
{
    private const int MaxNoteLength = 500;

    public static void MapUpstreamAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin");
        admin.MapPost("/complaints/{trackingCode}/status", MoveComplaint);
        admin.MapGet("/events", (string? deviceId, UpstreamStore store) => Results.Json(store.ListEvents(deviceId).Select(e => new
        {
            arrival = e.Id,
            id = e.EventId,
            e.DeviceId,
            e.Type,
            e.AggregateType,
            e.AggregateId,
            e.Sequence,
            e.OccurredAt,
            payload = JsonDocument.Parse(e.PayloadJson).RootElement,
            e.ReceivedAt,
        })));
        admin.MapGet("/heartbeats", (UpstreamStore store) => Results.Json(store.ListHeartbeats().Select(h => new
        {
            deviceId = h.Id,
            h.ReceivedAt,
            heartbeat = JsonDocument.Parse(h.Json).RootElement,
        })));
        admin.MapGet("/faults", (UpstreamSettings settings) => Results.Json(settings.Faults.Snapshot()));
        admin.MapPost("/faults", (FaultPatch patch, UpstreamSettings settings) =>
            settings.Faults.Apply(patch) is { } problem
                ? ApiError.Of(StatusCodes.Status400BadRequest, "invalid_faults", problem)
                : Results.Json(settings.Faults.Snapshot()));
        admin.MapPost("/devices", (DeviceRegistration body, UpstreamStore store) =>
        {
            if (string.IsNullOrWhiteSpace(body.DeviceId) || string.IsNullOrWhiteSpace(body.Token))
            {
                return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_device", "deviceId and token are required.");
            }

            store.RegisterDevice(body.DeviceId, body.Token);
            return Results.NoContent();
        });
        admin.MapDelete("/devices/{deviceId}", (string deviceId, UpstreamStore store) =>
            store.RevokeDevice(deviceId)
                ? Results.NoContent()
                : ApiError.Of(StatusCodes.Status404NotFound, "unknown_device", $"Device '{deviceId}' is not registered."));
    }

    private static IResult MoveComplaint(string trackingCode, StatusChangeRequest body, UpstreamStore store, TimeProvider time)
    {
        if (store.FindComplaint(trackingCode) is not { } complaint)
        {
            return ApiError.Of(StatusCodes.Status404NotFound, "unknown_complaint",
                $"No complaint.created was received for '{trackingCode}'.");
        }

        if (body.Status is null || !ComplaintLifecycle.OfficerStatuses.Contains(body.Status))
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_status",
                $"status must be one of {string.Join(", ", ComplaintLifecycle.OfficerStatuses)}.");
        }

        if (body.Note is { Length: > MaxNoteLength })
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_note", $"note is longer than {MaxNoteLength} characters.");
        }

        if (ComplaintLifecycle.CheckTransition(complaint.Status, body.Status) is { } problem)
        {
            return ApiError.Of(StatusCodes.Status400BadRequest, "invalid_transition", problem);
        }

        var update = store.RecordStatus(complaint, body.Status, string.IsNullOrWhiteSpace(body.Note) ? null : body.Note, time.GetUtcNow());
        return Results.Json(new { update.TrackingCode, update.Status, update.At, update.Note });
    }

    public sealed record StatusChangeRequest(string? Status, string? Note);

    public sealed record DeviceRegistration(string? DeviceId, string? Token);
}
