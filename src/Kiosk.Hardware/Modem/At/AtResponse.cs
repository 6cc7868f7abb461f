namespace Kiosk.Hardware.Modem.At;

/// <summary>The intermediate lines a command produced before its OK (echo, blanks and URCs removed).</summary>
public sealed record AtResponse(string Command, IReadOnlyList<string> Lines)
{
    /// <summary>The value of the first line starting with <paramref name="prefix"/> (e.g. "+CSQ:"), trimmed.</summary>
    /// <exception cref="ModemException">No such line.</exception>
    public string ValueOf(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        foreach (var line in Lines)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return line[prefix.Length..].Trim();
            }
        }

        throw ModemException.UnexpectedResponse(Command, string.Join(" | ", Lines));
    }
}
