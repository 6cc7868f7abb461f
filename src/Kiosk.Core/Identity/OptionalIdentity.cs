using Kiosk.Core.Validation;

namespace Kiosk.Core.Identity;

/// <summary>Reads the optional identity fields of a form: blank is fine, a bad value adds its field error.</summary>
public static class OptionalIdentity
{
    /// <summary>The E.164 number, or null when blank or bad (then <paramref name="errors"/> says why).</summary>
    public static string? Phone(string? input, string field, ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var parsed = PhoneNumber.Parse(input);
        if (parsed.Number is null)
        {
            errors.Add(IdentityErrors.For(field, parsed.Error));
        }

        return parsed.Number?.E164;
    }

    /// <summary>The 16 digits, or null when blank or bad (then <paramref name="errors"/> says why).</summary>
    public static string? Nik(string? input, DateOnly today, string field, ICollection<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var parsed = Identity.Nik.Parse(input, today);
        if (parsed.Nik is null)
        {
            errors.Add(IdentityErrors.ForNik(field, parsed.Error));
        }

        return parsed.Nik?.Value;
    }
}
