namespace Kiosk.Hardware.Modem.Pdu;

/// <summary>
/// One part of a concatenated message (UDH IEI 0x00 with an 8-bit reference, or 0x08 with a 16-bit one).
/// </summary>
/// <param name="Reference">The reference shared by every part of one message.</param>
/// <param name="Total">How many parts the message has.</param>
/// <param name="Sequence">This part's number, from 1.</param>
/// <param name="SixteenBitReference">True for IEI 0x08.</param>
public sealed record ConcatenationInfo(int Reference, int Total, int Sequence, bool SixteenBitReference = false);
