using System.Collections.Frozen;
using Kiosk.Host.Http;
using Microsoft.Net.Http.Headers;

namespace Kiosk.Host.Counters;

/// <summary>
/// The counter page (<c>/counter</c>) and the waiting-room display (<c>/display</c>), plain HTML/JS
/// embedded in the assembly (Counters/Pages) and served only on the staff listener; they load without
/// a token and ask for a pairing code when they have none.
/// </summary>
public static class StaffPages
{
    private static readonly FrozenDictionary<string, (byte[] Bytes, string Type)> Files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal)
    {
        ["counter.html"] = (Load("counter.html"), "text/html; charset=utf-8"),
        ["display.html"] = (Load("display.html"), "text/html; charset=utf-8"),
        ["staff.js"] = (Load("staff.js"), "text/javascript; charset=utf-8"),
        ["counter.js"] = (Load("counter.js"), "text/javascript; charset=utf-8"),
        ["display.js"] = (Load("display.js"), "text/javascript; charset=utf-8"),
        ["staff.css"] = (Load("staff.css"), "text/css; charset=utf-8"),
        ["chime.wav"] = (Load("chime.wav"), "audio/wav"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void MapStaffPages(this IEndpointRouteBuilder app, StaffAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        app.MapGet("/counter", (HttpContext context) => Serve(context, access, "counter.html"));
        app.MapGet("/display", (HttpContext context) => Serve(context, access, "display.html"));
        app.MapGet("/staff/{file}", (string file, HttpContext context) => Serve(context, access, file));
    }

    private static IResult Serve(HttpContext context, StaffAccess access, string file)
    {
        if (!access.OnStaffListener(context) || !Files.TryGetValue(file, out var page))
        {
            return Problems.NotFound();
        }

        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        context.Response.Headers["X-Frame-Options"] = "DENY";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Bytes(page.Bytes, page.Type);
    }

    private static byte[] Load(string name)
    {
        var resource = $"Kiosk.Host.Counters.Pages.{name}";
        using var stream = typeof(StaffPages).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The staff page resource {resource} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
