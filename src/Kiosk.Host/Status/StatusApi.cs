using Kiosk.Core.Status;
using Kiosk.Host.Http;

namespace Kiosk.Host.Status;

/// <summary><c>GET /api/status/{code}</c>: a tracking code or ticket number → public status only.</summary>
public static class StatusApi
{
    public static void MapStatusApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/status/{code}", (string code, StatusLookup lookup) =>
        {
            var status = lookup.Find(code);
            return Results.Json(
                new
                {
                    status.Code,
                    Kind = status.Kind.ToString().ToLowerInvariant(),
                    status.Status,
                    History = status.History.Select(h => new { h.Status, h.At, h.Note }),
                },
                ApiJson.Options);
        });
}
