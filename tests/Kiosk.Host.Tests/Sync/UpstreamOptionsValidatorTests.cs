using Kiosk.Core.Sync;
using Kiosk.Host.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Tests.Sync;

public class UpstreamOptionsValidatorTests
{
    private const string Token = "s3cret-token-ABCDEFGH";

    private static UpstreamOptions Valid() => new() { Url = "https://sync.sragenkab.go.id", DeviceId = "kec-sine-01", Token = Token };

    private static ValidateOptionsResult Validate(UpstreamOptions options) => new UpstreamOptionsValidator().Validate(null, options);

    [Fact]
    public void No_url_means_sync_is_disabled_which_is_valid()
    {
        var options = new UpstreamOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.False(options.IsEnabled);
    }

    [Theory]
    [InlineData("https://sync.sragenkab.go.id")]
    [InlineData("https://sync.sragenkab.go.id/kiosk/")]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    public void A_well_formed_configuration_is_valid(string url)
    {
        var options = Valid();
        options.Url = url;

        Assert.True(Validate(options).Succeeded, Validate(options).FailureMessage);
    }

    [Theory]
    [InlineData("sync.sragenkab.go.id", "Kiosk:Upstream:Url: must be an absolute http:// or https:// URL")]
    [InlineData("/api", "Kiosk:Upstream:Url: must be an absolute http:// or https:// URL")]
    [InlineData("ftp://sync.sragenkab.go.id", "Kiosk:Upstream:Url: must be an absolute http:// or https:// URL")]
    [InlineData("http://sync.sragenkab.go.id", "Kiosk:Upstream:Url: must use https unless the host is loopback")]
    [InlineData("http://10.0.0.5:8080", "Kiosk:Upstream:Url: must use https unless the host is loopback")]
    [InlineData("https://user:pw@sync.sragenkab.go.id", "Kiosk:Upstream:Url: must not carry a user name or password")]
    [InlineData("https://sync.sragenkab.go.id/?x=1", "Kiosk:Upstream:Url: must not have a query or fragment")]
    public void A_bad_url_is_refused_naming_the_key_and_reason(string url, string message)
    {
        var options = Valid();
        options.Url = url;

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Kiosk:Upstream:DeviceId: is required when Kiosk:Upstream:Url is set")]
    [InlineData(" ", "Kiosk:Upstream:DeviceId: is required when Kiosk:Upstream:Url is set")]
    [InlineData("kec sine/01", "Kiosk:Upstream:DeviceId: may only hold")]
    public void A_missing_or_bad_device_id_is_refused(string? deviceId, string message)
    {
        var options = Valid();
        options.DeviceId = deviceId;

        Assert.Contains(message, Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Kiosk:Upstream:Token: is required when Kiosk:Upstream:Url is set")]
    [InlineData("s3cret token", "Kiosk:Upstream:Token: must be printable ASCII without spaces")]
    [InlineData("s3cret\ntoken", "Kiosk:Upstream:Token: must be printable ASCII without spaces")]
    public void A_missing_or_bad_token_is_refused_without_echoing_it(string? token, string message)
    {
        var options = Valid();
        options.Token = token;

        var failure = Validate(options).FailureMessage;

        Assert.Contains(message, failure, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_numbers_and_a_missing_ca_file_are_each_named()
    {
        var options = Valid();
        options.BatchSize = 501;
        options.PullInterval = TimeSpan.FromSeconds(1);
        options.Timeout = TimeSpan.Zero;
        options.CaFile = "/nonexistent/upstream-ca.pem";

        var failures = Validate(options).Failures!.ToList();

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Kiosk:Upstream:BatchSize: must be from 1 to 500, got 501", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Kiosk:Upstream:PullInterval: must be from 00:00:05", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Kiosk:Upstream:Timeout: must be more than 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Kiosk:Upstream:CaFile: '/nonexistent/upstream-ca.pem' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public void Batch_size_zero_is_refused()
    {
        var options = Valid();
        options.BatchSize = 0;

        Assert.Contains("Kiosk:Upstream:BatchSize: must be from 1 to 500, got 0", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_wiring_binds_the_section_and_refuses_a_bad_value_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kiosk:Upstream:Url"] = "http://sync.sragenkab.go.id",
            ["Kiosk:Upstream:DeviceId"] = "kec-sine-01",
            ["Kiosk:Upstream:Token"] = Token,
            ["Kiosk:Upstream:BatchSize"] = "50",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddUpstreamClient(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<UpstreamOptions>>().Value);

        Assert.Contains("Kiosk:Upstream:Url: must use https", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_wiring_gives_a_client_with_the_bound_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kiosk:Upstream:Url"] = "https://sync.sragenkab.go.id",
            ["Kiosk:Upstream:DeviceId"] = "kec-sine-01",
            ["Kiosk:Upstream:Token"] = Token,
            ["Kiosk:Upstream:BatchSize"] = "50",
            ["Kiosk:Upstream:PullInterval"] = "00:02:00",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddUpstreamClient(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<UpstreamOptions>>().Value;

        Assert.Equal((50, TimeSpan.FromMinutes(2)), (options.BatchSize, options.PullInterval));
        Assert.IsType<HttpUpstreamClient>(provider.GetRequiredService<IUpstreamClient>());
    }

    [Theory]
    [InlineData(null, "(none)")]
    [InlineData("short", "**** (5 chars)")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "****wxyz (26 chars)")]
    public void A_token_is_masked_to_its_last_four_characters_and_length(string? token, string masked) =>
        Assert.Equal(masked, TokenMask.Mask(token));
}
