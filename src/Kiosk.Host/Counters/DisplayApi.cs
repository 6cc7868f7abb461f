using System.Text.Json;
using System.Text.Json.Serialization;
using Kiosk.Core.Counters;
using Kiosk.Core.Queue;
using Kiosk.Host.Http;
using Microsoft.Net.Http.Headers;

namespace Kiosk.Host.Counters;

/// <summary>
/// The waiting-room display's data on the staff listener: <c>GET /api/display</c> (the latest calls and
/// who waits), <c>GET /api/display/events</c> (each call pushed as a Server-Sent Event), both with a
/// display's or a counter's token, and <c>GET /api/display/audio/{key}.wav</c> (public: the voice of a
/// call still in the list).
/// </summary>
public static class DisplayApi
{
    /// <summary>The calls the display lists; the first is the current one.</summary>
    public const int Shown = 5;

    /// <summary>A comment line this often keeps proxies and the browser from closing a quiet stream.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void MapDisplayApi(this IEndpointRouteBuilder app, StaffAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var display = app.MapGroup("/api/display")
            .AddEndpointFilter(access.ListenerAndOrigin)
            .RequireRateLimiting(StaffApi.StaffPolicy);
        display.MapGet("", Show).AddEndpointFilter(StaffAccess.RequireToken(StaffDeviceKind.Display, StaffDeviceKind.Counter));
        display.MapGet("/events", EventsAsync).AddEndpointFilter(StaffAccess.RequireToken(StaffDeviceKind.Display, StaffDeviceKind.Counter));
        display.MapGet("/audio/{file}", Audio);
    }

    private static IResult Show(CallFeed feed, QueueService queue, ICallVoice voice) =>
        TypedResults.Json(new DisplayView([.. feed.Latest(Shown).Select(DisplayCall.From)], queue.WaitingPerService(), voice.Available), ApiJson.Options);

    private static async Task EventsAsync(HttpContext context, CallFeed feed, TimeProvider time)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers[HeaderNames.CacheControl] = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = feed.Subscribe();
        var ct = context.RequestAborted;
        await response.WriteAsync("retry: 2000\n: connected\n\n", ct);
        await response.Body.FlushAsync(ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var beat = new CancellationTokenSource(Heartbeat, time);
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct, beat.Token);
                bool more;
                try
                {
                    more = await subscription.Calls.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await response.WriteAsync(": beat\n\n", ct);
                    await response.Body.FlushAsync(ct);
                    continue;
                }

                if (!more)
                {
                    return;
                }

                while (subscription.Calls.TryRead(out var call))
                {
                    var json = JsonSerializer.Serialize(DisplayCall.From(call), ApiJson.Options);
                    await response.WriteAsync($"id: {call.Sequence}\nevent: call\ndata: {json}\n\n", ct);
                }

                await response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The display went away.
        }
    }

    private static IResult Audio(string file, CallFeed feed)
    {
        const string Suffix = ".wav";
        var key = file.EndsWith(Suffix, StringComparison.Ordinal) ? file[..^Suffix.Length] : "";
        if (key.Length is 0 or > 100 || !key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Problems.NotFound();
        }

        return feed.Audio(key) is { } audio && File.Exists(audio.FilePath)
            ? TypedResults.PhysicalFile(audio.FilePath, "audio/wav")
            : Problems.NotFound(key);
    }

    /// <summary><c>GET /api/display</c>: the latest calls, newest (current) first, and how many wait per service.</summary>
    public sealed record DisplayView(IReadOnlyList<DisplayCall> Calls, IReadOnlyDictionary<string, int> Waiting, bool Voice);

    /// <summary>One call as the display gets it; <c>audio</c> is the WAV's URL, or null without a voice.</summary>
    public sealed record DisplayCall(
        string Code,
        string Counter,
        string CounterId,
        DateTimeOffset At,
        long Sequence,
        string Kind,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Audio)
    {
        public static DisplayCall From(CallAnnouncement call)
        {
            ArgumentNullException.ThrowIfNull(call);
            return new(call.Code, call.CounterName, call.CounterId, call.At, call.Sequence, CallAnnouncement.KindNames.ToWire(call.Kind),
                call.Audio is null ? null : $"/api/display/audio/{call.Audio.Key}.wav");
        }
    }
}
