using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Kiosk.Core.Storage;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Gpio.Clock;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Composition;
using Kiosk.Host.Http;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk doctor [--json]</c>: configuration, data directory, clock, service, store, printer and
/// every other component the running service reports in /healthz; exit 1 on any FAIL.
/// </summary>
public static class DoctorCommand
{
    /// <summary>Where the RTC device node is looked for, when not /dev/rtc0 (tests, a second RTC).</summary>
    public const string RtcDeviceVariable = "KIOSK_RTC_DEVICE";

    private const long LowDiskBytes = 50L * 1024 * 1024;

    public static Command Create(CliSession session)
    {
        var json = new Option<bool>("--json") { Description = session.Texts[CliText.OptJson] };
        var doctor = new Command("doctor", session.Texts[CliText.Doctor]) { json };
        doctor.SetAction(async (parse, ct) =>
        {
            var lines = await CheckAsync(session, ct);
            var failed = await WriteAsync(session, lines, parse.GetValue(json));
            return failed == 0 ? (int)ExitCode.Ok : (int)ExitCode.Failure;
        });
        return doctor;
    }

    /// <summary>The lines (or JSON) and the summary; returns how many failed.</summary>
    public static async Task<int> WriteAsync(CliSession session, IReadOnlyList<DoctorLine> lines, bool json)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(lines);
        var failed = lines.Count(l => l.Verdict == DoctorVerdict.Fail);
        var warned = lines.Count(l => l.Verdict == DoctorVerdict.Warn);
        if (json)
        {
            await session.Output.WriteLineAsync(JsonSerializer.Serialize(new { ok = failed == 0, checks = lines }, ApiJson.Options));
            return failed;
        }

        foreach (var line in lines)
        {
            var (label, colour) = line.Verdict switch
            {
                DoctorVerdict.Pass => ("PASS", ConsoleColor.Green),
                DoctorVerdict.Warn => ("WARN", ConsoleColor.Yellow),
                _ => ("FAIL", ConsoleColor.Red),
            };
            await session.Output.WriteLineAsync($"{session.Paint(label, colour)}  {line.Check,-10} {line.Message}{(line.Hint is null ? "" : $" -> {line.Hint}")}");
        }

        await session.Output.WriteLineAsync((failed, warned) switch
        {
            (0, 0) => session.Texts[CliText.DoctorSummaryOk],
            (0, _) => session.Texts.Format(CliText.DoctorSummaryWarnings, warned),
            _ => session.Texts.Format(CliText.DoctorSummaryFailed, failed),
        });
        return failed;
    }

    public static async Task<IReadOnlyList<DoctorLine>> CheckAsync(CliSession session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var t = session.Texts;
        var lines = new List<DoctorLine>();

        var problems = ConfigurationCheck.Validate(session.Configuration);
        // Unreadable (a kiosk-admin member without sudo): the defaults it was checked against say nothing of the device.
        var configValid = problems.Count == 0 && !session.ConfigNotPermitted;
        if (configValid)
        {
            lines.Add(new("config", DoctorVerdict.Pass, t.Format(CliText.DoctorConfigOk, session.ConfigFile)));
        }

        // One line per problem, every section's: the technician fixes them all in one edit.
        lines.AddRange(problems.Select(p => new DoctorLine("config", DoctorVerdict.Fail, p.ToString(), t.Format(CliText.DoctorConfigHint, session.ConfigFile))));

        lines.AddRange(DoctorDeviceChecks.Provisioned(session));
        lines.Add(CheckDataDirectory(session));
        lines.Add(CheckClock(session));

        var socket = session.SocketPath;
        if (session.ServiceRunning)
        {
            lines.Add(new("service", DoctorVerdict.Pass, t.Format(CliText.DoctorServiceOk, socket)));
            using var admin = session.RequireService();
            var (_, health) = await admin.GetJsonAsync("/healthz", ct);
            lines.AddRange(FromHealth(session, health));
            var sync = health.ValueKind == JsonValueKind.Object && health.TryGetProperty("components", out var c) && c.TryGetProperty("sync", out var s) && s.TryGetProperty("data", out var d) ? d : default;
            lines.Add(DoctorDeviceChecks.Quarantine(session, DoctorDeviceChecks.Long(sync, "quarantined") ?? 0));
            if (configValid && await DoctorDeviceChecks.UpstreamTokenAsync(session, DoctorDeviceChecks.Long(sync, "pending") ?? 0, ct) is { } token)
            {
                lines.Add(token);
            }
        }
        else
        {
            lines.Add(new("service", DoctorVerdict.Fail, t.Format(CliText.DoctorServiceDown, socket), t[CliText.DoctorServiceHint]));
            lines.Add(CheckStoreDirectly(session));
            var counts = DoctorDeviceChecks.StoredCounts(session);
            if (counts is { } stored)
            {
                lines.Add(DoctorDeviceChecks.Quarantine(session, stored.Quarantined));
            }

            if (configValid)
            {
                lines.Add(await CheckPrinterDirectlyAsync(session, ct));
                if (await DoctorDeviceChecks.UpstreamTokenAsync(session, counts?.Pending ?? 0, ct) is { } token)
                {
                    lines.Add(token);
                }
            }
        }

        return lines;
    }

    /// <summary>Each component of /healthz as a line: ok and disabled pass, degraded warns, failed fails.</summary>
    private static IEnumerable<DoctorLine> FromHealth(CliSession session, JsonElement health)
    {
        if (health.ValueKind != JsonValueKind.Object || !health.TryGetProperty("components", out var components))
        {
            yield return new("healthz", DoctorVerdict.Fail, "the service gave no health report", session.Texts[CliText.DoctorComponentHint]);
            yield break;
        }

        foreach (var component in components.EnumerateObject())
        {
            var state = component.Value.TryGetProperty("state", out var s) ? s.GetString() ?? "" : "";
            var detail = component.Value.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var data = component.Value.TryGetProperty("data", out var values) && values.ValueKind == JsonValueKind.Object
                ? string.Join(", ", values.EnumerateObject().Where(p => p.Value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Object and not JsonValueKind.Array).Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText())}"))
                : "";
            var message = string.Join(" ", new[] { state, detail, data.Length == 0 ? null : $"({data})" }.Where(x => !string.IsNullOrEmpty(x)));
            var hint = component.Name switch
            {
                "printer" => session.Texts[CliText.DoctorPrinterHint],
                "store" => session.Texts[CliText.DoctorStoreHint],
                _ => session.Texts[CliText.DoctorComponentHint],
            };
            // A device that cannot do its job (an unplugged modem) is a FAIL for the technician even
            // though the service stays up and healthy for systemd: the component says so in its data.
            var deviceDown = values.ValueKind == JsonValueKind.Object && values.TryGetProperty("doctor", out var verdict) && verdict.ValueKind == JsonValueKind.String && verdict.GetString() == "fail";
            if (component.Name == "printer" && state != "disabled" && !deviceDown)
            {
                yield return DoctorDeviceChecks.Printer(session, message, values);
                continue;
            }

            if (component.Name == "modem" && DoctorDeviceChecks.ModemNetwork(session, values) is { } network)
            {
                yield return network;
            }

            yield return state switch
            {
                _ when deviceDown => new(component.Name, DoctorVerdict.Fail, message, hint),
                "ok" or "disabled" => new(component.Name, DoctorVerdict.Pass, message),
                "degraded" => new(component.Name, DoctorVerdict.Warn, message, hint),
                _ => new(component.Name, DoctorVerdict.Fail, message, hint),
            };
        }
    }

    private static DoctorLine CheckDataDirectory(CliSession session)
    {
        var t = session.Texts;
        var directory = session.DataDirectory;
        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".doctor-{Environment.ProcessId}");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new("data", DoctorVerdict.Fail, t.Format(CliText.DoctorDataNotWritable, directory, e.Message), t.Format(CliText.DoctorDataHint, directory));
        }

        var free = new DriveInfo(directory).AvailableFreeSpace;
        var megabytes = (free / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
        return free < LowDiskBytes
            ? new("data", DoctorVerdict.Warn, t.Format(CliText.DoctorDiskLow, directory, megabytes), t[CliText.DoctorDiskHint])
            : new("data", DoctorVerdict.Pass, t.Format(CliText.DoctorDataOk, directory, megabytes));
    }

    private static DoctorLine CheckClock(CliSession session)
    {
        var rtcExpected = string.Equals(session.Configuration["Kiosk:Gpio:Rtc:Expected"], "true", StringComparison.OrdinalIgnoreCase);
        var device = session.Environment.GetValueOrDefault(RtcDeviceVariable) is { Length: > 0 } path ? path : ClockCheck.DefaultRtcDevice;
        var result = ClockCheck.Evaluate(TimeProvider.System.GetUtcNow(), BuildDate, rtcExpected, device);
        return new("clock", result.IsPlausible ? DoctorVerdict.Pass : DoctorVerdict.Fail, result.Message, result.FixHint);
    }

    /// <summary>When this kiosk was built: the clock cannot be right if it reads earlier.</summary>
    internal static DateTimeOffset BuildDate =>
        new(File.GetLastWriteTimeUtc(typeof(DoctorCommand).Assembly.Location), TimeSpan.Zero);

    private static DoctorLine CheckStoreDirectly(CliSession session)
    {
        var t = session.Texts;
        var file = Path.Combine(session.DataDirectory, LiteKioskDatabase.FileName);
        if (!File.Exists(file))
        {
            return new("store", DoctorVerdict.Warn, t.Format(CliText.DoctorStoreMissing, file));
        }

        try
        {
            using var db = LiteKioskDatabase.OpenReadOnly(file);
            return new("store", DoctorVerdict.Pass, t.Format(CliText.DoctorStoreOk, file, db.CollectionSizes().Count));
        }
        catch (StorageException e)
        {
            return new("store", DoctorVerdict.Fail, t.Format(CliText.DoctorStoreFailed, e.Message), t[CliText.DoctorStoreHint]);
        }
    }

    private static async Task<DoctorLine> CheckPrinterDirectlyAsync(CliSession session, CancellationToken ct)
    {
        var t = session.Texts;
        var options = ConfigurationCheck.Printer(session.Configuration);
        var transport = options.Transport.ToString().ToLowerInvariant();
        try
        {
            var status = await PrinterCommand.Direct(session).ReadStatusAsync(ct);
            var condition = status.Condition.ToString().ToLowerInvariant();
            return status switch
            {
                { Condition: Core.Printing.PrinterCondition.PaperOut } => new("printer", DoctorVerdict.Fail, t.Format(CliText.DoctorPrinterProblem, transport, condition), t[CliText.DoctorPaperOutHint]),
                { CanPrint: false } => new("printer", DoctorVerdict.Fail, t.Format(CliText.DoctorPrinterProblem, transport, condition), t[CliText.DoctorPrinterHint]),
                { PaperNearEnd: true } => new("printer", DoctorVerdict.Warn, t.Format(CliText.DoctorPaperNearEnd, t.Format(CliText.DoctorPrinterOk, transport, condition)), t[CliText.DoctorPaperOutHint]),
                _ => new("printer", DoctorVerdict.Pass, t.Format(CliText.DoctorPrinterOk, transport, condition)),
            };
        }
        catch (PrinterException e)
        {
            return new("printer", DoctorVerdict.Fail, t.Format(CliText.DoctorPrinterProblem, transport, e.Message), t[CliText.DoctorPrinterHint]);
        }
    }
}
