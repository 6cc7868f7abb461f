using Kiosk.Core;
using Kiosk.Core.Complaints;
using Kiosk.Host.Http;
using Kiosk.Host.Printing;
using Kiosk.Host.Queue;

namespace Kiosk.Host.Complaints;

/// <summary><c>POST /api/complaints</c>: file a complaint; the answer is the tracking code.</summary>
public static class ComplaintApi
{
    public static void MapComplaintApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/complaints", async (HttpRequest request, ComplaintService complaints, ReceiptPrinter printer, CancellationToken ct) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<ComplaintBody>(request, ct);
            if (problem is not null)
            {
                return problem;
            }

            var complaint = complaints.File(new ComplaintDraft(body!.Category, body.Village, body.Description, body.Name, body.Nik, body.Phone), Channel.Kiosk);
            var print = await printer.PrintComplaintAsync(complaint, CancellationToken.None);
            return Results.Json(
                new
                {
                    TrackingCode = complaint.TrackingCode.Grouped,
                    Status = ComplaintStatusNames.ToWire(complaint.Status),
                    complaint.CreatedAt,
                    Print = PrintView.From(print),
                },
                ApiJson.Options,
                statusCode: StatusCodes.Status201Created);
        });

    private sealed record ComplaintBody(string? Category, string? Village, string? Description, string? Name, string? Nik, string? Phone);
}
