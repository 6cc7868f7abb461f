using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Kiosk.Host.Sync;

/// <summary>
/// Accepts a server certificate only if it chains to the pinned CA (the system trust store is
/// ignored) and matches the host name. Revocation is not checked: the upstream's CA is private
/// and the device is often offline.
/// </summary>
public sealed class PinnedCaValidator
{
    private readonly X509Certificate2Collection _roots;

    public PinnedCaValidator(X509Certificate2Collection roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = roots;
    }

    /// <summary>Reads a PEM file (one or more certificates) or a DER file.</summary>
    /// <exception cref="UpstreamException">The file is unreadable or holds no certificate.</exception>
    public static PinnedCaValidator FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var roots = new X509Certificate2Collection();
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (System.Text.Encoding.ASCII.GetString(bytes).Contains("-----BEGIN", StringComparison.Ordinal))
            {
                roots.ImportFromPemFile(path);
            }
            else
            {
                roots.Add(X509CertificateLoader.LoadCertificate(bytes));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw UpstreamException.CaFileUnreadable(path, ex);
        }

        return roots.Count == 0 ? throw UpstreamException.CaFileEmpty(path) : new PinnedCaValidator(roots);
    }

    /// <summary>The body of a <see cref="RemoteCertificateValidationCallback"/>.</summary>
    public bool Validate(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null
            || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable)
            || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            return false;
        }

        using var pinned = new X509Chain();
        pinned.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        pinned.ChainPolicy.CustomTrustStore.AddRange(_roots);
        pinned.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            // Intermediates the server sent.
            foreach (var element in chain.ChainElements)
            {
                pinned.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        if (certificate is X509Certificate2 leaf)
        {
            return pinned.Build(leaf);
        }

        using var copy = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return pinned.Build(copy);
    }
}
