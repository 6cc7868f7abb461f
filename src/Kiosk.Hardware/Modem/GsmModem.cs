using System.Globalization;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Core.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;

namespace Kiosk.Hardware.Modem;

/// <summary>
/// Typed modem commands over an <see cref="AtChannel"/> in PDU mode. Commands the modem refuses
/// as busy (SIM busy while it boots) are retried with exponential backoff through Polly.
/// The channel is not owned: dispose it separately.
/// </summary>
public sealed partial class GsmModem
{
    private readonly AtChannel _channel;
    private readonly GsmModemOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _busyRetry;
    private int _concatenationReference;

    public GsmModem(AtChannel channel, GsmModemOptions options, TimeProvider timeProvider, ILogger<GsmModem>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _channel = channel;
        _options = options;
        _logger = logger ?? NullLogger<GsmModem>.Instance;
        _concatenationReference = Random.Shared.Next(256);
        _busyRetry = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new KioskBackoff(options.BusyRetryDelay, TimeSpan.MaxValue, Jitter: false).RetryOptions(retry =>
            {
                retry.ShouldHandle = new PredicateBuilder().Handle<AtCommandException>(IsBusy);
                retry.MaxRetryAttempts = Math.Max(1, options.BusyRetryAttempts);
                retry.OnRetry = args =>
                {
                    LogBusyRetry(args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                };
            }))
            .Build();
    }

    /// <summary>The family whose quirks this modem is driven with.</summary>
    public ModemFamily Family => _options.Family;

    /// <summary>The AT channel, for its unsolicited results (+CMTI, +CDS...) and its <see cref="AtChannel.Completion"/>.</summary>
    public AtChannel Channel => _channel;

    /// <summary>True for the codes that mean "not now, try again": CME 14/515, CMS 314/515.</summary>
    public static bool IsBusy(AtCommandException exception) => exception switch
    {
        CmeErrorException cme => cme.Code is CmeError.SimBusy or CmeError.DeviceBusy,
        CmsErrorException cms => cms.Code is CmsError.SimBusy or CmsError.DeviceBusy,
        _ => false,
    };

    /// <summary>
    /// Start-up: ATZ, ATE0, AT+CMEE=1, the PIN if asked for, PDU mode, storage, new-message and
    /// status-report indications (+CMTI, +CDS), and AT^CURC=0 on Huawei to silence its noise.
    /// </summary>
    /// <exception cref="CmeErrorException">SIM PUK required, SIM not inserted... (after busy retries).</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await RunAsync("ATZ", cancellationToken);
        await RunAsync("ATE0", cancellationToken);
        await RunAsync("AT+CMEE=1", cancellationToken);
        if (_options.Family == ModemFamily.Huawei)
        {
            await RunAsync("AT^CURC=0", cancellationToken);
        }

        var pin = (await RunAsync("AT+CPIN?", cancellationToken)).ValueOf("+CPIN:");
        if (string.Equals(pin, "SIM PIN", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrEmpty(_options.Pin))
            {
                throw CmeErrorException.Create("AT+CPIN?", CmeError.SimPinRequired, "+CPIN: SIM PIN (no PIN configured)");
            }

            await RunAsync($"AT+CPIN=\"{_options.Pin}\"", cancellationToken);
        }
        else if (!string.Equals(pin, "READY", StringComparison.OrdinalIgnoreCase))
        {
            var code = string.Equals(pin, "SIM PUK", StringComparison.OrdinalIgnoreCase) ? CmeError.SimPukRequired : CmeError.SimFailure;
            throw CmeErrorException.Create("AT+CPIN?", code, "+CPIN: " + pin);
        }

        await RunAsync("AT+CMGF=0", cancellationToken);
        var storage = _options.Storage;
        await RunAsync($"AT+CPMS=\"{storage}\",\"{storage}\",\"{storage}\"", cancellationToken);
        await RunAsync("AT+CNMI=2,1,0,2,0", cancellationToken);
        LogInitialized(_options.Family, storage);
    }

    /// <summary>AT+CSQ.</summary>
    public async Task<SignalQuality> ReadSignalQualityAsync(CancellationToken cancellationToken = default)
    {
        var response = await RunAsync("AT+CSQ", cancellationToken);
        var fields = Numbers(response, "+CSQ:", 2);
        return SignalQuality.FromCsq(fields[0], fields[1]);
    }

    /// <summary>AT+CREG?: the second number of <c>+CREG: n,stat[,lac,ci]</c>.</summary>
    public async Task<RegistrationStatus> ReadRegistrationAsync(CancellationToken cancellationToken = default)
    {
        var response = await RunAsync("AT+CREG?", cancellationToken);
        var fields = Numbers(response, "+CREG:", 2);
        return (RegistrationStatus)fields[1];
    }

    /// <summary>AT+COPS?: the operator's name, or null when not registered.</summary>
    public async Task<string?> ReadOperatorAsync(CancellationToken cancellationToken = default)
    {
        var response = await RunAsync("AT+COPS?", cancellationToken);
        var value = response.ValueOf("+COPS:");
        var quoted = Quoted(value);
        return string.IsNullOrEmpty(quoted) ? null : quoted;
    }

    /// <summary>AT+CMGL=4: every message in the current storage, each with its decoded PDU or the reason it did not decode.</summary>
    public async Task<IReadOnlyList<StoredMessage>> ListMessagesAsync(CancellationToken cancellationToken = default)
    {
        var response = await RunAsync("AT+CMGL=4", cancellationToken);
        var messages = new List<StoredMessage>();
        for (var i = 0; i < response.Lines.Count; i++)
        {
            var header = response.Lines[i];
            if (!header.StartsWith("+CMGL:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (i + 1 >= response.Lines.Count)
            {
                throw ModemException.UnexpectedResponse("AT+CMGL=4", header + " without its PDU line");
            }

            var fields = header["+CMGL:".Length..].Split(',');
            var index = ParseInt(fields[0], "AT+CMGL=4", header);
            var status = (StoredMessageStatus)ParseInt(fields.ElementAtOrDefault(1) ?? "", "AT+CMGL=4", header);
            messages.Add(Decode(index, status, response.Lines[++i]));
        }

        return messages;
    }

    /// <summary>AT+CMGR=index; null when the slot is empty (a bare OK, an empty +CMGR, or CMS 321).</summary>
    public async Task<StoredMessage?> ReadMessageAsync(int index, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var command = string.Create(CultureInfo.InvariantCulture, $"AT+CMGR={index}");
        AtResponse response;
        try
        {
            response = await RunAsync(command, cancellationToken);
        }
        catch (CmsErrorException e) when (e.Code == CmsError.InvalidMemoryIndex)
        {
            return null; // Huawei answers an empty slot with +CMS ERROR: 321; SIM800 with a bare OK
        }

        var headerAt = response.Lines.ToList().FindIndex(l => l.StartsWith("+CMGR:", StringComparison.OrdinalIgnoreCase));
        if (headerAt < 0)
        {
            return null;
        }

        var fields = response.Lines[headerAt]["+CMGR:".Length..].Split(',');
        var status = (StoredMessageStatus)ParseInt(fields[0], command, response.Lines[headerAt]);
        if (headerAt + 1 >= response.Lines.Count)
        {
            return null; // "+CMGR: 0,,0" for an empty slot on some modems
        }

        return Decode(index, status, response.Lines[headerAt + 1]);
    }

    /// <summary>AT+CMGD=index. Delete only after the message is durably stored.</summary>
    public Task DeleteMessageAsync(int index, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return RunAsync(string.Create(CultureInfo.InvariantCulture, $"AT+CMGD={index}"), cancellationToken);
    }

    /// <summary>
    /// Sends a text, as GSM-7 where it fits after transliteration and UCS2 otherwise, concatenated
    /// when long. Returns the message reference (+CMGS) of each part.
    /// </summary>
    /// <exception cref="CmsErrorException">The network or SMSC refused a part (after busy retries).</exception>
    public async Task<IReadOnlyList<int>> SendSmsAsync(string destination, string text, SubmitOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        ArgumentNullException.ThrowIfNull(text);
        var parts = SmsSubmitComposer.Compose(SmsAddress.Parse(destination), text, options ?? SubmitOptions.Default, Interlocked.Increment(ref _concatenationReference));
        var references = new List<int>(parts.Count);
        foreach (var part in parts)
        {
            references.Add(await SendPduAsync(PduCodec.EncodeSubmit(part), cancellationToken));
        }

        LogSent(parts.Count);
        return references;
    }

    /// <summary>AT+CMGS=&lt;TPDU length&gt;, the prompt, the PDU and Ctrl-Z; returns the message reference.</summary>
    public async Task<int> SendPduAsync(EncodedPdu pdu, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        var command = string.Create(CultureInfo.InvariantCulture, $"AT+CMGS={pdu.TpduLength}");
        var response = await _busyRetry.ExecuteAsync(
            async ct => await _channel.ExecuteWithPromptAsync(command, pdu.Hex, null, ct), cancellationToken);
        return ParseInt(response.ValueOf("+CMGS:"), command, string.Join(" | ", response.Lines));
    }

    /// <summary>AT+CUSD=1,"code",15 and the +CUSD answer, decoded by its DCS.</summary>
    public async Task<UssdResponse> SendUssdAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var request = _options.PackUssd ? UssdCoding.EncodePacked(code) : code;
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var answer = _channel.WaitForUnsolicitedAsync(u => u.Kind == UnsolicitedKind.Ussd, _options.UssdTimeout, abandon.Token);
        try
        {
            await RunAsync($"AT+CUSD=1,\"{request}\",15", cancellationToken);
        }
        catch (ModemException)
        {
            await abandon.CancelAsync();
            await answer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        return ParseUssd((await answer).Value);
    }

    /// <summary>AT+CFUN=1,1: a full restart. The modem drops off the bus for a while (USB sticks re-enumerate).</summary>
    public Task ResetAsync(CancellationToken cancellationToken = default) => RunAsync("AT+CFUN=1,1", cancellationToken);

    /// <summary>Any command through the busy retry.</summary>
    public async Task<AtResponse> RunAsync(string command, CancellationToken cancellationToken = default) =>
        await _busyRetry.ExecuteAsync(async ct => await _channel.ExecuteAsync(command, null, ct), cancellationToken);

    /// <summary><c>+CMTI: "SM",3</c> → ("SM", 3).</summary>
    public static bool TryParseMessageIndication(UnsolicitedResult result, out string storage, out int index)
    {
        ArgumentNullException.ThrowIfNull(result);
        storage = "";
        index = -1;
        if (result.Kind is not (UnsolicitedKind.NewMessage or UnsolicitedKind.StatusReportStored))
        {
            return false;
        }

        var parts = result.Value.Split(',');
        if (parts.Length < 2 || !int.TryParse(parts[^1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        storage = parts[0].Trim().Trim('"');
        return true;
    }

    internal static UssdResponse ParseUssd(string value)
    {
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var status = ParseInt(comma < 0 ? value : value[..comma], "+CUSD", value);
        if (comma < 0)
        {
            return new UssdResponse((UssdStatus)status, "", 15);
        }

        var open = value.IndexOf('"', comma);
        var close = value.LastIndexOf('"');
        if (open < 0 || close <= open)
        {
            throw ModemException.UnexpectedResponse("AT+CUSD", value);
        }

        var payload = value[(open + 1)..close];
        var rest = value[(close + 1)..].TrimStart(',').Trim();
        var dcs = rest.Length == 0 ? 15 : ParseInt(rest, "+CUSD", value);
        return new UssdResponse((UssdStatus)status, UssdCoding.Decode(payload, dcs), dcs);
    }

    private StoredMessage Decode(int index, StoredMessageStatus status, string hex)
    {
        try
        {
            return new StoredMessage(_options.Storage, index, status, hex, PduCodec.Decode(hex), null);
        }
        catch (PduFormatException e)
        {
            LogBadPdu(index, e.Message);
            return new StoredMessage(_options.Storage, index, status, hex, null, e);
        }
    }

    private static int[] Numbers(AtResponse response, string prefix, int count)
    {
        var value = response.ValueOf(prefix);
        var fields = value.Split(',');
        if (fields.Length < count)
        {
            throw ModemException.UnexpectedResponse(response.Command, value);
        }

        return [.. fields.Take(count).Select(f => ParseInt(f, response.Command, value))];
    }

    private static int ParseInt(string text, string command, string line) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ModemException.UnexpectedResponse(command, line);

    private static string Quoted(string value)
    {
        var open = value.IndexOf('"', StringComparison.Ordinal);
        var close = value.LastIndexOf('"');
        return open >= 0 && close > open ? value[(open + 1)..close] : "";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem busy, retry {Attempt} in {DelayMs} ms")]
    private partial void LogBusyRetry(int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem initialised ({Family}, storage {Storage})")]
    private partial void LogInitialized(ModemFamily family, string storage);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS sent in {Parts} part(s)")]
    private partial void LogSent(int parts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored message {Index} has a bad PDU: {Reason}")]
    private partial void LogBadPdu(int index, string reason);
}
