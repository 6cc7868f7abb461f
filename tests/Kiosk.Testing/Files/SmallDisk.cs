using System.Diagnostics;

namespace Kiosk.Testing;

/// <summary>
/// A tmpfs of a few MiB mounted for one test (needs root, as here and in CI), with a filler file
/// that takes every free byte: a real "No space left on device" for the store. Unmounted on dispose.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public string FillerPath => System.IO.Path.Combine(Path, "filler");

    /// <summary>Mounts the tmpfs, or fails the test saying what it needs (never a silent skip).</summary>
    public static SmallDisk Mount(int mebibytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kiosk-disk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={mebibytes}m", "tmpfs", path);
        if (code != 0)
        {
            Directory.Delete(path);
            Assert.Fail($"This test needs root and tmpfs (mount -t tmpfs -o size={mebibytes}m tmpfs {path} failed with {code}: {output.Trim()}).");
        }

        return new SmallDisk(path);
    }

    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Writes the filler until the disk refuses another byte (dd stops at ENOSPC).</summary>
    public void Fill() => Run("dd", "if=/dev/zero", $"of={FillerPath}", "bs=64k");

    /// <summary>Deletes the filler: the space returns.</summary>
    public void Free() => File.Delete(FillerPath);

    public void Dispose()
    {
        // Lazily if a process that was just killed still holds a file on it.
        if (Run("umount", Path).Code != 0)
        {
            Run("umount", "-l", Path);
        }

        Directory.Delete(Path, recursive: true);
    }

    private static (int Code, string Output) Run(string command, params string[] arguments)
    {
        var info = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
