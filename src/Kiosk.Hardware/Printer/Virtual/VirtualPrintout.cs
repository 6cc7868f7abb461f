namespace Kiosk.Hardware.Printer.Virtual;

/// <summary>What the virtual printer produced from one job.</summary>
/// <remarks>Notes lists every command it skipped or could not follow, in order; an empty list means it understood everything.</remarks>
public sealed record VirtualPrintout(byte[] Png, int WidthDots, int HeightDots, int Cuts, IReadOnlyList<string> Notes);
