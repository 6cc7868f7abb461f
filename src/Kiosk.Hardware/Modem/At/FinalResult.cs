namespace Kiosk.Hardware.Modem.At;

/// <summary>Recognises the final result of a command and turns the failures into exceptions.</summary>
internal static class FinalResult
{
    private const string CmePrefix = "+CME ERROR:";
    private const string CmsPrefix = "+CMS ERROR:";

    private static readonly string[] PlainErrors = ["ERROR", "NO CARRIER", "BUSY", "NO ANSWER", "NO DIALTONE", "COMMAND NOT SUPPORT", "TOO MANY PARAMETERS"];

    public static bool IsFinal(string line) =>
        line == "OK"
        || line.StartsWith(CmePrefix, StringComparison.OrdinalIgnoreCase)
        || line.StartsWith(CmsPrefix, StringComparison.OrdinalIgnoreCase)
        || PlainErrors.Contains(line, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null for OK, otherwise the exception the line stands for.</summary>
    public static AtCommandException? ToException(string command, string line)
    {
        if (line == "OK")
        {
            return null;
        }

        if (line.StartsWith(CmePrefix, StringComparison.OrdinalIgnoreCase))
        {
            var code = ParseCode(line[CmePrefix.Length..], CmeError.Unknown);
            return CmeErrorException.Create(command, code, line);
        }

        if (line.StartsWith(CmsPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var code = ParseCode(line[CmsPrefix.Length..], CmsError.UnknownError);
            return CmsErrorException.Create(command, code, line);
        }

        return AtCommandException.Error(command, line);
    }

    /// <summary>A number, or the verbose text (AT+CMEE=2) matched against the enum names: "SIM busy" → SimBusy.</summary>
    private static TCode ParseCode<TCode>(string text, TCode unknown)
        where TCode : struct, Enum
    {
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return (TCode)Enum.ToObject(typeof(TCode), number);
        }

        var key = new string([.. trimmed.Where(char.IsAsciiLetterOrDigit)]);
        foreach (var name in Enum.GetNames<TCode>())
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<TCode>(name);
            }
        }

        return unknown;
    }
}
