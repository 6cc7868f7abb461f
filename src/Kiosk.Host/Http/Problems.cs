using Kiosk.Core.Validation;

namespace Kiosk.Host.Http;

/// <summary>RFC 7807 problem+json answers, worded in Indonesian for the screens that show them.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    /// <summary>400 with every field's message (<c>errors</c>) and stable code (<c>codes</c>).</summary>
    public static IResult Invalid(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Results.Json(
            new
            {
                type = "https://kiosk.local/problems/invalid-input",
                title = "Data tidak valid",
                status = StatusCodes.Status400BadRequest,
                detail = errors.Count == 1 ? errors[0].Message : "Periksa kembali isian yang ditandai.",
                errors = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                codes = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Code),
            },
            ApiJson.Options,
            ContentType,
            StatusCodes.Status400BadRequest);
    }

    public static IResult Invalid(string field, string code, string message) => Invalid([new FieldError(field, code, message)]);

    public static IResult NotFound(string? code = null) => Simple(
        StatusCodes.Status404NotFound,
        "not-found",
        "Tidak ditemukan",
        code is null ? "Alamat tidak dikenal." : $"Kode {code} tidak ditemukan. Periksa kembali kode Anda.");

    /// <summary>503 while the data disk is full: nothing was stored, the caller may try again once staff free space.</summary>
    public static IResult StorageFull() => Simple(StatusCodes.Status503ServiceUnavailable, "storage-full", StorageFullMessage, StorageFullMessage + ".");

    public const string StorageFullMessage = "Penyimpanan penuh, hubungi petugas";

    public static IResult Conflict(string detail) => Simple(StatusCodes.Status409Conflict, "conflict", "Tidak dapat diproses", detail);

    public static IResult Simple(int status, string type, string title, string detail) => Results.Json(
        new { type = $"https://kiosk.local/problems/{type}", title, status, detail },
        ApiJson.Options,
        ContentType,
        status);
}
