using Kiosk.Core.Configuration;

namespace Kiosk.Core.Tests.Configuration;

public class OfficeOptionsValidatorTests
{
    [Fact]
    public void The_sample_office_is_valid() => Assert.Empty(OfficeOptionsValidator.Validate(TestOffice.Options()));

    [Theory]
    [InlineData("3314.10")]
    [InlineData("33.14")]
    [InlineData("")]
    [InlineData("aa.bb.cc")]
    public void A_bad_site_code_is_named_with_its_key(string siteCode)
    {
        var options = TestOffice.Options();
        options.SiteCode = siteCode;

        var problem = Assert.Single(OfficeOptionsValidator.Validate(options));

        Assert.Equal("Kiosk:Office:SiteCode", problem.Key);
        Assert.Contains("Kemendagri", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_zone_outside_Indonesia_is_refused()
    {
        var options = TestOffice.Options("Europe/Amsterdam");

        var problem = Assert.Single(OfficeOptionsValidator.Validate(options));

        Assert.Equal("Kiosk:Office:TimeZone", problem.Key);
    }

    [Fact]
    public void Two_services_with_one_letter_are_refused_at_the_second()
    {
        var options = TestOffice.Options();
        options.Services[1].Code = "a";

        var problem = Assert.Single(OfficeOptionsValidator.Validate(options));

        Assert.Equal("Kiosk:Office:Services:1:Code", problem.Key);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_the_profile_is_not_built()
    {
        var options = TestOffice.Options();
        options.Name = "";
        options.Villages = [];
        options.Services[0].DefaultMinutes = 0;

        var error = Assert.Throws<OfficeConfigurationException>(() => OfficeProfile.From(options));

        Assert.Equal(
            ["Kiosk:Office:Name", "Kiosk:Office:Services:0:DefaultMinutes", "Kiosk:Office:Villages"],
            error.Problems.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Asia/Jakarta", "WIB")]
    [InlineData("Asia/Makassar", "WITA")]
    [InlineData("Asia/Jayapura", "WIT")]
    public void The_profile_knows_its_zone_abbreviation(string zone, string abbreviation) =>
        Assert.Equal(abbreviation, TestOffice.Profile(zone).ZoneAbbreviation);
}
