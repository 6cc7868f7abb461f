using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kiosk.Host.Sync;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// <c>kiosk provision</c>: merges flags (or <c>--from FILE</c>, or answers to prompts) into the
/// device's kiosk.json, checks the result with the service's own validators, and writes it
/// atomically with mode 0640. A bad value exits 78 naming the key; the token is never printed.
/// </summary>
public static class ProvisionCommand
{
    public static Command Create(CliSession session)
    {
        var t = session.Texts;
        Option<string> Text(string name, CliText help) => new(name) { Description = t[help] };
        Option<string[]> Many(string name, CliText help) => new(name) { Description = t[help], AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore };

        var configFile = Text("--config-file", CliText.OptConfigFile);
        var from = new Option<FileInfo>("--from") { Description = t[CliText.OptFrom] };
        var siteCode = Text("--site-code", CliText.OptSiteCode);
        var officeName = Text("--office-name", CliText.OptOfficeName);
        var timezone = Text("--timezone", CliText.OptTimezone);
        var villages = Many("--village", CliText.OptVillage);
        var services = Many("--service", CliText.OptService);
        var categories = Many("--category", CliText.OptCategory);
        var smsNumber = Text("--sms-number", CliText.OptSmsNumber);
        var printerTransport = Text("--printer-transport", CliText.OptPrinterTransport);
        var printerDevice = Text("--printer-device", CliText.OptPrinterDevice);
        var printerHost = Text("--printer-host", CliText.OptPrinterHost);
        var paperWidth = Text("--paper-width", CliText.OptPaperWidth);
        var modemPort = Text("--modem-port", CliText.OptModemPort);
        var upstreamUrl = Text("--upstream-url", CliText.OptUpstreamUrl);
        var deviceId = Text("--device-id", CliText.OptDeviceId);
        var token = Text("--token", CliText.OptToken);
        var dataDir = Text("--data-dir", CliText.OptDataDir);
        var noRestart = new Option<bool>("--no-restart") { Description = t[CliText.OptNoRestart] };
        var staffLan = new Option<bool>("--staff-lan") { Description = "Open the staff listener (counters, display) on the office LAN: Kiosk:Staff:Urls = " + Counters.StaffOptions.LanUrls };

        var provision = new Command("provision", t[CliText.Provision])
        {
            configFile, from, siteCode, officeName, timezone, villages, services, categories, smsNumber,
            printerTransport, printerDevice, printerHost, paperWidth, modemPort, upstreamUrl, deviceId, token, dataDir, noRestart, staffLan,
        };
        provision.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(configFile) is { } explicitPath ? Path.GetFullPath(explicitPath) : session.ConfigFile;
            var previous = File.Exists(target) ? await File.ReadAllBytesAsync(target, ct) : null;
            var root = Load(target);
            if (parse.GetValue(from) is { } fromFile)
            {
                Merge(root, Load(fromFile.FullName, mustExist: true));
            }

            // What this run's flags (or --from) set: the interview does not ask for it again.
            var given = new HashSet<string>(StringComparer.Ordinal);
            void Set(string key, string? value)
            {
                if (value is not null)
                {
                    SetPath(root, key, JsonValue.Create(value));
                    given.Add(key);
                    given.Add(string.Join(':', key.Split(':')[..2]));
                }
            }

            Set("Kiosk:Office:SiteCode", parse.GetValue(siteCode));
            Set("Kiosk:Office:Name", parse.GetValue(officeName));
            Set("Kiosk:Office:TimeZone", parse.GetValue(timezone));
            Set("Kiosk:Office:SmsNumber", parse.GetValue(smsNumber));
            Set("Kiosk:Staff:Urls", parse.GetValue(staffLan) ? Counters.StaffOptions.LanUrls : null);
            if (parse.GetValue(villages) is { Length: > 0 } v)
            {
                SetPath(root, "Kiosk:Office:Villages", new JsonArray([.. v.Select(x => JsonValue.Create(x.Trim()))]));
                given.Add("Kiosk:Office:Villages");
            }

            if (parse.GetValue(services) is { Length: > 0 } s)
            {
                SetPath(root, "Kiosk:Office:Services", new JsonArray([.. s.Select(ParseService)]));
            }

            if (parse.GetValue(categories) is { Length: > 0 } c)
            {
                SetPath(root, "Kiosk:Office:Categories", new JsonArray([.. c.Select(ParseCategory)]));
            }

            Set("Kiosk:Printer:Transport", parse.GetValue(printerTransport));
            Set("Kiosk:Printer:Device", parse.GetValue(printerDevice));
            Set("Kiosk:Printer:Host", parse.GetValue(printerHost));
            Set("Kiosk:Printer:PaperWidth", parse.GetValue(paperWidth) switch
            {
                "58" or "58mm" => "Mm58",
                "80" or "80mm" => "Mm80",
                var other => other,
            });
            if (parse.GetValue(modemPort) is { } port)
            {
                // A device path means a real modem on that port; "none" turns SMS off.
                var none = string.Equals(port, "none", StringComparison.OrdinalIgnoreCase);
                Set("Kiosk:Modem:Transport", none ? "none" : "serial");
                Set("Kiosk:Modem:Device", none ? null : port);
            }
            Set($"{ConfigurationCheck.UpstreamSection}:Url", parse.GetValue(upstreamUrl));
            Set($"{ConfigurationCheck.UpstreamSection}:DeviceId", parse.GetValue(deviceId));
            Set($"{ConfigurationCheck.UpstreamSection}:Token", parse.GetValue(token));
            Set("Kiosk:DataDirectory", parse.GetValue(dataDir));
            if (GetPath(root, "Kiosk:Admin:Socket") is null && target == KioskConfigFile.DefaultPath)
            {
                Set("Kiosk:Admin:Socket", AdminOptions.DeviceSocket);
            }

            if (session.Interactive && parse.GetValue(from) is null)
            {
                await ProvisionInterview.AskAsync(session, root, given, ct);
            }

            WriteChecked(session, root, target);
            // Only the file the service reads is applied: a file written elsewhere (--config-file) is for later.
            var apply = !parse.GetValue(noRestart) && target == session.ConfigFile;
            await session.Output.WriteLineAsync(session.Texts.Format(apply ? CliText.ConfigWrittenApplying : CliText.ConfigWritten, target));
            var savedToken = GetPath(root, $"{ConfigurationCheck.UpstreamSection}:Token")?.GetValue<string>();
            if (savedToken is not null)
            {
                await session.Output.WriteLineAsync($"  {ConfigurationCheck.UpstreamSection}:Token = {TokenMask.Mask(savedToken)}");
            }

            return apply ? await ApplyAsync(session, target, previous, ct) : (int)ExitCode.Ok;
        });
        return provision;
    }

    /// <summary>
    /// Restarts the service on the new file and waits for it to be healthy, then runs doctor; when it
    /// does not come up, puts the previous file back (or removes the new one), restarts on that and exits 1.
    /// </summary>
    private static async Task<int> ApplyAsync(CliSession session, string target, byte[]? previous, CancellationToken ct)
    {
        var t = session.Texts;
        var environment = session.Environment.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        environment[KioskConfigFile.PathVariable] = target;
        var applied = new CliSession(session.Output, session.Error, environment, session.Input, session.Interactive);
        var restart = new ServiceRestart(session.Environment);
        await session.Output.WriteLineAsync(t.Format(CliText.Restarting, restart.Command));
        var problem = await restart.RestartAsync(applied.SocketPath, ct);
        if (problem is null)
        {
            await session.Output.WriteLineAsync(t[CliText.ServiceCameUp]);
            var failed = await DoctorCommand.WriteAsync(applied, await DoctorCommand.CheckAsync(applied, ct), json: false);
            return failed == 0 ? (int)ExitCode.Ok : (int)ExitCode.Failure;
        }

        if (previous is null)
        {
            File.Delete(target);
        }
        else
        {
            var temp = $"{target}.{Environment.ProcessId}.rollback";
            await File.WriteAllBytesAsync(temp, previous, ct);
            ServiceAccount.FromEnvironment(session.Environment).GiveGroupRead(temp);
            File.Move(temp, target, overwrite: true);
        }

        var again = await restart.RestartAsync(session.SocketPath, ct);
        throw CliException.Failed(t.Format(CliText.RolledBack, problem, target, again is null ? t[CliText.ServiceCameUp] : again));
    }

    /// <summary>Temp file beside the target, checked by the validators, fsynced, renamed over it, mode 0640.</summary>
    private static void WriteChecked(CliSession session, JsonObject root, string target)
    {
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        // No leading dot: the JSON configuration provider ignores dot files, so it could not be checked.
        var temp = Path.Combine(directory, $"{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // 0640 from creation on: the token is never readable by others, not even for a moment.
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
            }

            using (var stream = new FileStream(temp, create))
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    root.WriteTo(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            var problems = ConfigurationCheck.Validate(session.BuildConfiguration(temp));
            if (problems.Count > 0)
            {
                throw CliException.Configuration(session.Texts[CliText.ConfigInvalid] + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => $"  {p.Key}: {p.Reason}")));
            }

            // root:kiosk 0640 under sudo: the service (User=kiosk) reads it, other users do not.
            ServiceAccount.FromEnvironment(session.Environment).GiveGroupRead(temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static JsonObject Load(string path, bool mustExist = false)
    {
        switch (ReadableFile.Of(path))
        {
            case ReadableFileState.NotPermitted:
                throw new CliException(ExitCode.NoPermission, $"this user may not read {path}: run it with sudo.");
            case ReadableFileState.Missing or ReadableFileState.Folder:
                return mustExist ? throw CliException.Usage($"{path} does not exist.") : [];
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw CliException.Configuration($"{path}: the top level must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw CliException.Configuration($"{path}: not valid JSON: {e.Message}");
        }
    }

    /// <summary>Objects merge key by key; anything else (a value, a list) replaces.</summary>
    private static void Merge(JsonObject into, JsonObject from)
    {
        foreach (var (key, value) in from.ToList())
        {
            if (value is JsonObject child && into[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                into[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>Sets a <c>Section:Key</c> path, creating the objects on the way; null removes the key.</summary>
    internal static void SetPath(JsonObject root, string key, JsonNode? value)
    {
        var parts = key.Split(':');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject next)
            {
                next = [];
                node[part] = next;
            }

            node = next;
        }

        if (value is null)
        {
            node.Remove(parts[^1]);
        }
        else
        {
            node[parts[^1]] = value;
        }
    }

    internal static JsonNode? GetPath(JsonObject root, string key)
    {
        JsonNode? node = root;
        foreach (var part in key.Split(':'))
        {
            node = node is JsonObject o ? o[part] : null;
        }

        return node;
    }

    /// <summary><c>A=Pengaduan &amp; Informasi=Complaints &amp; Information=8</c> (minutes optional).</summary>
    private static JsonObject ParseService(string text)
    {
        var parts = text.Split('=');
        if (parts.Length is < 3 or > 4 || (parts.Length == 4 && !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw CliException.Usage($"--service '{text}': expected CODE=Name=English name=minutes, e.g. \"A=Pengaduan & Informasi=Complaints & Information=8\".");
        }

        return new JsonObject
        {
            ["Code"] = parts[0].Trim(),
            ["Name"] = parts[1].Trim(),
            ["NameEn"] = parts[2].Trim(),
            ["DefaultMinutes"] = parts.Length == 4 ? int.Parse(parts[3], CultureInfo.InvariantCulture) : 10,
        };
    }

    /// <summary><c>bansos=Bantuan sosial=Social assistance</c>.</summary>
    private static JsonObject ParseCategory(string text)
    {
        var parts = text.Split('=');
        return parts.Length != 3
            ? throw CliException.Usage($"--category '{text}': expected code=Name=English name, e.g. \"bansos=Bantuan sosial=Social assistance\".")
            : new JsonObject { ["Code"] = parts[0].Trim(), ["Name"] = parts[1].Trim(), ["NameEn"] = parts[2].Trim() };
    }
}
