using Kiosk.Core.Configuration;
using Kiosk.Core.Identity;
using Kiosk.Core.Storage;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Complaints;

/// <summary>Files complaints and moves them through their lifecycle.</summary>
public sealed class ComplaintService
{
    public const int MinDescription = 10;
    public const int MaxDescription = 1000;
    public const int MaxName = 80;
    public const int MaxNote = 140;

    /// <summary>What an SMS complaint says for its village: the sender did not name one.</summary>
    public const string UnspecifiedVillage = "(tidak disebut)";
    private const string AggregateType = "complaint";

    private readonly OfficeProfile _office;
    private readonly IComplaintStore _store;
    private readonly TimeProvider _time;
    private readonly Func<TrackingCode> _newCode;

    public ComplaintService(OfficeProfile office, IComplaintStore store, TimeProvider time)
        : this(office, store, time, TrackingCode.New)
    {
    }

    internal ComplaintService(OfficeProfile office, IComplaintStore store, TimeProvider time, Func<TrackingCode> newCode)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _office = office;
        _store = store;
        _time = time;
        _newCode = newCode;
    }

    /// <summary>Checks the draft field by field and stores it as DITERIMA; throws with every bad field at once.</summary>
    public Complaint File(ComplaintDraft draft, Channel channel = Channel.Kiosk)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = _time.UtcNowMs();
        var errors = new List<FieldError>();

        if (channel == Channel.Sms)
        {
            // An SMS carries only text: the office's catch-all category and no village.
            draft = draft with
            {
                Category = string.IsNullOrWhiteSpace(draft.Category) ? SmsCategory().Code : draft.Category,
                Village = string.IsNullOrWhiteSpace(draft.Village) ? UnspecifiedVillage : draft.Village,
            };
        }

        var category = string.IsNullOrWhiteSpace(draft.Category) ? null : _office.FindCategory(draft.Category);
        if (category is null)
        {
            errors.Add(string.IsNullOrWhiteSpace(draft.Category)
                ? new FieldError("category", "required", "Pilih kategori pengaduan.")
                : new FieldError("category", "unknown", "Kategori tidak dikenal."));
        }

        var village = string.IsNullOrWhiteSpace(draft.Village) ? null
            : channel == Channel.Sms && draft.Village == UnspecifiedVillage ? UnspecifiedVillage
            : _office.FindVillage(draft.Village);
        if (village is null)
        {
            errors.Add(string.IsNullOrWhiteSpace(draft.Village)
                ? new FieldError("village", "required", "Pilih desa/kelurahan.")
                : new FieldError("village", "unknown", "Desa/kelurahan tidak ada di kecamatan ini."));
        }

        var description = Clean(draft.Description);
        if (description.Length == 0)
        {
            errors.Add(new FieldError("description", "required", "Tuliskan isi pengaduan."));
        }
        else if (description.Length < MinDescription)
        {
            errors.Add(new FieldError("description", "too_short", $"Isi pengaduan terlalu pendek, paling sedikit {MinDescription} huruf."));
        }
        else if (description.Length > MaxDescription)
        {
            errors.Add(new FieldError("description", "too_long", $"Isi pengaduan terlalu panjang, paling banyak {MaxDescription} huruf (sekarang {description.Length})."));
        }

        var name = Clean(draft.Name);
        if (name.Length > MaxName)
        {
            errors.Add(new FieldError("name", "too_long", $"Nama paling banyak {MaxName} huruf."));
        }

        var nik = OptionalIdentity.Nik(draft.Nik, _office.LocalDay(now), "nik", errors);
        var phone = OptionalIdentity.Phone(draft.Phone, "phone", errors);

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        // 40 random bits make a collision rare, never impossible: draw again rather than overwrite.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var complaint = new Complaint
            {
                Id = _newCode().Compact,
                Category = category!.Code,
                Village = village!,
                Description = description,
                Name = name.Length == 0 ? null : name,
                Nik = nik,
                Phone = phone,
                Channel = channel,
                Status = ComplaintStatus.Diterima,
                History = [new StatusChange(ComplaintStatus.Diterima, now, null)],
                CreatedAt = now,
            };
            if (_store.TryAdd(complaint, Created(complaint, now)))
            {
                return complaint;
            }
        }

        throw new StorageException("Could not find a free tracking code in 5 attempts; the random source is broken.");
    }

    public Complaint? Find(TrackingCode code) => _store.Find(code);

    /// <summary>
    /// Moves a complaint to <paramref name="status"/> (from upstream, or TERKIRIM when upstream took it).
    /// Returns the changed complaint, or null when nothing changed (the same status again, or a step
    /// back that arrives late).
    /// </summary>
    public Complaint? ChangeStatus(TrackingCode code, ComplaintStatus status, DateTimeOffset at, string? note)
    {
        var complaint = _store.Find(code) ?? throw new NotFoundException(code.Grouped);
        if (!ComplaintStatusRules.CanMove(complaint.Status, status))
        {
            return null;
        }

        var cleanNote = Clean(note);
        if (cleanNote.Length > MaxNote)
        {
            cleanNote = cleanNote[..(MaxNote - 3)] + "...";
        }

        var change = new StatusChange(status, at.ToUniversalTime(), cleanNote.Length == 0 ? null : cleanNote);
        var changed = complaint with
        {
            Status = status,
            History = [.. complaint.History, change],
            Version = complaint.Version + 1,
        };
        _store.Save(changed, OutboxEvents.Create("complaint.status_changed", AggregateType, code.Grouped, changed.Version, _time.UtcNowMs(), new
        {
            TrackingCode = code.Grouped,
            Status = ComplaintStatusNames.ToWire(status),
            change.At,
            change.Note,
        }));
        return changed;
    }

    private ComplaintCategory SmsCategory() =>
        _office.FindCategory("lainnya") ?? _office.Categories[^1];

    private static OutboxEvent Created(Complaint complaint, DateTimeOffset at) =>
        OutboxEvents.Create("complaint.created", AggregateType, complaint.TrackingCode.Grouped, complaint.Version, at, new
        {
            TrackingCode = complaint.TrackingCode.Grouped,
            complaint.Category,
            complaint.Village,
            complaint.Description,
            complaint.Name,
            complaint.Nik,
            complaint.Phone,
            complaint.Channel,
            complaint.CreatedAt,
        });

    internal static string Clean(string? text) =>
        text is null ? "" : new string([.. text.Trim().Where(c => !char.IsControl(c) || c is '\n')]);
}
