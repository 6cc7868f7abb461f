using Kiosk.Core.Identity;

namespace Kiosk.Core.Tests.Identity;

public class NikTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void A_man_born_on_the_seventeenth_of_August_1990_in_Sragen()
    {
        var nik = Nik.Parse("3314101708900003", Today).Nik!;

        Assert.Equal(new DateOnly(1990, 8, 17), nik.BirthDate);
        Assert.Equal(Sex.Male, nik.Sex);
        Assert.Equal("33.14.10", nik.RegionCode);
    }

    [Fact]
    public void A_woman_has_forty_added_to_her_birth_day()
    {
        var nik = Nik.Parse("3314105708900003", Today).Nik!;

        Assert.Equal(new DateOnly(1990, 8, 17), nik.BirthDate);
        Assert.Equal(Sex.Female, nik.Sex);
    }

    [Fact]
    public void A_child_born_this_century_is_read_as_twenty_something() =>
        Assert.Equal(new DateOnly(2015, 3, 1), Nik.Parse("3314100103150001", Today).Nik!.BirthDate);

    [Fact]
    public void Spaces_and_dots_typed_between_digits_are_ignored() =>
        Assert.Equal("3314101708900003", Nik.Parse(" 3314 1017 0890 0003 ", Today).Nik!.Value);

    [Theory]
    [InlineData("", NikError.Empty)]
    [InlineData("331410170890000", NikError.WrongLength)]
    [InlineData("33141017089000031", NikError.WrongLength)]
    [InlineData("33141017089O0003", NikError.NotDigits)]
    [InlineData("9914101708900003", NikError.UnknownRegion)]
    [InlineData("3300101708900003", NikError.UnknownRegion)]
    [InlineData("3314001708900003", NikError.UnknownRegion)]
    [InlineData("3314103202900003", NikError.InvalidBirthDate)]
    [InlineData("3314107202900003", NikError.InvalidBirthDate)]
    [InlineData("3314101713900003", NikError.InvalidBirthDate)]
    [InlineData("3314102902010003", NikError.InvalidBirthDate)]
    [InlineData("3314100012260003", NikError.InvalidBirthDate)]
    [InlineData("3314101708900000", NikError.InvalidSerial)]
    public void A_bad_NIK_says_what_is_wrong(string input, NikError expected) =>
        Assert.Equal(expected, Nik.Parse(input, Today).Error);

    [Fact]
    public void The_twenty_ninth_of_February_is_valid_only_in_a_leap_year()
    {
        Assert.Equal(NikError.None, Nik.Parse("3314102902000003", Today).Error);
        Assert.Equal(NikError.InvalidBirthDate, Nik.Parse("3314102902010003", Today).Error);
    }

    [Fact]
    public void A_birth_date_after_today_is_refused() =>
        Assert.Equal(NikError.InvalidBirthDate, Nik.Parse("3314102411260003", Today).Error);

    [Fact]
    public void A_masked_NIK_shows_only_its_first_four_and_last_two_digits() =>
        Assert.Equal("3314**********03", Nik.Mask("3314101708900003"));
}
