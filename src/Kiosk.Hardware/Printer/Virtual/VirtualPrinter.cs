namespace Kiosk.Hardware.Printer.Virtual;

/// <summary>
/// A printer made of software: it reads the same ESC/POS bytes a thermal printer gets and draws
/// them to a PNG the width of the paper (384 or 576 dots), so a person can look at every ticket
/// and a test can decode its QR. Commands it does not know are skipped and listed in
/// <see cref="VirtualPrintout.Notes"/>; no byte sequence makes it throw.
/// </summary>
public static class VirtualPrinter
{
    public static VirtualPrintout Render(ReadOnlySpan<byte> job, PaperWidth width)
    {
        var canvas = new PaperCanvas(width.Dots());
        var interpreter = new EscPosInterpreter(canvas);
        interpreter.Run(job);
        var (png, height) = canvas.ToPng(interpreter.Justification);
        return new VirtualPrintout(png, canvas.WidthDots, height, canvas.Cuts, interpreter.Notes);
    }
}
