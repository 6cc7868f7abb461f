namespace Kiosk.Hardware.Modem.Simulation;

/// <summary>
/// How a simulated modem answers the identity commands (AT+CGMI/CGMM/CGMR/CGSN/CIMI and the
/// maker's ICCID command), one preset per module as its AT manual shows it. The SIM's numbers are
/// made up but well-formed (an Indonesian Telkomsel IMSI 51010…, ICCID 896210…).
/// </summary>
/// <param name="Manufacturer">AT+CGMI's line.</param>
/// <param name="Model">AT+CGMM's line.</param>
/// <param name="Revision">AT+CGMR's line, exactly as the module prints it.</param>
/// <param name="Imei">AT+CGSN's bare digits.</param>
/// <param name="Imsi">AT+CIMI's bare digits.</param>
/// <param name="Iccid">The card's ICCID, printed per <paramref name="IccidAnswers"/>.</param>
/// <param name="IccidAnswers">The ICCID commands this module knows and the line each prints (<c>{0}</c> is the ICCID); any other answers ERROR.</param>
public sealed record SimulatedIdentity(
    string Manufacturer,
    string Model,
    string Revision,
    string Imei,
    string Imsi,
    string Iccid,
    IReadOnlyDictionary<string, string> IccidAnswers)
{
    private const string TelkomselImsi = "510101234567890";
    private const string TelkomselIccid = "8962100012345678901";

    /// <summary>No maker in particular: the 27.007 commands and a bare AT+CCID.</summary>
    public static SimulatedIdentity Generic { get; } = new("KIOSK", "KIOSK-EMULATOR", "KIOSK-EMU 1.0", "867530900000001", TelkomselImsi, TelkomselIccid, Answers(("+CCID", "{0}")));

    /// <summary>SIMCom SIM800L: "Revision:" firmware line, AT+CCID answered with the bare digits.</summary>
    public static SimulatedIdentity Sim800 { get; } = new("SIMCOM_Ltd", "SIMCOM_SIM800L", "Revision:1418B04SIM800L24", "869170031234567", TelkomselImsi, TelkomselIccid, Answers(("+CCID", "{0}")));

    /// <summary>SIMCom SIM7600E-H: "+CGMR:" firmware line; ICCID only through AT+CICCID ("+ICCID: …").</summary>
    public static SimulatedIdentity Sim7600 { get; } = new("SIMCOM INCORPORATED", "SIMCOM_SIM7600E-H", "+CGMR: LE20B04SIM7600M22", "862636051234567", TelkomselImsi, TelkomselIccid, Answers(("+CICCID", "+ICCID: {0}")));

    /// <summary>Quectel EC25: AT+QCCID ("+QCCID: …") and AT+CCID ("+CCID: …").</summary>
    public static SimulatedIdentity QuectelEc25 { get; } = new("Quectel", "EC25", "EC25EFAR06A06M4G", "866758041234567", TelkomselImsi, TelkomselIccid, Answers(("+QCCID", "+QCCID: {0}"), ("+CCID", "+CCID: {0}")));

    /// <summary>Huawei E173: AT^ICCID? answers the digits nibble-swapped as the SIM stores them, with an F filler.</summary>
    public static SimulatedIdentity Huawei { get; } = new("huawei", "E173", "11.126.16.04.00", "353142041234567", TelkomselImsi, TelkomselIccid, Answers(("^ICCID?", "^ICCID: {1}")));

    /// <summary>The preset the emulator uses for a family when none is given.</summary>
    public static SimulatedIdentity For(ModemFamily family) => family switch
    {
        ModemFamily.Sim800 => Sim800,
        ModemFamily.Huawei => Huawei,
        _ => Generic,
    };

    /// <summary>
    /// The answer lines to an identity command (upper case, without "AT"); null when
    /// <paramref name="command"/> is not one; an empty list when this module does not know it (ERROR).
    /// </summary>
    public IReadOnlyList<string>? Answer(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        switch (command)
        {
            case "+CGMI":
                return [Manufacturer];
            case "+CGMM":
                return [Model];
            case "+CGMR":
                return [Revision];
            case "+CGSN":
                return [Imei];
            case "+CIMI":
                return [Imsi];
            case "+CCID" or "+QCCID" or "+CICCID" or "^ICCID?":
                return IccidAnswers.TryGetValue(command, out var format)
                    ? [string.Format(System.Globalization.CultureInfo.InvariantCulture, format, Iccid, Swapped(Iccid + "F"))]
                    : [];
            default:
                return null;
        }
    }

    private static Dictionary<string, string> Answers(params (string Command, string Format)[] answers) =>
        answers.ToDictionary(a => a.Command, a => a.Format, StringComparer.Ordinal);

    private static string Swapped(string digits)
    {
        var swapped = digits.ToCharArray();
        for (var i = 0; i + 1 < swapped.Length; i += 2)
        {
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
        }

        return new string(swapped);
    }
}
