using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kiosk.Testing;

/// <summary>
/// python3-gammu as the reference PDU encoder/decoder. The Debian module lives in the system
/// interpreter (/usr/bin/python3), which a pyenv or venv python3 on PATH may hide, so that one is tried first.
/// </summary>
public static class GammuReference
{
    private const string Script = """
        import sys, json, binascii, datetime
        try:
            import gammu
        except ImportError:
            print("NO_GAMMU"); sys.exit(3)
        req = json.loads(sys.stdin.read())
        def clean(m):
            out = {k: m.get(k) for k in ('Type', 'Number', 'Coding', 'Class', 'MessageReference', 'DeliveryStatus', 'RejectDuplicates')}
            # gammu 1.42 bug: for GSM-7 with extension characters it returns UDL (septet count) characters,
            # so the text is followed by NULs or uninitialised memory; '@' decodes as '@', so cut at the first NUL
            out['Text'] = (m.get('Text') or '').split('\x00')[0]
            out['SMSC'] = m['SMSC'].get('Number', '')
            out['UDH'] = {k: m['UDH'][k] for k in ('Type', 'ID8bit', 'ID16bit', 'PartNumber', 'AllParts')}
            for k in ('DateTime', 'SMSCDateTime'):
                v = m.get(k)
                out[k] = v.strftime('%Y-%m-%dT%H:%M:%S') if v else None
            return out
        if req['op'] == 'decode':
            res = clean(gammu.DecodePDU(binascii.unhexlify(req['hex']), req.get('smsc', True)))
        else:
            msgs = gammu.EncodeSMS({'Class': req.get('class', -1), 'Unicode': req['unicode'],
                                    'Entries': [{'ID': 'ConcatenatedTextLong', 'Buffer': req['text']}]})
            res = []
            for m in msgs:
                m['SMSC'] = {'Number': req['smsc'], 'Location': 0, 'Validity': 'NA'}
                m['Number'] = req['number']
                m['Type'] = req['layout']
                if 'time' in req:
                    m['DateTime'] = datetime.datetime.fromisoformat(req['time'])
                res.append(binascii.hexlify(gammu.EncodePDU(m, req['layout'])).decode().upper())
        print(json.dumps(res))
        """;

    public static JsonObject Decode(string hex, bool hasServiceCentre = true) =>
        Run(new JsonObject { ["op"] = "decode", ["hex"] = hex, ["smsc"] = hasServiceCentre }).AsObject();

    /// <summary>gammu's SMS-SUBMIT (or SMS-DELIVER) PDUs for a text, split by gammu itself.</summary>
    public static IReadOnlyList<string> Encode(string layout, string number, string text, bool unicode, string smsc, DateTime? time = null)
    {
        var request = new JsonObject
        {
            ["op"] = "encode", ["layout"] = layout, ["number"] = number, ["text"] = text, ["unicode"] = unicode, ["smsc"] = smsc,
        };
        if (time is { } t)
        {
            request["time"] = t.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        }

        return [.. Run(request).AsArray().Select(n => n!.GetValue<string>())];
    }

    private static JsonNode Run(JsonObject request)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python, ["-c", Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(request.ToJsonString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (output.StartsWith("NO_GAMMU", StringComparison.Ordinal))
        {
            Assert.Fail("python3-gammu not found: apt-get install -y python3-gammu");
        }

        Assert.True(process.ExitCode == 0, $"gammu failed: {error}");
        return JsonNode.Parse(output) ?? throw new JsonException("empty output from gammu");
    }
}
