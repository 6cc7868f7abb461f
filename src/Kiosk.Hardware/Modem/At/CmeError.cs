namespace Kiosk.Hardware.Modem.At;

/// <summary>Mobile equipment error codes, <c>+CME ERROR: n</c> (3GPP TS 27.007 §9.2).</summary>
public enum CmeError
{
    PhoneFailure = 0,
    NoConnectionToPhone = 1,
    PhoneAdaptorLinkReserved = 2,
    OperationNotAllowed = 3,
    OperationNotSupported = 4,
    PhSimPinRequired = 5,
    PhFSimPinRequired = 6,
    PhFSimPukRequired = 7,
    SimNotInserted = 10,
    SimPinRequired = 11,
    SimPukRequired = 12,
    SimFailure = 13,
    SimBusy = 14,
    SimWrong = 15,
    IncorrectPassword = 16,
    SimPin2Required = 17,
    SimPuk2Required = 18,
    MemoryFull = 20,
    InvalidIndex = 21,
    NotFound = 22,
    MemoryFailure = 23,
    TextStringTooLong = 24,
    InvalidCharactersInTextString = 25,
    DialStringTooLong = 26,
    InvalidCharactersInDialString = 27,
    NoNetworkService = 30,
    NetworkTimeout = 31,
    NetworkNotAllowedEmergencyCallsOnly = 32,
    NetworkPersonalisationPinRequired = 40,
    NetworkPersonalisationPukRequired = 41,
    Unknown = 100,

    /// <summary>Vendor specific (SIMCom): "please wait, init or command processing in progress" — retry later.</summary>
    DeviceBusy = 515,
}
