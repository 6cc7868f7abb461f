namespace Kiosk.Host.Admin.Cli;

/// <summary>What the CLI's user can do with a path it is to read: a missing file is not a hidden one (a folder without search permission).</summary>
public enum ReadableFileState
{
    Readable,
    Missing,
    Folder,
    NotPermitted,
}

public static class ReadableFile
{
    /// <summary>Tries to open <paramref name="path"/> for reading: <see cref="File.Exists"/> says "missing" for a file this user may not see.</summary>
    public static ReadableFileState Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return ReadableFileState.Folder;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return ReadableFileState.Readable;
        }
        catch (UnauthorizedAccessException)
        {
            return ReadableFileState.NotPermitted;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ReadableFileState.Missing;
        }
    }
}
