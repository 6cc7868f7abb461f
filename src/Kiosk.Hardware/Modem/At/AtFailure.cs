namespace Kiosk.Hardware.Modem.At;

/// <summary>Why an AT command did not end with OK.</summary>
public enum AtFailure
{
    /// <summary>Plain <c>ERROR</c> (or NO CARRIER, BUSY, ...).</summary>
    Error,

    /// <summary><c>+CME ERROR</c>.</summary>
    MobileEquipmentError,

    /// <summary><c>+CMS ERROR</c>.</summary>
    MessageServiceError,

    /// <summary>No final result within the command's timeout.</summary>
    Timeout,
}
