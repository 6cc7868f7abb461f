using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Upstream;

/// <summary>Bearer-token check of a device request: 404 unknown device, 401 bad token, 403 revoked.</summary>
public static class DeviceAuth
{
    /// <summary>Null when the request may proceed, else the refusal.</summary>
    public static IResult? Check(HttpContext context, string deviceId, UpstreamStore store, UpstreamSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        var header = context.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;

        var device = store.FindDevice(deviceId);
        var expected = device?.Token ?? settings.SharedToken;
        if (expected is null)
        {
            return ApiError.Of(StatusCodes.Status404NotFound, "unknown_device", $"Device '{deviceId}' is not known here.");
        }

        if (presented is null || !FixedTimeEquals(presented, expected))
        {
            return ApiError.Of(StatusCodes.Status401Unauthorized, "invalid_token", "The device token is not valid.");
        }

        return device is { Revoked: true }
            ? ApiError.Of(StatusCodes.Status403Forbidden, "device_revoked", $"Device '{deviceId}' was revoked.")
            : null;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
