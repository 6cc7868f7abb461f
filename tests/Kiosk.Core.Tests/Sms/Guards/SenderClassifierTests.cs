using Kiosk.Core.Sms.Guards;

namespace Kiosk.Core.Tests.Sms.Guards;

public class SenderClassifierTests
{
    [Theory]
    [InlineData("+628123456789", "+628123456789")]
    [InlineData("08123456789", "+628123456789")]
    [InlineData("628123456789", "+628123456789")]
    [InlineData(" +62 812-3456-789 ", "+628123456789")]
    [InlineData("+6281234567890", "+6281234567890")]
    public void Indonesian_mobile_numbers_are_persons_in_one_canonical_form(string sender, string number) =>
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
    [InlineData("+60123456789", SenderKind.Foreign)]
    [InlineData("+15550100123", SenderKind.Foreign)]
    [InlineData("(021) 5551234", SenderKind.NotMobile)]
    [InlineData("+621234567", SenderKind.NotMobile)]
    public void Operators_short_codes_foreign_fixed_lines_and_garbage_are_not_persons(string? sender, SenderKind kind)
    {
        var classification = SenderClassifier.Classify(sender);

        Assert.Equal(kind, classification.Kind);
        Assert.False(classification.IsPerson);
        Assert.Null(classification.Number);
    }

    [Fact]
    public void An_allow_listed_number_is_a_person_whatever_its_country_or_type()
    {
        var allowed = new HashSet<string> { SenderClassifier.Canonical("+1 555 0100 123")!, SenderClassifier.Canonical("021-5551234")! };

        Assert.Equal(new SenderClassification(SenderKind.Person, "+15550100123"), SenderClassifier.Classify("+15550100123", allowed));
        Assert.Equal(new SenderClassification(SenderKind.Person, "+62215551234"), SenderClassifier.Classify("(021) 5551234", allowed));
        Assert.Equal(SenderKind.Foreign, SenderClassifier.Classify("+15550100124", allowed).Kind);
    }
}
