using Kiosk.Core.Complaints;
using Kiosk.Core.Configuration;
using Kiosk.Core.Identity;

namespace Kiosk.Host.Admin;

/// <summary>
/// A complaint as a technician sees it (<c>kiosk complaint show</c>): everything, with the NIK and
/// phone masked unless asked for unmasked.
/// </summary>
public sealed record ComplaintAdminView(
    string TrackingCode,
    string Status,
    string Category,
    string? CategoryName,
    string Village,
    string Description,
    string? Name,
    string? Nik,
    string? Phone,
    string Channel,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ComplaintStepView> History)
{
    public static ComplaintAdminView From(Complaint complaint, OfficeProfile office, bool unmask)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(office);
        return new(
            complaint.TrackingCode.Grouped,
            ComplaintStatusNames.ToWire(complaint.Status),
            complaint.Category,
            office.FindCategory(complaint.Category)?.Name,
            complaint.Village,
            complaint.Description,
            complaint.Name,
            complaint.Nik is null ? null : unmask ? complaint.Nik : Core.Identity.Nik.Mask(complaint.Nik),
            complaint.Phone is null ? null : unmask ? complaint.Phone : PhoneNumber.Mask(complaint.Phone),
            complaint.Channel.ToString().ToLowerInvariant(),
            complaint.CreatedAt,
            [.. complaint.History.Select(h => new ComplaintStepView(ComplaintStatusNames.ToWire(h.Status), h.At, h.Note))]);
    }
}

public sealed record ComplaintStepView(string Status, DateTimeOffset At, string? Note);
