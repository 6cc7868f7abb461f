using Kiosk.Core.Counters;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Counters;

public class CounterRegistryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_pairing_code_is_exchanged_once_for_a_token_that_authenticates_the_counter()
    {
        using var db = LiteKioskDatabase.InMemory();
        var registry = Registry(db);
        var added = registry.Add("Loket 1", StaffDeviceKind.Counter, ["a", "B"], issueToken: false);

        Assert.Equal(("loket-1", "Loket 1"), (added.Counter.Id, added.Counter.Name));
        Assert.Equal(["A", "B"], added.Counter.Services);
        Assert.Matches("^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$", added.PairingCode);
        Assert.Null(registry.Authenticate(added.PairingCode));

        var (paired, token) = registry.Pair(added.PairingCode!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));

        Assert.Equal("loket-1", paired.Id);
        Assert.Equal("loket-1", registry.Authenticate(token)!.Id);
        Assert.Throws<DomainValidationException>(() => registry.Pair(added.PairingCode));
    }

    [Fact]
    public void Only_hashes_of_the_secrets_are_stored()
    {
        using var db = LiteKioskDatabase.InMemory();
        var registry = Registry(db);
        var added = registry.Add("Loket 1", StaffDeviceKind.Counter, ["A"], issueToken: true);

        var stored = new LiteCounterStore(db).Find("loket-1")!;

        Assert.Equal(StaffSecrets.Hash(added.Token!), stored.TokenHash);
        Assert.DoesNotContain(added.Token!, stored.TokenHash, StringComparison.Ordinal);
        Assert.Equal(43, added.Token!.Length);
    }

    [Fact]
    public void An_expired_or_unknown_pairing_code_gets_the_same_refusal()
    {
        using var db = LiteKioskDatabase.InMemory();
        var registry = Registry(db);
        var added = registry.Add("Layar Tunggu", StaffDeviceKind.Display, [], issueToken: false);
        _time.Advance(CounterRegistry.PairingLifetime);

        var expired = Assert.Throws<DomainValidationException>(() => registry.Pair(added.PairingCode));
        var unknown = Assert.Throws<DomainValidationException>(() => registry.Pair("2345-6789"));
        var malformed = Assert.Throws<DomainValidationException>(() => registry.Pair("0OIL"));

        Assert.Equal(("code", "invalid"), (expired.Errors[0].Field, expired.Errors[0].Code));
        Assert.Equal(expired.Errors[0], unknown.Errors[0]);
        Assert.Equal(("code", "malformed"), (malformed.Errors[0].Field, malformed.Errors[0].Code));
    }

    [Fact]
    public void Removing_a_counter_revokes_its_token()
    {
        using var db = LiteKioskDatabase.InMemory();
        var registry = Registry(db);
        var token = registry.Add("Loket 1", StaffDeviceKind.Counter, ["A"], issueToken: true).Token;

        Assert.True(registry.Remove("LOKET 1"));

        Assert.Null(registry.Authenticate(token));
        Assert.False(registry.Remove("Loket 1"));
        Assert.Empty(registry.List());
    }

    [Theory]
    [InlineData("", new[] { "A" }, "name", "invalid")]
    [InlineData("!!!", new[] { "A" }, "name", "invalid")]
    [InlineData("Loket 1", new string[0], "services", "required")]
    [InlineData("Loket 1", new[] { "Z" }, "services", "unknown")]
    public void A_bad_counter_is_refused_naming_the_field(string name, string[] services, string field, string code)
    {
        using var db = LiteKioskDatabase.InMemory();

        var refused = Assert.Throws<DomainValidationException>(() => Registry(db).Add(name, StaffDeviceKind.Counter, services, issueToken: false));

        Assert.Contains(refused.Errors, e => e.Field == field && e.Code == code);
        Assert.Empty(new LiteCounterStore(db).List());
    }

    [Fact]
    public void Two_counters_cannot_share_a_name_in_any_spelling()
    {
        using var db = LiteKioskDatabase.InMemory();
        var registry = Registry(db);
        registry.Add("Loket 1", StaffDeviceKind.Counter, ["A"], issueToken: false);

        Assert.Throws<StateConflictException>(() => registry.Add("loket-1", StaffDeviceKind.Counter, ["B"], issueToken: false));
        Assert.Equal(["A"], registry.Find("Loket 1")!.Services);
    }

    [Fact]
    public void A_display_serves_no_service()
    {
        using var db = LiteKioskDatabase.InMemory();

        Assert.Throws<DomainValidationException>(() => Registry(db).Add("TV", StaffDeviceKind.Display, ["A"], issueToken: false));
    }

    private CounterRegistry Registry(LiteKioskDatabase db) => new(new LiteCounterStore(db), TestOffice.Profile(), _time);
}
