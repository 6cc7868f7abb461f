using Kiosk.Core.Identity;

namespace Kiosk.Core.Tests.Identity;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("081234567890")]
    [InlineData("0812-3456-7890")]
    [InlineData("62812 3456 7890")]
    [InlineData("6281234567890")]
    [InlineData("+62 812-3456-7890")]
    [InlineData("+6281234567890")]
    [InlineData(" (0812) 3456 7890 ")]
    public void Every_way_people_write_a_mobile_number_becomes_E164(string input) =>
        Assert.Equal("+6281234567890", PhoneNumber.Parse(input).Number?.E164);

    [Theory]
    [InlineData("", PhoneNumberError.Empty)]
    [InlineData("nomor saya", PhoneNumberError.NotANumber)]
    [InlineData("0812345678901234567890123", PhoneNumberError.NotANumber)]
    [InlineData("+1 650 253 0000", PhoneNumberError.NotIndonesian)]
    [InlineData("0812", PhoneNumberError.Invalid)]
    [InlineData("0271 891234", PhoneNumberError.NotMobile)]
    public void A_number_that_cannot_get_SMS_says_why(string input, PhoneNumberError expected) =>
        Assert.Equal(expected, PhoneNumber.Parse(input).Error);

    [Fact]
    public void A_masked_number_keeps_the_operator_prefix_and_last_four_digits() =>
        Assert.Equal("+62812****7890", PhoneNumber.Mask("+6281234567890"));
}
