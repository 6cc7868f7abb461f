using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Kiosk.Core.Sms.Encoding;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;

namespace Kiosk.Hardware.Modem.Simulation;

/// <summary>
/// A GSM modem in software, answering AT commands in PDU mode over a <see cref="Stream"/> (the
/// master of a pseudo-terminal, or any duplex stream). It keeps an SMS store, can receive messages
/// (+CMTI), records what is sent, answers USSD, and has the quirks of the families it imitates:
/// SIM800 echo, Huawei ^RSSI/^BOOT noise, and a SIM that is busy for the first commands.
/// Used by the embedded default and by the tests.
/// </summary>
public sealed class ModemEmulator
{
    private const char CtrlZ = '\u001A';
    private const char Esc = '\u001B';
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private readonly Stream _link;
    private readonly ModemEmulatorOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly SimulatedSmsStore _store;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Random _noise;
    private readonly ConcurrentQueue<string> _sent = new();
    private int _resets;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly ConcurrentQueue<string> _injections = new();
    private readonly StringBuilder _input = new();
    private bool _echo;
    private bool _noiseOn;
    private int _cmee;
    private int _busyLeft;
    private bool _pinEntered;
    private int _messageReference;
    private int _pendingPduLength = -1;
    private int _concatenation;

    /// <param name="link">The modem's side of the link; not disposed by the emulator.</param>
    /// <param name="options">Family, quirks, network answers.</param>
    /// <param name="timeProvider">For the timestamps of received messages.</param>
    public ModemEmulator(Stream link, ModemEmulatorOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _link = link;
        _options = options;
        _timeProvider = timeProvider;
        _store = new SimulatedSmsStore(options.Slots);
        _noise = new Random(options.NoiseSeed);
        PowerOn();
    }

    /// <summary>When true the modem reads commands and answers nothing (a hung modem).</summary>
    public bool Silent { get; set; }

    /// <summary>Every SMS-SUBMIT PDU received by AT+CMGS, as hex with its SMSC prefix.</summary>
    public IReadOnlyList<string> SentPdus => [.. _sent];

    /// <summary>Every command line received, in order.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>Messages in the store.</summary>
    public int StoredMessages => _store.Count;

    /// <summary>How many times AT+CFUN=1,1 restarted the modem (tests check a bug never resets it).</summary>
    public int Resets => Volatile.Read(ref _resets);

    /// <summary>True when a slot holds a message.</summary>
    public bool HasMessageAt(int index) => _store.Contains(index);

    /// <summary>Reads and answers commands until <paramref name="cancellationToken"/> is cancelled or the link ends.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[512];
        while (!cancellationToken.IsCancellationRequested)
        {
            int count;
            try
            {
                count = await _link.ReadAsync(buffer, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            if (count == 0)
            {
                return;
            }

            if (_echo)
            {
                await WriteRawAsync(Encoding.Latin1.GetString(buffer, 0, count), cancellationToken);
            }

            foreach (var c in Encoding.Latin1.GetString(buffer, 0, count))
            {
                await AcceptAsync(c, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A message arrives from the network: its DELIVER PDUs (one per part) go into free slots and
    /// each is announced with <c>+CMTI: "SM",n</c>. Returns the slot indices.
    /// </summary>
    public async Task<IReadOnlyList<int>> ReceiveSmsAsync(string sender, string text, DateTimeOffset? timestamp = null, CancellationToken cancellationToken = default)
    {
        var indices = new List<int>();
        foreach (var pdu in DeliverPdus(sender, text, timestamp))
        {
            var index = _store.Add(pdu.Hex, pdu.TpduLength);
            if (index < 0)
            {
                throw new InvalidOperationException("The simulated SMS store is full.");
            }

            indices.Add(index);
            await WriteLinesAsync([$"+CMTI: \"SM\",{index}"], cancellationToken);
        }

        return indices;
    }

    /// <summary>A message routed straight to the terminal: <c>+CMT: ,len</c> and the PDU line, not stored.</summary>
    public async Task DeliverDirectAsync(string sender, string text, CancellationToken cancellationToken = default)
    {
        foreach (var pdu in DeliverPdus(sender, text, null))
        {
            await WriteLinesAsync([$"+CMT: ,{pdu.TpduLength}", pdu.Hex], cancellationToken);
        }
    }

    /// <summary>Puts a raw PDU (good or bad) in a slot, as a broken network or phone might.</summary>
    public int StoreRawPdu(string hex) => _store.Add(hex, hex.Length / 2);

    /// <summary>Writes an unsolicited line now.</summary>
    public Task SendUnsolicitedAsync(string line, CancellationToken cancellationToken = default) =>
        WriteLinesAsync([line], cancellationToken);

    /// <summary>Lines written in the middle of the next response (after its first line), as a URC racing a command.</summary>
    public void InjectIntoNextResponse(params string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            _injections.Enqueue(line);
        }
    }

    private IEnumerable<EncodedPdu> DeliverPdus(string sender, string text, DateTimeOffset? timestamp)
    {
        var time = timestamp ?? _timeProvider.GetUtcNow().ToOffset(Wib);
        time = new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second, time.Offset);
        var parts = SmsSubmitComposer.Compose(SmsAddress.Parse(sender), text, SubmitOptions.Default, Interlocked.Increment(ref _concatenation));
        return parts.Select(part => PduCodec.EncodeDeliver(new SmsDeliver(part.Destination, part.Text, time)
        {
            Coding = part.Coding,
            Header = part.Header,
            ServiceCentre = SmsAddress.Parse(_options.ServiceCentre),
        }));
    }

    private void PowerOn()
    {
        _echo = _options.Family == ModemFamily.Sim800;
        _noiseOn = _options.Family == ModemFamily.Huawei;
        _cmee = 0;
        _busyLeft = _options.SimBusyCommands;
        _pinEntered = _options.Pin is null;
    }

    private async Task AcceptAsync(char c, CancellationToken cancellationToken)
    {
        if (_pendingPduLength >= 0)
        {
            if (c == CtrlZ)
            {
                var pdu = _input.ToString().Trim();
                _input.Clear();
                var length = _pendingPduLength;
                _pendingPduLength = -1;
                await RespondAsync(Submit(length, pdu), cancellationToken);
            }
            else if (c == Esc)
            {
                _input.Clear();
                _pendingPduLength = -1;
                await RespondAsync(new EmulatorReply([], "OK"), cancellationToken);
            }
            else
            {
                _input.Append(c);
            }

            return;
        }

        if (c == '\n')
        {
            return;
        }

        if (c != '\r')
        {
            _input.Append(c);
            return;
        }

        var line = _input.ToString().Trim();
        _input.Clear();
        if (line.Length == 0)
        {
            return;
        }

        _commands.Enqueue(line);
        if (Silent)
        {
            return;
        }

        if (line.StartsWith("AT+CMGS=", StringComparison.OrdinalIgnoreCase))
        {
            if (SimBusy() is { } busy)
            {
                await RespondAsync(busy, cancellationToken);
                return;
            }

            if (!int.TryParse(line[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length is < 7 or > 176)
            {
                await RespondAsync(CmsError(Modem.At.CmsError.InvalidPduModeParameter), cancellationToken);
                return;
            }

            _pendingPduLength = length;
            await WriteRawAsync("\r\n> ", cancellationToken);
            return;
        }

        await RespondAsync(Execute(line), cancellationToken);
    }

    private EmulatorReply Execute(string line)
    {
        var upper = line.ToUpperInvariant();
        if (!upper.StartsWith("AT", StringComparison.Ordinal))
        {
            return new EmulatorReply([], "ERROR");
        }

        var command = upper[2..];
        if (IsSimCommand(command) && SimBusy() is { } busy)
        {
            return busy;
        }

        switch (command)
        {
            case "" or "Z" or "&F":
                return Ok();
            case "E0":
                _echo = false;
                return Ok();
            case "E1":
                _echo = true;
                return Ok();
            case "^CURC=0" when _options.Family == ModemFamily.Huawei:
                _noiseOn = false;
                return Ok();
            case "^CURC=1" when _options.Family == ModemFamily.Huawei:
                _noiseOn = true;
                return Ok();
            case "+CPIN?":
                return new EmulatorReply([_pinEntered ? "+CPIN: READY" : "+CPIN: SIM PIN"], "OK");
            case "+CMGF=0" or "+CMGF=1":
                return Ok();
            case "+CNMI=2,1,0,2,0" or "+CNMI=2,1,0,1,0" or "+CNMI=2,2,0,1,0":
                return Ok();
            case "+CSQ":
                return new EmulatorReply([$"+CSQ: {_options.Rssi},99"], "OK");
            case "+CREG?":
                return new EmulatorReply([$"+CREG: 0,{(int)_options.Registration}"], "OK");
            case "+COPS?":
                return new EmulatorReply([$"+COPS: 0,0,\"{_options.OperatorName}\",2"], "OK");
            case "+CSCA?":
                return new EmulatorReply([$"+CSCA: \"{_options.ServiceCentre}\",145"], "OK");
            case "+CMGL=4":
                return List();
            case "+CFUN=1,1":
                return new EmulatorReply([], "OK", Reboot);
            case "+CFUN?":
                return new EmulatorReply(["+CFUN: 1"], "OK");
        }

        if ((_options.Identity ?? SimulatedIdentity.For(_options.Family)).Answer(command) is { } identity)
        {
            return identity.Count > 0 ? new EmulatorReply(identity, "OK") : CmeError(Modem.At.CmeError.OperationNotSupported);
        }

        if (command.StartsWith("+CMEE=", StringComparison.Ordinal) && int.TryParse(command[6..], CultureInfo.InvariantCulture, out var cmee) && cmee is >= 0 and <= 2)
        {
            _cmee = cmee;
            return Ok();
        }

        if (command.StartsWith("+CPIN=", StringComparison.Ordinal))
        {
            if (_pinEntered)
            {
                return CmeError(Modem.At.CmeError.OperationNotAllowed);
            }

            if (line[8..].Trim('"') != _options.Pin)
            {
                return CmeError(Modem.At.CmeError.IncorrectPassword);
            }

            _pinEntered = true;
            return Ok();
        }

        if (command.StartsWith("+CPMS=", StringComparison.Ordinal))
        {
            var used = _store.Count;
            var total = _store.Capacity;
            return new EmulatorReply([$"+CPMS: {used},{total},{used},{total},{used},{total}"], "OK");
        }

        if (command.StartsWith("+CMGR=", StringComparison.Ordinal) && int.TryParse(command[6..], CultureInfo.InvariantCulture, out var readIndex))
        {
            return _store.TryRead(readIndex, out var slot)
                ? new EmulatorReply([$"+CMGR: {(int)slot.Status},,{slot.TpduLength}", slot.Pdu], "OK")
                : Ok();
        }

        if (command.StartsWith("+CMGD=", StringComparison.Ordinal) && int.TryParse(command[6..].Split(',')[0], CultureInfo.InvariantCulture, out var deleteIndex))
        {
            if (deleteIndex < 0 || deleteIndex > _store.Capacity)
            {
                return CmsError(Modem.At.CmsError.InvalidMemoryIndex);
            }

            _store.Delete(deleteIndex);
            return Ok();
        }

        if (command.StartsWith("+CUSD=1,", StringComparison.Ordinal))
        {
            return Ussd(line[8..]);
        }

        return new EmulatorReply([], "ERROR");
    }

    private EmulatorReply List()
    {
        var lines = new List<string>();
        foreach (var (index, status, pdu, length) in _store.ReadAll())
        {
            lines.Add($"+CMGL: {index},{(int)status},,{length}");
            lines.Add(pdu);
        }

        return new EmulatorReply(lines, "OK");
    }

    /// <summary>The next <paramref name="count"/> AT+CMGS answer <c>+CMS ERROR: code</c>, as a network in trouble does.</summary>
    public void FailNextSends(int count, Modem.At.CmsError code)
    {
        for (var i = 0; i < count; i++)
        {
            _sendFailures.Enqueue(code);
        }
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<Modem.At.CmsError> _sendFailures = new();

    private EmulatorReply Submit(int declaredLength, string hex)
    {
        if (_sendFailures.TryDequeue(out var failure))
        {
            return CmsError(failure);
        }

        SmsSubmit submit;
        try
        {
            submit = PduCodec.DecodeSubmit(hex);
        }
        catch (PduFormatException)
        {
            return CmsError(Modem.At.CmsError.InvalidPduModeParameter);
        }

        var smscOctets = Convert.FromHexString(hex[..2])[0] + 1;
        if ((hex.Length / 2) - smscOctets != declaredLength)
        {
            return CmsError(Modem.At.CmsError.InvalidPduModeParameter);
        }

        _sent.Enqueue(hex);
        var reference = (byte)Interlocked.Increment(ref _messageReference);
        Func<CancellationToken, Task>? after = null;
        if (submit.RequestStatusReport)
        {
            var now = _timeProvider.GetUtcNow().ToOffset(Wib);
            now = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, now.Offset);
            var report = PduCodec.EncodeStatusReport(new SmsStatusReport(reference, submit.Destination, now, now, DeliveryStatus.Delivered)
            {
                ServiceCentre = SmsAddress.Parse(_options.ServiceCentre),
            });
            after = ct => WriteLinesAsync([$"+CDS: {report.TpduLength}", report.Hex], ct);
        }

        return new EmulatorReply([$"+CMGS: {reference}"], "OK", after);
    }

    private EmulatorReply Ussd(string arguments)
    {
        var open = arguments.IndexOf('"', StringComparison.Ordinal);
        var close = arguments.LastIndexOf('"');
        if (open < 0 || close <= open)
        {
            return CmeError(Modem.At.CmeError.OperationNotSupported);
        }

        var request = arguments[(open + 1)..close];
        var code = _options.Family == ModemFamily.Huawei ? UssdCoding.Decode(request, 15) : request;
        var answer = _options.UssdAnswer(code);
        string urc;
        if (_options.Family == ModemFamily.Huawei && Gsm7.Fits(answer))
        {
            urc = $"+CUSD: 0,\"{UssdCoding.EncodePacked(answer)}\",15";
        }
        else if (_options.Family == ModemFamily.Sim800 || !Gsm7.Fits(answer))
        {
            urc = $"+CUSD: 0,\"{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(answer))}\",72";
        }
        else
        {
            urc = $"+CUSD: 0,\"{answer}\",15";
        }

        return new EmulatorReply([], "OK", ct => WriteLinesAsync([urc], ct));
    }

    private async Task Reboot(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _resets);
        PowerOn();
        var lines = _options.Family switch
        {
            ModemFamily.Sim800 => new[] { "RDY", "+CFUN: 1", "+CPIN: READY", "Call Ready", "SMS Ready" },
            ModemFamily.Huawei => ["^BOOT:12345678,0,0,0,75"],
            _ => ["+CPIN: READY"],
        };
        await WriteLinesAsync(lines, cancellationToken);
    }

    private static bool IsSimCommand(string command) =>
        command.StartsWith("+CPIN", StringComparison.Ordinal) || command.StartsWith("+CPMS", StringComparison.Ordinal)
        || command.StartsWith("+CMG", StringComparison.Ordinal) || command.StartsWith("+CNMI", StringComparison.Ordinal)
        || command.StartsWith("+CUSD", StringComparison.Ordinal) || command.StartsWith("+COPS", StringComparison.Ordinal)
        || command is "+CIMI" or "+CCID" or "+QCCID" or "+CICCID" or "^ICCID?" or "+CSCA?";

    private EmulatorReply? SimBusy()
    {
        if (_busyLeft <= 0)
        {
            return null;
        }

        _busyLeft--;
        return CmeError(Modem.At.CmeError.SimBusy);
    }

    private static EmulatorReply Ok() => new([], "OK");

    private EmulatorReply CmeError(CmeError code) => new([], _cmee switch
    {
        0 => "ERROR",
        1 => $"+CME ERROR: {(int)code}",
        _ => $"+CME ERROR: {Verbose(code.ToString())}",
    });

    private EmulatorReply CmsError(CmsError code) => new([], _cmee switch
    {
        0 => "ERROR",
        1 => $"+CMS ERROR: {(int)code}",
        _ => $"+CMS ERROR: {Verbose(code.ToString())}",
    });

    /// <summary>"SimBusy" → "SIM busy", as AT+CMEE=2 prints it.</summary>
    private static string Verbose(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString().Replace("sim ", "SIM ", StringComparison.Ordinal);
    }

    private async Task RespondAsync(EmulatorReply reply, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        foreach (var line in reply.Lines)
        {
            AddNoise(lines);
            lines.Add(line);
            while (_injections.TryDequeue(out var injected))
            {
                lines.Add(injected);
            }
        }

        while (_injections.TryDequeue(out var injected))
        {
            lines.Add(injected);
        }

        AddNoise(lines);
        lines.Add(reply.Final);
        await WriteLinesAsync(lines, cancellationToken);
        if (reply.After is not null)
        {
            await reply.After(cancellationToken);
        }
    }

    private void AddNoise(List<string> lines)
    {
        if (!_noiseOn || _noise.Next(3) != 0)
        {
            return;
        }

        lines.Add(_noise.Next(2) == 0 ? $"^RSSI:{_noise.Next(10, 31)}" : "^BOOT:12345678,0,0,0,75");
    }

    private Task WriteLinesAsync(IEnumerable<string> lines, CancellationToken cancellationToken) =>
        WriteRawAsync(string.Concat(lines.Select(l => "\r\n" + l + "\r\n")), cancellationToken);

    private async Task WriteRawAsync(string text, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await _link.WriteAsync(Encoding.Latin1.GetBytes(text), cancellationToken);
            await _link.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private sealed record EmulatorReply(IReadOnlyList<string> Lines, string Final, Func<CancellationToken, Task>? After = null);
}
