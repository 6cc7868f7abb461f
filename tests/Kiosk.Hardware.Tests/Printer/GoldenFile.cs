using System.Runtime.CompilerServices;

namespace Kiosk.Hardware.Tests.Printer;

/// <summary>
/// Byte-exact golden files under tests/Kiosk.Hardware.Tests/Printer/Golden. After an intended layout
/// change, regenerate them with <c>KIOSK_UPDATE_GOLDEN=1 dotnet test tests/Kiosk.Hardware.Tests --filter Golden</c>
/// and review the diff (and the PNGs) before committing.
/// </summary>
internal static class GoldenFile
{
    public const string UpdateVariable = "KIOSK_UPDATE_GOLDEN";

    public static string Directory => Path.Combine(SourceDirectory(), "Golden");

    public static void AssertMatches(string name, byte[] actual)
    {
        var path = Path.Combine(Directory, name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing: run with {UpdateVariable}=1 to create it, then review it.");
        var expected = File.ReadAllBytes(path);
        var firstDifference = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(
            expected.AsSpan().SequenceEqual(actual),
            $"{name} differs from its golden file (expected {expected.Length} bytes, got {actual.Length}, first difference at {firstDifference}). " +
            $"If the change is intended, run with {UpdateVariable}=1 and review the diff.");
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
