using Kiosk.Core.Configuration;
using Kiosk.Host.Http;

namespace Kiosk.Host.Ui;

/// <summary><c>GET /api/office</c>: what the screens need to draw themselves.</summary>
public static class OfficeApi
{
    public static void MapOfficeApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/office", (OfficeProfile office) => Results.Json(
            new
            {
                office.Name,
                office.SiteCode,
                Timezone = office.TimeZoneId,
                TimezoneAbbreviation = office.ZoneAbbreviation,
                office.SmsNumber,
                Services = office.Services.Select(s => new { s.Code, s.Name, s.NameEn }),
                office.Villages,
                Categories = office.Categories.Select(c => new { c.Code, c.Name, c.NameEn }),
            },
            ApiJson.Options));
}
