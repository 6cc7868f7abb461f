using System.Net;
using System.Net.Sockets;

namespace Kiosk.Testing;

/// <summary>A loopback port free a moment ago, for listeners that need a fixed port (the staff listener is told apart by its port).</summary>
public static class FreeTcpPort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
