namespace Kiosk.Testing;

/// <summary>Keeps log entries so a test can see what was reported.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var entry = (logLevel, formatter(state, exception), exception);
        lock (Entries)
        {
            Entries.Add(entry);
        }
    }

    /// <summary>How many entries so far contain <paramref name="text"/>; safe while another thread logs.</summary>
    public int Count(string text)
    {
        lock (Entries)
        {
            return Entries.Count(e => e.Message.Contains(text, StringComparison.Ordinal));
        }
    }
}
