namespace Kiosk.Host.Sync;

/// <summary>Builds the primary handler for the upstream's <see cref="HttpClient"/>.</summary>
public static class UpstreamHttpHandler
{
    /// <summary>
    /// A <see cref="SocketsHttpHandler"/> that recycles connections (the modem's IP changes), with
    /// the pinned CA of <see cref="UpstreamOptions.CaFile"/> when set.
    /// </summary>
    /// <exception cref="UpstreamException">The CA file cannot be read.</exception>
    public static SocketsHttpHandler Create(UpstreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        if (!string.IsNullOrWhiteSpace(options.CaFile))
        {
            var pinned = PinnedCaValidator.FromFile(options.CaFile);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => pinned.Validate(certificate, chain, errors);
        }

        return handler;
    }
}
