using System.ComponentModel;
using System.Diagnostics;

namespace Kiosk.Testing;

/// <summary>Decodes barcodes in an image with zbarimg (Debian package zbar-tools), a standard reader.</summary>
public static class Zbar
{
    public const string InstallHint = "zbarimg not found: apt-get install -y zbar-tools";

    public static IReadOnlyList<string> Decode(string imagePath)
    {
        var start = new ProcessStartInfo("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", imagePath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(InstallHint);
        }
        catch (Win32Exception)
        {
            Assert.Fail(InstallHint);
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode is 0 or 4, $"zbarimg failed with exit code {process.ExitCode}: {error}"); // 4 = no symbol found
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
