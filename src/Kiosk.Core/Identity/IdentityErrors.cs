using Kiosk.Core.Validation;

namespace Kiosk.Core.Identity;

/// <summary>What a person reads when a phone number or NIK is not right.</summary>
public static class IdentityErrors
{
    public static FieldError For(string field, PhoneNumberError error) => error switch
    {
        PhoneNumberError.Empty => new FieldError(field, "required", "Nomor HP wajib diisi."),
        PhoneNumberError.NotIndonesian => new FieldError(field, "not_indonesian", "Gunakan nomor HP Indonesia, contoh 0812 3456 7890."),
        PhoneNumberError.NotMobile => new FieldError(field, "not_mobile", "Gunakan nomor HP (bukan telepon rumah) agar bisa menerima SMS."),
        _ => new FieldError(field, "invalid", "Nomor HP tidak valid. Contoh: 0812 3456 7890."),
    };

    public static FieldError ForNik(string field, NikError error) => error switch
    {
        NikError.Empty => new FieldError(field, "required", "NIK wajib diisi."),
        NikError.NotDigits => new FieldError(field, "not_digits", "NIK hanya berisi angka."),
        NikError.WrongLength => new FieldError(field, "length", "NIK harus 16 angka."),
        NikError.UnknownRegion => new FieldError(field, "region", "Kode wilayah pada NIK tidak dikenal. Periksa 6 angka pertama."),
        NikError.InvalidBirthDate => new FieldError(field, "birth_date", "Tanggal lahir pada NIK tidak valid. Periksa angka ke-7 sampai ke-12."),
        _ => new FieldError(field, "invalid", "NIK tidak valid."),
    };
}
