namespace Kiosk.Core.Sync;

/// <summary>Why the upstream refused the device. All three mean: stop syncing and raise a fault.</summary>
public enum AuthFailure
{
    /// <summary>401: the token is wrong.</summary>
    InvalidToken,

    /// <summary>403: the device or its token was revoked.</summary>
    Revoked,

    /// <summary>404: the upstream does not know this device id.</summary>
    UnknownDevice,
}
