using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kiosk.Core.Sync;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Tests.Sync;

/// <summary>Real TLS: the reference upstream on Kestrel with a certificate from a private CA.</summary>
public sealed class PinnedCaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kiosk-ca-").FullName;

    [Fact]
    public async Task A_server_certificate_from_the_pinned_ca_is_trusted()
    {
        var ca = WriteCa("ca");
        await using var upstream = await StartTlsAsync(ca, "127.0.0.1");

        var outcome = await upstream.Client(caFile: ca.PemPath).PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Answers.Is<PushAnswer.Delivered>(outcome);
        Assert.Equal("https", upstream.BaseUri.Scheme);
    }

    [Fact]
    public async Task A_pinned_ca_in_der_form_is_read_too()
    {
        var ca = WriteCa("ca");
        await using var upstream = await StartTlsAsync(ca, "127.0.0.1");

        var outcome = await upstream.Client(caFile: ca.DerPath).PullAsync(null, 10, CancellationToken.None);

        Answers.Is<PullAnswer.Page>(outcome);
    }

    [Fact]
    public async Task Without_the_pinned_ca_the_private_certificate_is_a_network_failure()
    {
        var ca = WriteCa("ca");
        await using var upstream = await StartTlsAsync(ca, "127.0.0.1");

        var outcome = await upstream.Client().PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Assert.Equal(RetryReason.Network, Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(outcome).Reason);
        Assert.Empty(await upstream.StoredEventsAsync());
    }

    [Fact]
    public async Task A_different_pinned_ca_is_refused()
    {
        var ca = WriteCa("ca");
        var other = WriteCa("other");
        await using var upstream = await StartTlsAsync(ca, "127.0.0.1");

        var outcome = await upstream.Client(caFile: other.PemPath).PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Assert.Equal(RetryReason.Network, Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(outcome).Reason);
    }

    [Fact]
    public async Task A_certificate_from_the_pinned_ca_for_another_host_name_is_refused()
    {
        var ca = WriteCa("ca");
        await using var upstream = await StartTlsAsync(ca, "10.9.9.9");

        var outcome = await upstream.Client(caFile: ca.PemPath).PushAsync([Events.Ticket("t-1")], CancellationToken.None);

        Assert.Equal(RetryReason.Network, Assert.IsType<UpstreamOutcome<PushAnswer>.RetryLater>(outcome).Reason);
    }

    [Fact]
    public void A_ca_file_without_a_certificate_is_refused_naming_the_key()
    {
        var path = Path.Combine(_dir, "garbage.pem");
        File.WriteAllText(path, "not a certificate");

        var ex = Assert.Throws<UpstreamException>(() => UpstreamHttpHandler.Create(new UpstreamOptions { CaFile = path }));

        Assert.StartsWith($"Kiosk:Upstream:CaFile '{path}'", ex.Message, StringComparison.Ordinal);
    }

    private async Task<ReferenceUpstream> StartTlsAsync(TestCa ca, string ip)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=upstream", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Parse(ip));
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        var now = DateTimeOffset.UtcNow;
        using var leaf = request.Create(ca.Certificate, now.AddMinutes(-5), now.AddDays(1), [1, 2, 3, 4]);
        var certPath = Path.Combine(_dir, "leaf.pem");
        var keyPath = Path.Combine(_dir, "leaf.key");
        await File.WriteAllTextAsync(certPath, leaf.ExportCertificatePem());
        await File.WriteAllTextAsync(keyPath, key.ExportPkcs8PrivateKeyPem());

        return await ReferenceUpstream.StartAsync(
            "--token", ReferenceUpstream.Token,
            "--urls", "https://127.0.0.1:0",
            $"--Kestrel:Certificates:Default:Path={certPath}",
            $"--Kestrel:Certificates:Default:KeyPath={keyPath}");
    }

    private TestCa WriteCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN=Kiosk test CA {name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        var pem = Path.Combine(_dir, $"{name}.pem");
        var der = Path.Combine(_dir, $"{name}.der");
        File.WriteAllText(pem, certificate.ExportCertificatePem());
        File.WriteAllBytes(der, certificate.Export(X509ContentType.Cert));
        return new TestCa(certificate, pem, der);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed record TestCa(X509Certificate2 Certificate, string PemPath, string DerPath);
}
