using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Kiosk.Host.Admin;

/// <summary>The admin socket as a file: who answers on it, stale leftovers, its mode and group.</summary>
public static class UnixSocketFile
{
    public const UnixFileMode SocketMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;

    /// <summary>True when a process accepts connections on <paramref name="path"/>.</summary>
    public static bool Answers(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return false;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(path));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// Removes a socket file nobody answers on (left by a killed service), so the listener can bind
    /// again. Returns false when a live process holds it.
    /// </summary>
    public static bool RemoveIfStale(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return true;
        }

        if (Answers(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Mode 0660 and, when the group exists, group <paramref name="group"/>: only its members may connect.</summary>
    public static void Restrict(string path, string group)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, SocketMode);
        if (FindGroupId(group) is { } gid && Chown(path, uint.MaxValue, gid) != 0)
        {
            throw new IOException($"chown :{group} {path} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    /// <summary>The numeric id of a group in /etc/group, or null when it does not exist.</summary>
    public static uint? FindGroupId(string group, string groupFile = "/etc/group")
    {
        ArgumentException.ThrowIfNullOrEmpty(group);
        if (!File.Exists(groupFile))
        {
            return null;
        }

        foreach (var line in File.ReadLines(groupFile))
        {
            var fields = line.Split(':');
            if (fields.Length >= 3 && fields[0] == group && uint.TryParse(fields[2], out var gid))
            {
                return gid;
            }
        }

        return null;
    }

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code in the project.
    [DllImport("libc", EntryPoint = "chown", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    internal static extern int Chown(string path, uint owner, uint group);
}
