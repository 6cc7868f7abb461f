using Kiosk.Core.Validation;

namespace Kiosk.Host.Http;

/// <summary>
/// Turns whatever a request ends in into a problem+json answer: the domain's refusals into 400,
/// 404 and 409, malformed requests into their 4xx, and a bug into a logged 500 with no details.
/// </summary>
public sealed partial class ProblemMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<ProblemMiddleware> _logger;

    public ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IResult? problem;
        try
        {
            await _next(context);
            if (context.Response.HasStarted || context.Response.StatusCode < 400 || context.Response.ContentType is not null
                || HttpMethods.IsHead(context.Request.Method))
            {
                return;
            }

            // Routing's own refusals (405, 415 from a filter, ...) come without a body: every 4xx/5xx answers in problem+json.
            problem = Problems.Simple(context.Response.StatusCode, "http-" + context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), "Permintaan tidak dapat diproses", "Permintaan tidak dapat diproses.");
        }
        catch (DomainValidationException e)
        {
            problem = Problems.Invalid(e.Errors);
        }
        catch (NotFoundException e)
        {
            problem = Problems.NotFound(e.Code);
        }
        catch (StateConflictException e)
        {
            problem = Problems.Conflict(e.MessageId);
        }
        catch (ForbiddenException e)
        {
            problem = Problems.Simple(StatusCodes.Status403Forbidden, "forbidden", "Tidak diizinkan", e.MessageId);
        }
        catch (Exception e) when (e is Sms.ModemUnavailableException or Hardware.Modem.ModemException)
        {
            // The modem is a device that comes and goes: the caller may try again. A number or text it
            // cannot encode is not a ModemException: the endpoint turns it into a 400 naming the field.
            problem = Problems.Simple(StatusCodes.Status503ServiceUnavailable, "modem-unavailable", "Modem tidak tersedia", e.Message);
        }
        catch (Exception e) when (Core.Storage.StorageFullException.IsCause(e))
        {
            // A state, not a bug: /healthz and the status LED say so, and writes resume by themselves when space returns.
            LogStorageFull(_logger, context.Request.Method, context.Request.Path, e.Message);
            problem = Problems.StorageFull();
        }
        catch (BadHttpRequestException e)
        {
            problem = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.Simple(e.StatusCode, "too-large", "Data terlalu besar", "Data yang dikirim terlalu besar.")
                : Problems.Simple(e.StatusCode, "bad-request", "Permintaan tidak valid", "Permintaan tidak dapat dibaca.");
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(_logger, context.Request.Method, context.Request.Path, e);
            problem = Problems.Simple(StatusCodes.Status500InternalServerError, "internal", "Terjadi gangguan", "Terjadi gangguan pada kios. Silakan coba lagi atau hubungi petugas.");
        }

        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        await problem.ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage full on {Method} {Path}: {Reason}")]
    private static partial void LogStorageFull(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, Exception exception);
}
