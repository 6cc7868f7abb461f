using System.Text.RegularExpressions;
using Kiosk.Hardware.Modem.At;

namespace Kiosk.Hardware.Modem;

/// <summary>The identity and SIM commands <c>kiosk modem info</c> shows (GsmModem's other half).</summary>
public sealed partial class GsmModem
{
    /// <summary>
    /// The ICCID commands tried in order: 27.007 has none, so each maker has its own. SIM800 and
    /// Quectel know AT+CCID, Quectel also AT+QCCID, SIM7600 only AT+CICCID, Huawei AT^ICCID?.
    /// </summary>
    private static readonly string[] IccidCommands = ["AT+CCID", "AT+QCCID", "AT+CICCID"];

    /// <summary>AT+CGMI, AT+CGMM, AT+CGMR, AT+CGSN, AT+CIMI and the maker's ICCID command; a command the modem refuses leaves its part null.</summary>
    public async Task<ModemIdentity> ReadIdentityAsync(CancellationToken cancellationToken = default)
    {
        var manufacturer = IdentityValue(await OptionalLineAsync("AT+CGMI", cancellationToken), "+CGMI:");
        var model = IdentityValue(await OptionalLineAsync("AT+CGMM", cancellationToken), "+CGMM:");
        var firmware = IdentityValue(await OptionalLineAsync("AT+CGMR", cancellationToken), "+CGMR:", "Revision:");
        var imei = DigitsOrNull(IdentityValue(await OptionalLineAsync("AT+CGSN", cancellationToken), "+CGSN:"), 14, 17);
        var imsi = DigitsOrNull(IdentityValue(await OptionalLineAsync("AT+CIMI", cancellationToken), "+CIMI:"), 6, 15);
        return new ModemIdentity(manufacturer, model, firmware, imei, imsi, await ReadIccidAsync(cancellationToken));
    }

    /// <summary>AT+CSCA?: the SMS service centre's number, or null when the modem has none set.</summary>
    public async Task<string?> ReadServiceCentreAsync(CancellationToken cancellationToken = default)
    {
        var line = await OptionalLineAsync("AT+CSCA?", cancellationToken);
        if (line is null || !line.StartsWith("+CSCA:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var number = Quoted(line["+CSCA:".Length..]);
        return number.Length > 0 ? number : null;
    }

    /// <summary>AT+CPIN?: true when the SIM is ready (no PIN or PUK pending).</summary>
    public async Task<bool> ReadSimReadyAsync(CancellationToken cancellationToken = default)
    {
        var line = await OptionalLineAsync("AT+CPIN?", cancellationToken);
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

    private async Task<string?> ReadIccidAsync(CancellationToken cancellationToken)
    {
        if (_options.Family == ModemFamily.Huawei)
        {
            return Iccid(IdentityValue(await OptionalLineAsync("AT^ICCID?", cancellationToken), "^ICCID:"), nibbleSwapped: true);
        }

        foreach (var command in IccidCommands)
        {
            if (Iccid(IdentityValue(await OptionalLineAsync(command, cancellationToken), "+CCID:", "+QCCID:", "+ICCID:"), nibbleSwapped: false) is { } iccid)
            {
                return iccid;
            }
        }

        return null;
    }

    /// <summary>The first information line, or null when the modem does not know the command.</summary>
    private async Task<string?> OptionalLineAsync(string command, CancellationToken cancellationToken)
    {
        try
        {
            return (await RunAsync(command, cancellationToken)).Lines.FirstOrDefault(l => l.Trim().Length > 0);
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
