using Kiosk.Core.Sms.Guards;

namespace Kiosk.Core.Tests.Sms.Guards;

public class SenderClassifierTests
{
    [Theory]
    [InlineData("+628123456789", "+628123456789")]
    [InlineData("08123456789", "+628123456789")]
    [InlineData("628123456789", "+628123456789")]
    [InlineData(" +62 812-3456-789 ", "+628123456789")]
    [InlineData("(021) 5551234", "+62215551234")]
    [InlineData("+6281234567890", "+6281234567890")]
    [InlineData("+60123456789", "+60123456789")]
    [InlineData("+621234567", "+621234567")]
    public void Phone_numbers_are_persons_in_one_canonical_form(string sender, string number) =>
        Assert.Equal(new SenderClassification(SenderKind.Person, number), SenderClassifier.Classify(sender));

    [Theory]
    [InlineData("TELKOMSEL", SenderKind.Alphanumeric)]
    [InlineData("INFO", SenderKind.Alphanumeric)]
    [InlineData("Indosat", SenderKind.Alphanumeric)]
    [InlineData("XL-Axiata", SenderKind.Alphanumeric)]
    [InlineData("by.U", SenderKind.Alphanumeric)]
    [InlineData("0812ABC4567", SenderKind.Alphanumeric)]
    [InlineData("3636", SenderKind.ShortCode)]
    [InlineData("888", SenderKind.ShortCode)]
    [InlineData("+62888", SenderKind.ShortCode)]
    [InlineData("62363", SenderKind.ShortCode)]
    [InlineData("99899", SenderKind.ShortCode)]
    [InlineData("123456", SenderKind.ShortCode)]
    [InlineData("+62123456", SenderKind.ShortCode)]
    [InlineData("0123456", SenderKind.ShortCode)]
    [InlineData("", SenderKind.Empty)]
    [InlineData("   ", SenderKind.Empty)]
    [InlineData(null, SenderKind.Empty)]
    [InlineData("*123#", SenderKind.Malformed)]
    [InlineData("+", SenderKind.Malformed)]
    [InlineData("0812+3456789", SenderKind.Malformed)]
    [InlineData("+6281234567890123", SenderKind.Malformed)]
    [InlineData("😀", SenderKind.Malformed)]
    public void Operators_short_codes_and_garbage_are_not_persons(string? sender, SenderKind kind)
    {
        var classification = SenderClassifier.Classify(sender);

        Assert.Equal(kind, classification.Kind);
        Assert.False(classification.IsPerson);
        Assert.Null(classification.Number);
    }

    [Fact]
    public void Seven_subscriber_digits_is_the_shortest_person() =>
        Assert.True(SenderClassifier.Classify("+621234567").IsPerson);
}
