using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kiosk.Core.Sync;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>
/// <see cref="IUpstreamClient"/> over HTTPS (docs/sync-protocol.md). Every HTTP answer, timeout and
/// network failure becomes a typed outcome; only cancellation of the caller's token throws. No
/// retries here: the sync worker owns them. The <see cref="HttpClient"/> is injected (its own
/// timeout should be infinite; <see cref="UpstreamOptions.Timeout"/> applies per request).
/// </summary>
public sealed partial class HttpUpstreamClient : IUpstreamClient
{
    private readonly HttpClient _http;
    private readonly UpstreamOptions _options;
    private readonly ILogger<HttpUpstreamClient> _logger;
    private readonly TimeProvider _timeProvider;

    public HttpUpstreamClient(
        HttpClient http, IOptions<UpstreamOptions> options, ILogger<HttpUpstreamClient> logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _http = http;
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
    }

    public async Task<UpstreamOutcome<PushAnswer>> PushAsync(IReadOnlyList<UpstreamEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("A push needs at least one event.", nameof(events));
        }

        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (e.Payload.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"Event {e.Id}: the payload must be a JSON object, got {e.Payload.ValueKind}.", nameof(events));
            }
        }

        var body = new UpstreamWire.PushRequest(events.Select(e => e with { OccurredAt = e.OccurredAt.ToUniversalTime() }).ToList());
        var answer = await SendAsync(HttpMethod.Post, "events", body, ct);
        switch (answer)
        {
            case Answer.Failed { Failure: var f }:
                return f switch
                {
                    Failure.Transient r => new UpstreamOutcome<PushAnswer>.RetryLater(r.Reason, r.RetryAfter, r.StatusCode),
                    Failure.Auth a => new UpstreamOutcome<PushAnswer>.Unauthorized(a.Kind),
                    _ => Unexpected(answer),
                };
            case Answer.Http { Status: HttpStatusCode.OK, Body: var json }:
                return ReadResults(json, events);
            case Answer.Http { Status: HttpStatusCode.BadRequest, Body: var json }:
                var error = ReadError(json);
                LogBadBatch(events.Count, error.Error);
                return new UpstreamOutcome<PushAnswer>.Answered(new PushAnswer.BadBatch(error.Error ?? "bad_request", error.Message));
            case Answer.Http { Status: HttpStatusCode.RequestEntityTooLarge }:
                LogTooLarge(events.Count);
                return new UpstreamOutcome<PushAnswer>.Answered(new PushAnswer.TooLarge());
            default:
                return Unexpected(answer);
        }

        UpstreamOutcome<PushAnswer> Unexpected(Answer a)
        {
            var (status, code) = DescribeUnexpected(a);
            return new UpstreamOutcome<PushAnswer>.Unexpected(status, code);
        }
    }

    public async Task<UpstreamOutcome<PullAnswer>> PullAsync(string? cursor, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, UpstreamOptionsValidator.MaxBatchSize);
        var query = string.Create(CultureInfo.InvariantCulture, $"updates?limit={limit}");
        if (!string.IsNullOrEmpty(cursor))
        {
            query += "&cursor=" + Uri.EscapeDataString(cursor);
        }

        var answer = await SendAsync<object>(HttpMethod.Get, query, null, ct);
        switch (answer)
        {
            case Answer.Failed { Failure: Failure.Transient r }:
                return new UpstreamOutcome<PullAnswer>.RetryLater(r.Reason, r.RetryAfter, r.StatusCode);
            case Answer.Failed { Failure: Failure.Auth a }:
                return new UpstreamOutcome<PullAnswer>.Unauthorized(a.Kind);
            case Answer.Http { Status: HttpStatusCode.OK, Body: var json }:
                return ReadUpdates(json);
            case Answer.Http { Status: HttpStatusCode.BadRequest, Body: var json } when ReadError(json).Error == "invalid_cursor":
                LogInvalidCursor();
                return new UpstreamOutcome<PullAnswer>.Answered(new PullAnswer.InvalidCursor());
            default:
                var (status, code) = DescribeUnexpected(answer);
                return new UpstreamOutcome<PullAnswer>.Unexpected(status, code);
        }
    }

    public async Task<UpstreamOutcome<HeartbeatReceipt>> HeartbeatAsync(DeviceHeartbeat heartbeat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        var answer = await SendAsync(HttpMethod.Post, "heartbeat", heartbeat with { At = heartbeat.At.ToUniversalTime() }, ct);
        switch (answer)
        {
            case Answer.Failed { Failure: Failure.Transient r }:
                return new UpstreamOutcome<HeartbeatReceipt>.RetryLater(r.Reason, r.RetryAfter, r.StatusCode);
            case Answer.Failed { Failure: Failure.Auth a }:
                return new UpstreamOutcome<HeartbeatReceipt>.Unauthorized(a.Kind);
            case Answer.Http { Status: HttpStatusCode.OK or HttpStatusCode.NoContent }:
                return new UpstreamOutcome<HeartbeatReceipt>.Answered(new HeartbeatReceipt());
            default:
                var (status, code) = DescribeUnexpected(answer);
                return new UpstreamOutcome<HeartbeatReceipt>.Unexpected(status, code);
        }
    }

    /// <summary>
    /// Sends one request under the per-request timeout and reads the whole answer. Statuses every
    /// operation treats alike (auth, 408, 429, 5xx) and transport failures come back as
    /// <see cref="Answer.Failed"/>; the rest as <see cref="Answer.Http"/> for the operation to read.
    /// </summary>
    private async Task<Answer> SendAsync<T>(HttpMethod method, string relative, T? body, CancellationToken ct)
    {
        if (!_options.IsEnabled)
        {
            throw UpstreamException.NotConfigured();
        }

        var uri = new Uri(
            $"{_options.Url!.TrimEnd('/')}/api/v1/devices/{Uri.EscapeDataString(_options.DeviceId ?? "")}/{relative}",
            UriKind.Absolute);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, UpstreamWire.Json))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            };
        }

        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var text = await response.Content.ReadAsStringAsync(linked.Token);
            return Classify(method, relative, response, text);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            LogTimeout(method, Path(relative), _options.Timeout);
            return new Answer.Failed(new Failure.Transient(RetryReason.Timeout, null, null));
        }
        catch (HttpRequestException ex)
        {
            LogNetwork(method, Path(relative), ex.HttpRequestError, ex.Message);
            return new Answer.Failed(new Failure.Transient(RetryReason.Network, null, null));
        }
        catch (IOException ex)
        {
            LogNetwork(method, Path(relative), HttpRequestError.Unknown, ex.Message);
            return new Answer.Failed(new Failure.Transient(RetryReason.Network, null, null));
        }
    }

    private Answer Classify(HttpMethod method, string relative, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        RetryReason? retry = response.StatusCode switch
        {
            HttpStatusCode.RequestTimeout => RetryReason.RequestTimeout,
            HttpStatusCode.TooManyRequests => RetryReason.Throttled,
            _ when status >= 500 => RetryReason.ServerError,
            _ => null,
        };
        if (retry is { } reason)
        {
            var after = RetryAfter(response);
            LogRetryLater(method, Path(relative), status, after);
            return new Answer.Failed(new Failure.Transient(reason, after, status));
        }

        AuthFailure? auth = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => AuthFailure.InvalidToken,
            HttpStatusCode.Forbidden => AuthFailure.Revoked,
            // A 404 without the contract's error code is a wrong URL, not an unknown device.
            HttpStatusCode.NotFound when ReadError(body).Error == "unknown_device" => AuthFailure.UnknownDevice,
            _ => null,
        };
        if (auth is { } kind)
        {
            LogRefused(status, _options.DeviceId, TokenMask.Mask(_options.Token));
            return new Answer.Failed(new Failure.Auth(kind));
        }

        return new Answer.Http(response.StatusCode, body);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var after = header?.Delta ?? (header?.Date is { } date ? date - _timeProvider.GetUtcNow() : null);
        return after < TimeSpan.Zero ? TimeSpan.Zero : after;
    }

    private UpstreamOutcome<PushAnswer> ReadResults(string json, IReadOnlyList<UpstreamEvent> sent)
    {
        UpstreamWire.PushResponse? response;
        try
        {
            response = JsonSerializer.Deserialize<UpstreamWire.PushResponse>(json, UpstreamWire.Json);
        }
        catch (JsonException ex)
        {
            return Unreadable("push", ex.Message);
        }

        if (response?.Results is not { } results)
        {
            return Unreadable("push", "no results array");
        }

        var sentIds = sent.Select(e => e.Id).ToHashSet();
        var byId = new Dictionary<Guid, EventResult>();
        var order = new List<Guid>();
        foreach (var dto in results)
        {
            if (dto?.Id is not { } id || UpstreamWire.ParseOutcome(dto.Outcome) is not { } outcome)
            {
                return Unreadable("push", $"a result without an id or with outcome '{dto?.Outcome}'");
            }

            if (!sentIds.Contains(id))
            {
                LogStrayResult(id);
                continue;
            }

            var result = new EventResult(id, outcome, outcome == EventOutcome.Rejected ? dto.Reason ?? "unspecified" : null, dto.Detail);
            if (byId.TryGetValue(id, out var earlier))
            {
                if (earlier != result)
                {
                    return Unreadable("push", $"two different results for event {id}");
                }

                continue;
            }

            byId[id] = result;
            order.Add(id);
        }

        var list = order.Select(id => byId[id]).ToList();
        LogPushed(sent.Count, list.Count(r => r.Outcome == EventOutcome.Accepted),
            list.Count(r => r.Outcome == EventOutcome.Duplicate), list.Count(r => r.Outcome == EventOutcome.Rejected),
            sent.Count - list.Count);
        return new UpstreamOutcome<PushAnswer>.Answered(new PushAnswer.Delivered(list));

        UpstreamOutcome<PushAnswer>.RetryLater Unreadable(string what, string why)
        {
            LogUnreadable(what, why);
            return new UpstreamOutcome<PushAnswer>.RetryLater(RetryReason.UnreadableAnswer, null, 200);
        }
    }

    private UpstreamOutcome<PullAnswer> ReadUpdates(string json)
    {
        UpstreamWire.PullResponse? response;
        try
        {
            response = JsonSerializer.Deserialize<UpstreamWire.PullResponse>(json, UpstreamWire.Json);
        }
        catch (JsonException ex)
        {
            LogUnreadable("pull", ex.Message);
            return new UpstreamOutcome<PullAnswer>.RetryLater(RetryReason.UnreadableAnswer, null, 200);
        }

        var updates = new List<StatusUpdate>();
        foreach (var dto in response?.Updates ?? [])
        {
            if (dto is not { TrackingCode: { Length: > 0 } code, Status: { Length: > 0 } status, At: { } at })
            {
                LogUnreadable("pull", "an update without trackingCode, status or at");
                return new UpstreamOutcome<PullAnswer>.RetryLater(RetryReason.UnreadableAnswer, null, 200);
            }

            updates.Add(new StatusUpdate(code, status, at.ToUniversalTime(), string.IsNullOrWhiteSpace(dto.Note) ? null : dto.Note));
        }

        if (response is null || (response.Updates is null && response.Cursor is null))
        {
            LogUnreadable("pull", "no updates array");
            return new UpstreamOutcome<PullAnswer>.RetryLater(RetryReason.UnreadableAnswer, null, 200);
        }

        LogPulled(updates.Count, response.More);
        return new UpstreamOutcome<PullAnswer>.Answered(new PullAnswer.Page(updates, response.Cursor, response.More));
    }

    private static UpstreamWire.ErrorResponse ReadError(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<UpstreamWire.ErrorResponse>(json, UpstreamWire.Json) ?? new(null, null);
        }
        catch (JsonException)
        {
            // Not the contract's error body (a proxy's HTML page): the status alone decides.
            return new(null, null);
        }
    }

    private (int Status, string? Error) DescribeUnexpected(Answer answer)
    {
        var (status, error) = answer is Answer.Http http ? ((int)http.Status, ReadError(http.Body).Error) : (0, null);
        LogUnexpected(status, error);
        return (status, error);
    }

    private static string Path(string relative) => relative.Split('?')[0];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pushed {Count} events: {Accepted} accepted, {Duplicate} duplicate, {Rejected} rejected, {Unanswered} unanswered")]
    private partial void LogPushed(int count, int accepted, int duplicate, int rejected, int unanswered);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pulled {Count} status updates (more: {More})")]
    private partial void LogPulled(int count, bool more);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream refused a batch of {Count} events as malformed: {Error}")]
    private partial void LogBadBatch(int count, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream found a batch of {Count} events too large")]
    private partial void LogTooLarge(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream does not know the pull cursor; pulling from the start")]
    private partial void LogInvalidCursor();

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream {Method} {Path} timed out after {Timeout}")]
    private partial void LogTimeout(HttpMethod method, string path, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream {Method} {Path} failed on the network ({Error}): {Detail}")]
    private partial void LogNetwork(HttpMethod method, string path, HttpRequestError error, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream {Method} {Path} answered {Status}; retry after {RetryAfter}")]
    private partial void LogRetryLater(HttpMethod method, string path, int status, TimeSpan? retryAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upstream refused device {DeviceId} with token {MaskedToken}: {Status}")]
    private partial void LogRefused(int status, string? deviceId, string maskedToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream answered a result for event {EventId} that was not sent; ignored")]
    private partial void LogStrayResult(Guid eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream {Operation} answer is unreadable: {Why}")]
    private partial void LogUnreadable(string operation, string why);

    [LoggerMessage(Level = LogLevel.Error, Message = "Upstream answered {Status} ({Error}), which the contract does not give")]
    private partial void LogUnexpected(int status, string? error);

    private abstract record Answer
    {
        public sealed record Http(HttpStatusCode Status, string Body) : Answer;

        public sealed record Failed(Failure Failure) : Answer;
    }

    private abstract record Failure
    {
        public sealed record Transient(RetryReason Reason, TimeSpan? RetryAfter, int? StatusCode) : Failure;

        public sealed record Auth(AuthFailure Kind) : Failure;
    }
}
