using System.Runtime.InteropServices;

namespace Kiosk.Host.Admin;

/// <summary>
/// The account the service runs as (the unit's <c>User=kiosk</c>, <c>Group=kiosk</c>). Files the
/// CLI writes under sudo are handed to it, so the service can read its configuration and open a
/// restored store: configuration and backups <c>root:kiosk 0640</c>, store files <c>kiosk:kiosk</c>.
/// <c>KIOSK_SERVICE_USER</c> and <c>KIOSK_SERVICE_GROUP</c> name another account (tests, a unit
/// with another user). Ownership changes only as root; an unprivileged run writes files it owns,
/// and a default account that does not exist (a developer's machine) is left alone.
/// </summary>
public sealed class ServiceAccount
{
    public const string UserVariable = "KIOSK_SERVICE_USER";
    public const string GroupVariable = "KIOSK_SERVICE_GROUP";
    public const string DefaultName = "kiosk";

    /// <summary>rw for the owner, r for the group, nothing for others: the token and personal data stay private.</summary>
    public const UnixFileMode PrivateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    private readonly bool _explicit;

    public ServiceAccount(string user, string group, bool explicitlyNamed, string passwdFile = "/etc/passwd", string groupFile = "/etc/group")
    {
        User = user;
        Group = group;
        _explicit = explicitlyNamed;
        UserId = FindUserId(user, passwdFile);
        GroupId = UnixSocketFile.FindGroupId(group, groupFile);
    }

    public string User { get; }

    public string Group { get; }

    public uint? UserId { get; }

    public uint? GroupId { get; }

    public static ServiceAccount FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var user = environment.GetValueOrDefault(UserVariable);
        var group = environment.GetValueOrDefault(GroupVariable);
        return new ServiceAccount(
            string.IsNullOrWhiteSpace(user) ? DefaultName : user,
            string.IsNullOrWhiteSpace(group) ? DefaultName : group,
            !string.IsNullOrWhiteSpace(user) || !string.IsNullOrWhiteSpace(group));
    }

    /// <summary>A configuration file or backup: mode 0640, group of the service (owner stays root).</summary>
    public void GiveGroupRead(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, PrivateMode);
        if (Require(GroupId, Group) is { } gid && CanChown())
        {
            Chown(path, uint.MaxValue, gid, $":{Group}");
        }
    }

    /// <summary>A store file (kiosk.db, its log): owned by the service user and group, as if the service had written it.</summary>
    public void GiveStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (Require(UserId, User) is { } uid && Require(GroupId, Group) is { } gid && CanChown())
        {
            Chown(path, uid, gid, $"{User}:{Group}");
        }
    }

    /// <summary>The numeric id of a user in /etc/passwd, or null when there is none.</summary>
    public static uint? FindUserId(string user, string passwdFile = "/etc/passwd")
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        if (!File.Exists(passwdFile))
        {
            return null;
        }

        foreach (var line in File.ReadLines(passwdFile))
        {
            var fields = line.Split(':');
            if (fields.Length >= 3 && fields[0] == user && uint.TryParse(fields[2], out var uid))
            {
                return uid;
            }
        }

        return null;
    }

    private static bool CanChown() => Environment.IsPrivilegedProcess;

    /// <summary>The id, or null for a default account that does not exist; a named one that does not exist is an error.</summary>
    private uint? Require(uint? id, string name) =>
        id is not null || !_explicit ? id : throw new Composition.StartupConfigurationException([$"{UserVariable}/{GroupVariable}: the service account '{name}' does not exist on this system"]);

    private static void Chown(string path, uint uid, uint gid, string what)
    {
        if (UnixSocketFile.Chown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {what} {path} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }
}
