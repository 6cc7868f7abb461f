using System.Text.RegularExpressions;
using Kiosk.Core.Printing;

namespace Kiosk.Hardware.Printer.Transports;

/// <summary>
/// The embedded default: each job becomes <c>{dataDirectory}/printer/{jobId}.bin</c> (the exact bytes)
/// and <c>{jobId}.png</c> (as the virtual printer draws them) when the job is flushed. It answers
/// DLE EOT with <see cref="SimulatedStatus"/>, so fault handling can be tried without hardware.
/// </summary>
public sealed partial class VirtualPrinterTransport : IPrinterTransport
{
    private readonly PaperWidth _paperWidth;

    public VirtualPrinterTransport(string dataDirectory, PaperWidth paperWidth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory = Path.Combine(dataDirectory, "printer");
        _paperWidth = paperWidth;
    }

    /// <summary>Where the .bin and .png files go.</summary>
    public string Directory { get; }

    public string Description => $"virtual {Directory}";

    /// <summary>What the simulated printer reports; set it to PaperOut to rehearse a fault.</summary>
    public PrinterStatus SimulatedStatus { get; set; } = new(PrinterCondition.Online, PaperNearEnd: false);

    public string BinPath(string jobId) => Path.Combine(Directory, $"{CheckJobId(jobId)}.bin");

    public string PngPath(string jobId) => Path.Combine(Directory, $"{CheckJobId(jobId)}.png");

    public Task<PrinterLink> OpenAsync(string jobId, CancellationToken cancellationToken)
    {
        CheckJobId(jobId);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw PrinterException.DeviceNotFound(Directory, ex);
        }

        var stream = new VirtualPrinterStream(SimulatedStatus, _paperWidth, BinPath(jobId), PngPath(jobId));
        return Task.FromResult(new PrinterLink(stream, isTwoWay: true));
    }

    private static string CheckJobId(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        if (!JobIdPattern().IsMatch(jobId))
        {
            throw new ArgumentException($"Job id '{jobId}' must be 1 to 64 letters, digits, '-' or '_' so it is a safe file name.", nameof(jobId));
        }

        return jobId;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex JobIdPattern();
}
