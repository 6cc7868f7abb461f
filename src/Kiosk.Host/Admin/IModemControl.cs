namespace Kiosk.Host.Admin;

/// <summary>
/// What <c>GET /admin/modem</c>, <c>POST /admin/modem/send</c> and <c>POST /admin/modem/ussd</c>
/// call. The modem worker implements it; when none is registered the endpoints answer 503 "modem
/// not configured".
/// </summary>
public interface IModemControl
{
    Task<ModemInfo> InfoAsync(CancellationToken cancellationToken);

    /// <summary>Sends one SMS (concatenated when long) and returns the modem's message reference(s).</summary>
    Task<string> SendAsync(string number, string text, CancellationToken cancellationToken);

    /// <summary>Runs a USSD code (e.g. <c>*888#</c> for the balance) and returns the network's answer text.</summary>
    Task<string> UssdAsync(string code, CancellationToken cancellationToken);
}
