using Kiosk.Core.Complaints;
using Kiosk.Core.Queue;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Status;

/// <summary>Answers "what became of my code?" for a tracking code or today's ticket number.</summary>
public sealed class StatusLookup
{
    private readonly ComplaintService _complaints;
    private readonly QueueService _queue;

    public StatusLookup(ComplaintService complaints, QueueService queue)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(queue);
        _complaints = complaints;
        _queue = queue;
    }

    /// <summary>
    /// The public status of <paramref name="code"/>. Throws <see cref="DomainValidationException"/>
    /// when the code is mistyped ("kode salah ketik") or not a code at all, and
    /// <see cref="NotFoundException"/> when it is well-formed but unknown.
    /// </summary>
    public PublicStatus Find(string? code)
    {
        if (TicketCode.Normalise(code) is { } ticketCode)
        {
            var ticket = _queue.Find(ticketCode) ?? throw new NotFoundException(ticketCode);
            return ForTicket(ticket);
        }

        var parsed = TrackingCode.Parse(code);
        return parsed.Error switch
        {
            TrackingCodeError.None => ForComplaint(_complaints.Find(parsed.Code!.Value) ?? throw new NotFoundException(parsed.Code.Value.Grouped)),
            TrackingCodeError.Mistyped => throw new DomainValidationException(new FieldError("code", "mistyped", "Kode salah ketik. Periksa lagi setiap huruf dan angka.")),
            TrackingCodeError.Empty => throw new DomainValidationException(new FieldError("code", "required", "Masukkan kode pengaduan atau nomor antrian.")),
            _ => throw new DomainValidationException(new FieldError("code", "malformed", "Kode tidak dikenali. Kode pengaduan berisi 9 huruf/angka, contoh K7M2-9QXD-3; nomor antrian contoh A-017.")),
        };
    }

    public static PublicStatus ForComplaint(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new PublicStatus(
            complaint.TrackingCode.Grouped,
            StatusKind.Complaint,
            ComplaintStatusNames.ToWire(complaint.Status),
            [.. complaint.History.Select(h => new PublicStatusStep(ComplaintStatusNames.ToWire(h.Status), h.At, h.Note))]);
    }

    public static PublicStatus ForTicket(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var history = new List<PublicStatusStep> { new(TicketStateNames.Api(TicketState.Waiting), ticket.IssuedAt, null) };
        if (ticket.CalledAt is { } called)
        {
            history.Add(new PublicStatusStep(TicketStateNames.Api(TicketState.Called), called, ticket.Counter is null ? null : $"Loket {ticket.Counter}"));
        }

        if (ticket.FinishedAt is { } finished)
        {
            history.Add(new PublicStatusStep(TicketStateNames.Api(ticket.State), finished, null));
        }

        return new PublicStatus(ticket.Code, StatusKind.Ticket, TicketStateNames.Api(ticket.State), history);
    }
}
