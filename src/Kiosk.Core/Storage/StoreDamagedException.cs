namespace Kiosk.Core.Storage;

/// <summary>
/// A file of the store is there but cannot be trusted (empty, not LiteDB's, missing after the device
/// was initialised, behind the numbering floor). The files are left exactly as they were: nothing
/// replaces a store that cannot be read; <c>kiosk store check</c> and <c>kiosk store repair</c> take over.
/// </summary>
public sealed class StoreDamagedException : Exception
{
    public StoreDamagedException()
        : this("(unknown)", "damaged")
    {
    }

    public StoreDamagedException(string message)
        : this("(unknown)", message)
    {
    }

    public StoreDamagedException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "(unknown)";
        Problem = message;
    }

    public StoreDamagedException(string file, string problem, Exception? innerException = null)
        : base($"{file}: {OneLine(problem)}", innerException)
    {
        File = file;
        Problem = OneLine(problem);
    }

    /// <summary>The full path of the file that is wrong.</summary>
    public string File { get; }

    /// <summary>What is wrong with it, one line.</summary>
    public string Problem { get; }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
