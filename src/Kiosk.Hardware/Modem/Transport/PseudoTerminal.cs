using System.Text;

namespace Kiosk.Hardware.Modem.Transport;

/// <summary>
/// A pseudo-terminal pair: the master as a <see cref="Stream"/> (for a simulated device) and the
/// slave's path (/dev/pts/N) that a <see cref="System.IO.Ports.SerialPort"/> opens like a real UART.
/// Disposing closes the master: the slave side sees a hang-up, as when a USB modem is unplugged.
/// </summary>
public sealed unsafe class PseudoTerminal : IDisposable
{
    private readonly PseudoTerminalMasterStream _master;

    private PseudoTerminal(int descriptor, string slavePath)
    {
        SlavePath = slavePath;
        _master = new PseudoTerminalMasterStream(descriptor);
    }

    /// <summary>/dev/pts/N.</summary>
    public string SlavePath { get; }

    /// <summary>The master side: what the slave writes is read here and vice versa. Not owned by the caller.</summary>
    public Stream Master => _master;

    /// <summary>posix_openpt, grantpt, unlockpt, ptsname_r.</summary>
    /// <exception cref="IOException">The system has no pseudo-terminals to give.</exception>
    public static PseudoTerminal Open()
    {
        var descriptor = PseudoTerminalNative.OpenMaster(PseudoTerminalNative.ReadWrite | PseudoTerminalNative.NoControllingTerminal);
        if (descriptor < 0)
        {
            throw new IOException($"posix_openpt failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (PseudoTerminalNative.Grant(descriptor) != 0 || PseudoTerminalNative.Unlock(descriptor) != 0)
            {
                throw new IOException($"grantpt/unlockpt failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
            }

            var buffer = stackalloc byte[256];
            if (PseudoTerminalNative.SlaveName(descriptor, buffer, 256) != 0)
            {
                throw new IOException($"ptsname_r failed (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
            }

            var name = new ReadOnlySpan<byte>(buffer, 256);
            var end = name.IndexOf((byte)0);
            return new PseudoTerminal(descriptor, Encoding.ASCII.GetString(end >= 0 ? name[..end] : name));
        }
        catch
        {
            PseudoTerminalNative.Close(descriptor);
            throw;
        }
    }

    public void Dispose() => _master.Dispose();
}
