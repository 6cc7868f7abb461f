using Kiosk.Host.Admin;

namespace Kiosk.Host.Tests.Admin;

public class UnixSocketFileTests
{
    [Fact]
    public void The_admin_group_is_found_by_name_in_the_group_file_and_an_absent_group_is_null()
    {
        var file = Path.Combine(Path.GetTempPath(), $"group-{Guid.NewGuid():N}");
        File.WriteAllLines(file, ["root:x:0:", "kiosk:x:998:", "kiosk-admin:x:997:budi,sari", "broken-line"]);

        Assert.Equal(997u, UnixSocketFile.FindGroupId("kiosk-admin", file));
        Assert.Null(UnixSocketFile.FindGroupId("kiosk-admins", file));
        Assert.Null(UnixSocketFile.FindGroupId("kiosk-admin", file + "-missing"));
        File.Delete(file);
    }
}
