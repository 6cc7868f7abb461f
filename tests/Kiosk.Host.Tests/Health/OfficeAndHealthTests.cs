
namespace Kiosk.Host.Tests.Health;

public class OfficeAndHealthTests
{
    [Fact]
    public async Task The_office_lists_its_services_villages_and_categories()
    {
        await using var server = await KioskServer.StartAsync();

        var office = await server.GetJsonAsync("/api/office", 200);

        Assert.Equal("Kecamatan Sragen", office.GetProperty("name").GetString());
        Assert.Equal("33.14.10", office.GetProperty("siteCode").GetString());
        Assert.Equal("Asia/Jakarta", office.GetProperty("timezone").GetString());
        Assert.Equal(["A", "B", "C"], office.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal("Pengaduan & Informasi", office.GetProperty("services")[0].GetProperty("name").GetString());
        Assert.True(office.GetProperty("villages").GetArrayLength() >= 5);
        Assert.True(office.GetProperty("categories").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task Health_reports_a_writable_store_once_started()
    {
        await using var server = await KioskServer.StartAsync();

        var health = await server.GetJsonAsync("/healthz", 200);

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("ok", health.GetProperty("components").GetProperty("store").GetProperty("state").GetString());
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "kiosk.db")));
    }

    [Fact]
    public async Task Office_settings_come_from_configuration()
    {
        await using var server = await KioskServer.StartAsync(null, null, "--Kiosk:Office:Name=Kecamatan Gemolong", "--Kiosk:Office:TimeZone=Asia/Makassar");

        var office = await server.GetJsonAsync("/api/office", 200);

        Assert.Equal(("Kecamatan Gemolong", "WITA"), (office.GetProperty("name").GetString(), office.GetProperty("timezoneAbbreviation").GetString()));
    }
}
