using System.Text.RegularExpressions;
using Kiosk.Hardware.Modem.At;

namespace Kiosk.Hardware.Modem;

/// <summary>
/// The identity and SIM commands <c>kiosk modem info</c> shows, over <see cref="GsmModem.RunAsync"/>:
/// each a reading, none needed to send or receive, so a command the module does not know leaves
/// its part null instead of failing.
/// </summary>
public static partial class GsmModemIdentity
{
    /// <summary>
    /// The ICCID commands tried in order: 27.007 has none, so each maker has its own. SIM800 and
    /// Quectel know AT+CCID, Quectel also AT+QCCID, SIM7600 only AT+CICCID, Huawei AT^ICCID?.
    /// </summary>
    private static readonly string[] IccidCommands = ["AT+CCID", "AT+QCCID", "AT+CICCID"];

    /// <summary>AT+CGMI, AT+CGMM, AT+CGMR, AT+CGSN, AT+CIMI and the maker's ICCID command; a command the modem refuses leaves its part null.</summary>
    public static async Task<ModemIdentity> ReadIdentityAsync(this GsmModem modem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modem);
        var manufacturer = IdentityValue(await modem.OptionalLineAsync("AT+CGMI", cancellationToken), "+CGMI:");
        var model = IdentityValue(await modem.OptionalLineAsync("AT+CGMM", cancellationToken), "+CGMM:");
        var firmware = IdentityValue(await modem.OptionalLineAsync("AT+CGMR", cancellationToken), "+CGMR:", "Revision:");
        var imei = DigitsOrNull(IdentityValue(await modem.OptionalLineAsync("AT+CGSN", cancellationToken), "+CGSN:"), 14, 17);
        var imsi = DigitsOrNull(IdentityValue(await modem.OptionalLineAsync("AT+CIMI", cancellationToken), "+CIMI:"), 6, 15);
        return new ModemIdentity(manufacturer, model, firmware, imei, imsi, await modem.ReadIccidAsync(cancellationToken));
    }

    /// <summary>AT+CSCA?: the SMS service centre's number, or null when the modem has none set.</summary>
    public static async Task<string?> ReadServiceCentreAsync(this GsmModem modem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modem);
        var line = await modem.OptionalLineAsync("AT+CSCA?", cancellationToken);
        if (line is null || !line.StartsWith("+CSCA:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var value = line["+CSCA:".Length..];
        var open = value.IndexOf('"', StringComparison.Ordinal);
        var close = value.LastIndexOf('"');
        var number = open >= 0 && close > open ? value[(open + 1)..close] : "";
        return number.Length > 0 ? number : null;
    }

    /// <summary>AT+CPIN?: true when the SIM is ready (no PIN or PUK pending).</summary>
    public static async Task<bool> ReadSimReadyAsync(this GsmModem modem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modem);
        var line = await modem.OptionalLineAsync("AT+CPIN?", cancellationToken);
        return line is not null && line.EndsWith("READY", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The value of an identity line: prefix and quotes removed; null when nothing is left.</summary>
    internal static string? IdentityValue(string? line, params string[] prefixes)
    {
        if (line is null)
        {
            return null;
        }

        var value = line.Trim();
        foreach (var prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..].Trim();
                break;
            }
        }

        value = value.Trim('"').Trim();
        return value.Length > 0 ? value : null;
    }

    /// <summary>An ICCID as printed on the card: digits only, a trailing filler F dropped.</summary>
    internal static string? Iccid(string? value, bool nibbleSwapped)
    {
        if (value is null)
        {
            return null;
        }

        if (nibbleSwapped)
        {
            // Huawei's ^ICCID reads the SIM's EF_ICCID as stored: each byte's two digits swapped.
            var swapped = new char[value.Length];
            for (var i = 0; i + 1 < value.Length; i += 2)
            {
                swapped[i] = value[i + 1];
                swapped[i + 1] = value[i];
            }

            if (value.Length % 2 == 1)
            {
                swapped[^1] = value[^1];
            }

            value = new string(swapped);
        }

        value = value.TrimEnd('F', 'f');
        return DigitsOrNull(value, 18, 22);
    }

    private static async Task<string?> ReadIccidAsync(this GsmModem modem, CancellationToken cancellationToken)
    {
        if (modem.Family == ModemFamily.Huawei)
        {
            return Iccid(IdentityValue(await modem.OptionalLineAsync("AT^ICCID?", cancellationToken), "^ICCID:"), nibbleSwapped: true);
        }

        foreach (var command in IccidCommands)
        {
            if (Iccid(IdentityValue(await modem.OptionalLineAsync(command, cancellationToken), "+CCID:", "+QCCID:", "+ICCID:"), nibbleSwapped: false) is { } iccid)
            {
                return iccid;
            }
        }

        return null;
    }

    /// <summary>The first information line, or null when the modem does not know the command.</summary>
    private static async Task<string?> OptionalLineAsync(this GsmModem modem, string command, CancellationToken cancellationToken)
    {
        try
        {
            return (await modem.RunAsync(command, cancellationToken)).Lines.FirstOrDefault(l => l.Trim().Length > 0);
        }
        catch (AtCommandException)
        {
            return null;
        }
    }

    private static string? DigitsOrNull(string? value, int min, int max) =>
        value is not null && value.Length >= min && value.Length <= max && Digits().IsMatch(value) ? value : null;

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();
}
