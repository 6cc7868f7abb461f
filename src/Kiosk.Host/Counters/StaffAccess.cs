using Kiosk.Core.Counters;
using Kiosk.Host.Http;
using Microsoft.Net.Http.Headers;

namespace Kiosk.Host.Counters;

/// <summary>
/// Who may reach the staff side, checked in this order:
/// <list type="number">
/// <item>the request came in on the staff listener's port (elsewhere every staff path is 404, as if it did not exist);</item>
/// <item>a state-changing request is not cross-origin: an <c>Origin</c> header, when present, must be the staff
/// listener's own origin, and <c>Sec-Fetch-Site: cross-site</c> is refused (403). A request without
/// <c>Origin</c> is accepted: browsers always send it on cross-origin POSTs, and the bearer token is
/// never sent by a browser on its own (it is not a cookie), so a missing Origin cannot be a forged request;</item>
/// <item>the bearer token names a paired counter or display (401 otherwise), of the kind the route needs (403).</item>
/// </list>
/// </summary>
public sealed class StaffAccess
{
    private const string CounterItem = "kiosk.staff.counter";
    private readonly IReadOnlySet<int> _ports;

    public StaffAccess(StaffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ports = options.Ports();
    }

    public bool OnStaffListener(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.LocalIpAddress is not null && _ports.Contains(context.Connection.LocalPort);
    }

    /// <summary>
    /// On the staff listener only the staff side answers (and <c>/api/office</c>, which the counter page
    /// reads): opened on the LAN, it must not also open the resident API (tickets, complaints) to it.
    /// </summary>
    public static bool ServedOnStaffListener(PathString path) =>
        path.StartsWithSegments("/api/counters") || path.StartsWithSegments("/api/display") || path.StartsWithSegments("/staff")
        || path.Equals("/counter") || path.Equals("/display") || path.Equals("/api/office");

    /// <summary>The counter or display the request authenticated as (set by <see cref="RequireToken"/>).</summary>
    public static Counter Caller(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[CounterItem] as Counter ?? throw new InvalidOperationException("The route has no token filter.");
    }

    /// <summary>404 off the staff listener; 403 for a cross-origin state change.</summary>
    public async ValueTask<object?> ListenerAndOrigin(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!OnStaffListener(http))
        {
            return Problems.NotFound();
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && CrossOrigin(http.Request) is { } reason)
        {
            return Problems.Simple(StatusCodes.Status403Forbidden, "cross-origin", "Permintaan ditolak", reason);
        }

        return await next(context);
    }

    /// <summary>401 without a valid token; 403 when the token's device is not of a kind in <paramref name="kinds"/>.</summary>
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> RequireToken(params StaffDeviceKind[] kinds) => async (context, next) =>
    {
        var http = context.HttpContext;
        var registry = http.RequestServices.GetRequiredService<CounterRegistry>();
        var caller = registry.Authenticate(BearerToken(http.Request));
        if (caller is null)
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return Problems.Simple(StatusCodes.Status401Unauthorized, "unauthorized", "Perlu masuk", "Perangkat ini belum dipasangkan atau tokennya dicabut. Masukkan kode pemasangan dari teknisi.");
        }

        if (!kinds.Contains(caller.Kind))
        {
            return Problems.Simple(StatusCodes.Status403Forbidden, "forbidden", "Tidak diizinkan", "Perangkat ini tidak boleh melakukan ini.");
        }

        http.Items[CounterItem] = caller;
        return await next(context);
    };

    /// <summary>The token of <c>Authorization: Bearer ...</c>, or null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary>Why a state-changing request is cross-origin, or null when it is not.</summary>
    public static string? CrossOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return "Permintaan dari situs lain ditolak.";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return null;
        }

        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            ? null
            : "Permintaan dari halaman lain ditolak: halaman petugas hanya dari alamat petugas.";
    }
}
