using Kiosk.Core.Counters;
using Kiosk.Host.Admin;
using Kiosk.Host.Http;

namespace Kiosk.Host.Counters;

/// <summary>
/// <c>/admin/counters</c> and <c>/admin/displays</c> on the admin socket only: what <c>kiosk counter ...</c>
/// and <c>kiosk display add</c> call while the service runs.
/// </summary>
public static class CounterAdminApi
{
    public static void MapCounterAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
            AdminApi.IsUnixSocket(context.HttpContext) ? await next(context) : Problems.NotFound());
        admin.MapGet("/counters", (CounterRegistry registry) => TypedResults.Json(registry.List().Select(AdminCounterView.From), ApiJson.Options));
        admin.MapPost("/counters", async (HttpRequest request, CounterRegistry registry, CancellationToken ct) => await AddAsync(request, registry, StaffDeviceKind.Counter, ct));
        admin.MapPost("/displays", async (HttpRequest request, CounterRegistry registry, CancellationToken ct) => await AddAsync(request, registry, StaffDeviceKind.Display, ct));
        admin.MapDelete("/counters/{name}", (string name, CounterRegistry registry) =>
            registry.Remove(name) ? Results.NoContent() : Problems.NotFound(name));
    }

    private static async Task<IResult> AddAsync(HttpRequest request, CounterRegistry registry, StaffDeviceKind kind, CancellationToken ct)
    {
        var (body, problem) = await JsonBody.ReadAsync<AddBody>(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var added = registry.Add(body!.Name ?? "", kind, body.Services ?? [], body.Token);
        return TypedResults.Json(AddedView.From(added), ApiJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private sealed record AddBody(string? Name, string[]? Services, bool Token);
}

/// <summary>A counter or display as the technician sees it; never its secrets' hashes.</summary>
public sealed record AdminCounterView(string Id, string Name, string Kind, IReadOnlyList<string> Services, bool Paired, DateTimeOffset? PairingExpiresAt)
{
    public static AdminCounterView From(Counter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return new(counter.Id, counter.Name, StaffApi.WireKind(counter.Kind), counter.Services, counter.TokenHash is not null, counter.PairingExpiresAt);
    }
}

/// <summary>What adding prints once: the pairing code (or token) and the page to open.</summary>
public sealed record AddedView(AdminCounterView Counter, string? PairingCode, string? Token)
{
    public static AddedView From(AddedCounter added)
    {
        ArgumentNullException.ThrowIfNull(added);
        return new(AdminCounterView.From(added.Counter), added.PairingCode, added.Token);
    }
}
