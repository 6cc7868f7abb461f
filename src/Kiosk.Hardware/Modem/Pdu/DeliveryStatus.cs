namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>TP-ST of a status report (TS 23.040 §9.2.3.15).</summary>
public enum DeliveryStatus : byte
{
    Delivered = 0x00,
    ForwardedUnconfirmed = 0x01,
    Replaced = 0x02,

    // Temporary error, the SC is still trying
    Congestion = 0x20,
    SmeBusy = 0x21,
    NoResponseFromSme = 0x22,
    ServiceRejected = 0x23,
    QualityOfServiceNotAvailable = 0x24,
    ErrorInSme = 0x25,

    // Permanent error, the SC stopped trying
    RemoteProcedureError = 0x40,
    IncompatibleDestination = 0x41,
    ConnectionRejectedBySme = 0x42,
    NotObtainable = 0x43,
    QualityOfServiceNotAvailablePermanent = 0x44,
    NoInterworkingAvailable = 0x45,
    ValidityPeriodExpired = 0x46,
    DeletedByOriginatingSme = 0x47,
    DeletedByServiceCentreAdministration = 0x48,
    MessageDoesNotExist = 0x49,

    // Temporary error, the SC stopped trying
    CongestionGaveUp = 0x60,
    SmeBusyGaveUp = 0x61,
    NoResponseFromSmeGaveUp = 0x62,
    ServiceRejectedGaveUp = 0x63,
    QualityOfServiceNotAvailableGaveUp = 0x64,
    ErrorInSmeGaveUp = 0x65,
}
