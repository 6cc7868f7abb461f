using System.Text;
using Kiosk.Core.Configuration;
using Kiosk.Core.Validation;

namespace Kiosk.Core.Counters;

/// <summary>A counter or display just added: its record and either the one-time pairing code or the token.</summary>
public sealed record AddedCounter(Counter Counter, string? PairingCode, string? Token);

/// <summary>
/// Counters and displays the technician adds and removes, their pairing and the check of the token
/// each staff request carries.
/// </summary>
public sealed class CounterRegistry
{
    public const int NameMaxLength = Queue.QueueService.CounterNameMaxLength;

    /// <summary>How long a pairing code can be used.</summary>
    public static readonly TimeSpan PairingLifetime = TimeSpan.FromMinutes(15);

    private readonly ICounterStore _store;
    private readonly OfficeProfile _office;
    private readonly TimeProvider _time;

    public CounterRegistry(ICounterStore store, OfficeProfile office, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _office = office;
        _time = time;
    }

    /// <summary>
    /// Adds a counter serving <paramref name="services"/> (or a display, serving none); returns a
    /// pairing code valid for <see cref="PairingLifetime"/>, or with <paramref name="issueToken"/> the token itself.
    /// </summary>
    public AddedCounter Add(string name, StaffDeviceKind kind, IReadOnlyList<string> services, bool issueToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var errors = new List<FieldError>();
        var trimmed = (name ?? "").Trim();
        var id = Slug(trimmed);
        if (trimmed.Length == 0 || trimmed.Length > NameMaxLength || trimmed.Any(char.IsControl) || id.Length == 0)
        {
            errors.Add(new FieldError("name", "invalid", $"Nama wajib diisi dengan huruf atau angka, paling banyak {NameMaxLength} karakter."));
        }

        var codes = new List<string>();
        if (kind == StaffDeviceKind.Counter)
        {
            foreach (var service in services.Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                if (_office.FindService(service) is { } known)
                {
                    codes.Add(known.Code);
                }
                else
                {
                    errors.Add(new FieldError("services", "unknown", $"Layanan '{service}' tidak dikenal. Pilih dari: {string.Join(", ", _office.Services.Select(s => s.Code))}."));
                }
            }

            if (codes.Count == 0 && errors.Count == 0)
            {
                errors.Add(new FieldError("services", "required", "Loket harus melayani paling sedikit satu layanan."));
            }
        }
        else if (services.Any(s => !string.IsNullOrWhiteSpace(s)))
        {
            errors.Add(new FieldError("services", "not-allowed", "Layar tunggu tidak melayani layanan."));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var now = _time.GetUtcNow();
        var pairing = issueToken ? null : StaffSecrets.NewPairingCode();
        var token = issueToken ? StaffSecrets.NewToken() : null;
        var counter = new Counter
        {
            Id = id,
            Name = trimmed,
            Kind = kind,
            Services = [.. codes.Distinct(StringComparer.Ordinal)],
            TokenHash = token is null ? null : StaffSecrets.Hash(token),
            PairingHash = pairing is null ? null : StaffSecrets.Hash(pairing),
            PairingExpiresAt = pairing is null ? null : now + PairingLifetime,
            CreatedAt = now,
            PairedAt = token is null ? null : now,
        };
        if (!_store.Add(counter))
        {
            throw new StateConflictException($"A counter or display named '{trimmed}' ({id}) exists.", $"Nama '{trimmed}' sudah dipakai.");
        }

        return new AddedCounter(counter, pairing, token);
    }

    /// <summary>
    /// Exchanges a pairing code for the device's token, once; a code that is unknown, used or
    /// expired gets the same answer (400 on <c>code</c>), so guessing learns nothing.
    /// </summary>
    public (Counter Counter, string Token) Pair(string? code)
    {
        var normalised = StaffSecrets.NormalisePairingCode(code)
            ?? throw new DomainValidationException(new FieldError("code", "malformed", "Kode pemasangan terdiri dari 8 huruf dan angka, contoh K7QM-2XPD."));
        var hash = StaffSecrets.Hash(normalised);
        var counter = _store.FindByPairingHash(hash);
        if (counter is null || !StaffSecrets.SameHash(counter.PairingHash, hash) || counter.PairingExpiresAt is not { } expires || expires <= _time.GetUtcNow())
        {
            throw new DomainValidationException(new FieldError("code", "invalid", "Kode pemasangan salah atau sudah kedaluwarsa. Minta kode baru ke teknisi."));
        }

        var token = StaffSecrets.NewToken();
        var paired = counter with { TokenHash = StaffSecrets.Hash(token), PairingHash = null, PairingExpiresAt = null, PairedAt = _time.GetUtcNow() };
        _store.Save(paired);
        return (paired, token);
    }

    /// <summary>The counter or display holding <paramref name="token"/>, or null.</summary>
    public Counter? Authenticate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }

        var hash = StaffSecrets.Hash(token);
        var counter = _store.FindByTokenHash(hash);
        return counter is not null && StaffSecrets.SameHash(counter.TokenHash, hash) ? counter : null;
    }

    /// <summary>By id or name (any case); null when none.</summary>
    public Counter? Find(string nameOrId)
    {
        var id = Slug((nameOrId ?? "").Trim());
        return id.Length == 0 ? null : _store.Find(id);
    }

    public IReadOnlyList<Counter> List() => _store.List();

    /// <summary>Removes a counter or display, and with it its token; false when none has that name.</summary>
    public bool Remove(string nameOrId)
    {
        var found = Find(nameOrId);
        return found is not null && _store.Remove(found.Id);
    }

    /// <summary><c>Loket 1</c> → <c>loket-1</c>: ASCII letters and digits, runs of anything else one dash.</summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
