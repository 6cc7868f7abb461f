using System.Diagnostics;
using System.Net;

namespace Kiosk.Testing;

/// <summary>The kiosk as its own OS process (`dotnet kiosk.dll`), for what only a real process shows: exit codes, kill -9.</summary>
public sealed class KioskProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private KioskProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static KioskProcess Start(string dataDirectory, params string[] settings)
    {
        var port = FreeTcpPort.Next();
        // The staff listener's default port (8081) would be shared by every test's process.
        string[] staff = settings.Any(s => s.Contains("Kiosk:Staff:Urls", StringComparison.Ordinal)) ? [] : [$"--Kiosk:Staff:Urls=http://127.0.0.1:{FreeTcpPort.Next()}"];
        var kioskDll = Path.Combine(AppContext.BaseDirectory, "kiosk.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[kioskDll, "--urls", $"http://127.0.0.1:{port}", $"--Kiosk:DataDirectory={dataDirectory}", .. staff, .. settings])
        {
            info.ArgumentList.Add(arg);
        }

        return new KioskProcess(Process.Start(info)!, port);
    }

    /// <summary>Waits until /healthz answers 200, or fails with what the process printed.</summary>
    public async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"kiosk exited with {_process.ExitCode} before it was ready:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        Assert.Fail($"kiosk was not ready within 60 s:\n{Output}");
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs, as with a power cut of the process.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
