using Kiosk.Core.Validation;
using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Host.Admin;

namespace Kiosk.Host.Sms;

/// <summary>
/// What <c>kiosk modem info | send | ussd</c> does, through the session's connected modem. A number,
/// text or code that cannot be encoded is the technician's input error (400 naming the field), not a
/// modem fault (503).
/// </summary>
public sealed class ModemControl : IModemControl
{
    private readonly ModemSession _session;
    private readonly ModemOptions _options;
    private readonly ModemStatus _status;

    public ModemControl(ModemSession session, ModemOptions options, ModemStatus status)
    {
        _session = session;
        _options = options;
        _status = status;
    }

    public async Task<ModemInfo> InfoAsync(CancellationToken cancellationToken)
    {
        var modem = Connected();
        var identity = await modem.ReadIdentityAsync(cancellationToken);
        var simReady = await modem.ReadSimReadyAsync(cancellationToken);
        var signal = await modem.ReadSignalQualityAsync(cancellationToken);
        var registration = await modem.ReadRegistrationAsync(cancellationToken);
        var @operator = await modem.ReadOperatorAsync(cancellationToken);
        var serviceCentre = await modem.ReadServiceCentreAsync(cancellationToken);
        var info = new ModemInfo(
            _options.IsSimulated ? "simulated" : _options.Device ?? "",
            identity.Manufacturer,
            identity.Model,
            identity.Firmware,
            identity.Imei,
            identity.Imsi,
            identity.Iccid,
            simReady,
            @operator,
            ModemInfoNames.Registration(registration),
            serviceCentre,
            signal.RssiDbm,
            signal.Bars);
        if (_options.BalanceUssd is not { Length: > 0 } code)
        {
            return info;
        }

        // The credit is one more reading: a network that does not answer the code leaves the rest shown.
        try
        {
            return info with { CreditCode = code, Credit = (await modem.SendUssdAsync(code, cancellationToken)).Text };
        }
        catch (Exception e) when (e is ModemException or TimeoutException or PduFormatException)
        {
            return info with { CreditCode = code, CreditError = e.Message };
        }
    }

    public async Task<string> SendAsync(string number, string text, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> references;
        try
        {
            references = await Connected().SendSmsAsync(number, text, null, cancellationToken);
        }
        catch (PduFormatException e)
        {
            throw Invalid(e);
        }

        _status.CountSent();
        return $"sent in {references.Count} part(s), message reference {string.Join(", ", references)}";
    }

    public async Task<string> UssdAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await Connected().SendUssdAsync(code, cancellationToken);
            return answer.Text;
        }
        catch (PduFormatException e)
        {
            throw Invalid(e);
        }
    }

    /// <summary>The field of the admin request the bad input came from.</summary>
    private static DomainValidationException Invalid(PduFormatException error) => new(new FieldError(
        error.Input switch
        {
            PduInput.Address => "number",
            PduInput.Text => "text",
            PduInput.Ussd => "code",
            _ => "pdu",
        },
        "not-encodable",
        error.Message));

    private GsmModem Connected() =>
        _session.Modem ?? throw new ModemUnavailableException($"The modem is not connected ({_status.LastError ?? "connecting"}).");
}

/// <summary>The modem is configured but not answering right now.</summary>
public sealed class ModemUnavailableException : Exception
{
    public ModemUnavailableException()
    {
    }

    public ModemUnavailableException(string message)
        : base(message)
    {
    }

    public ModemUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
