using System.Net.Sockets;

namespace Kiosk.Hardware.Printer.Transports;

/// <summary>A network printer on raw TCP (port 9100); two-way.</summary>
public sealed class TcpPrinterTransport : IPrinterTransport
{
    private readonly string _host;
    private readonly int _port;
    private readonly TimeSpan _connectTimeout;
    private readonly TimeProvider _timeProvider;

    public TcpPrinterTransport(string host, int port, TimeSpan connectTimeout, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(connectTimeout, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _host = host;
        _port = port;
        _connectTimeout = connectTimeout;
        _timeProvider = timeProvider;
    }

    public string Description => $"tcp {_host}:{_port}";

    public async Task<PrinterLink> OpenAsync(string jobId, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        using var timeout = new CancellationTokenSource(_connectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await client.ConnectAsync(_host, _port, linked.Token);
            return new PrinterLink(client.GetStream(), isTwoWay: true, owner: client);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw PrinterException.ConnectTimeout(_host, _port, _connectTimeout);
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionRefused)
        {
            client.Dispose();
            throw PrinterException.ConnectionRefused(_host, _port, ex);
        }
        catch (SocketException ex)
        {
            client.Dispose();
            throw PrinterException.LinkFailed($"connecting to {_host}:{_port}", ex);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }
}
