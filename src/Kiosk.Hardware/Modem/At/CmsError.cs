namespace Kiosk.Hardware.Modem.At;

/// <summary>
/// Message service error codes, <c>+CMS ERROR: n</c>: 0–127 are network causes (TS 24.011 / 23.040),
/// 300–340 the ME/TA errors of TS 27.005 §3.2.5, 500 unknown, 512 and above vendor specific.
/// </summary>
public enum CmsError
{
    UnassignedNumber = 1,
    OperatorDeterminedBarring = 8,
    CallBarred = 10,
    ShortMessageTransferRejected = 21,
    DestinationOutOfService = 27,
    UnidentifiedSubscriber = 28,
    FacilityRejected = 29,
    UnknownSubscriber = 30,
    NetworkOutOfOrder = 38,
    TemporaryFailure = 41,
    Congestion = 42,
    ResourcesUnavailable = 47,
    RequestedFacilityNotSubscribed = 50,
    RequestedFacilityNotImplemented = 69,
    InvalidShortMessageReference = 81,
    InvalidMessage = 95,
    InvalidMandatoryInformation = 96,
    MessageTypeNonExistent = 97,
    MessageNotCompatible = 98,
    InformationElementNonExistent = 99,
    ProtocolError = 111,
    InterworkingUnspecified = 127,
    MeFailure = 300,
    SmsServiceReserved = 301,
    OperationNotAllowed = 302,
    OperationNotSupported = 303,
    InvalidPduModeParameter = 304,
    InvalidTextModeParameter = 305,
    SimNotInserted = 310,
    SimPinRequired = 311,
    PhSimPinRequired = 312,
    SimFailure = 313,
    SimBusy = 314,
    SimWrong = 315,
    SimPukRequired = 316,
    SimPin2Required = 317,
    SimPuk2Required = 318,
    MemoryFailure = 320,
    InvalidMemoryIndex = 321,
    MemoryFull = 322,
    SmscAddressUnknown = 330,
    NoNetworkService = 331,
    NetworkTimeout = 332,
    NoCnmaAcknowledgementExpected = 340,
    UnknownError = 500,

    /// <summary>Vendor specific (Wavecom/SIMCom): "MM establishment failure" — no radio link for the SMS.</summary>
    MmEstablishmentFailure = 512,

    /// <summary>Vendor specific: lower layer failure while sending.</summary>
    LowerLayerFailure = 513,

    /// <summary>Vendor specific: CP error.</summary>
    CpError = 514,

    /// <summary>Vendor specific (SIMCom): "please wait, init or command processing in progress".</summary>
    DeviceBusy = 515,
}
