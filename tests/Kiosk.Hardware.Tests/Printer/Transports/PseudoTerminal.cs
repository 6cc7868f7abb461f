using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Kiosk.Hardware.Tests.Printer.Transports;

/// <summary>
/// A Linux pseudo-terminal: SerialPort opens <see cref="SlavePath"/> like a real tty, and the test
/// plays the device on <see cref="Master"/>. DllImport rather than LibraryImport: the test project
/// does not allow unsafe code.
/// </summary>
internal sealed class PseudoTerminal : IDisposable
{
    private const int ReadWrite = 0x2; // O_RDWR
    private const int NoControllingTerminal = 0x100; // O_NOCTTY on Linux x64 and arm64

    private PseudoTerminal(FileStream master, string slavePath)
    {
        Master = master;
        SlavePath = slavePath;
    }

    public FileStream Master { get; }

    public string SlavePath { get; }

    public static PseudoTerminal Open()
    {
        var fd = PosixOpenpt(ReadWrite | NoControllingTerminal);
        if (fd < 0)
        {
            throw new IOException($"posix_openpt failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        var name = new byte[128];
        if (Grantpt(fd) != 0 || Unlockpt(fd) != 0 || PtsnameR(fd, name, (nuint)name.Length) != 0)
        {
            handle.Dispose();
            throw new IOException($"grantpt/unlockpt/ptsname failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var path = Encoding.ASCII.GetString(name, 0, Array.IndexOf(name, (byte)0));
        return new PseudoTerminal(new FileStream(handle, FileAccess.ReadWrite, bufferSize: 0), path);
    }

    public void Dispose() => Master.Dispose();

    [DllImport("libc", EntryPoint = "posix_openpt", SetLastError = true)]
    private static extern int PosixOpenpt(int flags);

    [DllImport("libc", EntryPoint = "grantpt", SetLastError = true)]
    private static extern int Grantpt(int fd);

    [DllImport("libc", EntryPoint = "unlockpt", SetLastError = true)]
    private static extern int Unlockpt(int fd);

    [DllImport("libc", EntryPoint = "ptsname_r", SetLastError = true)]
    private static extern int PtsnameR(int fd, byte[] buffer, nuint length);
}
