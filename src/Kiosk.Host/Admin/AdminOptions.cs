using System.Text;
using Kiosk.Core.Configuration;

namespace Kiosk.Host.Admin;

/// <summary><c>Kiosk:Admin</c>: where the technician's admin API listens.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Kiosk:Admin";

    /// <summary>The socket file name used under the data directory when <see cref="Socket"/> is not set.</summary>
    public const string DefaultSocketName = "admin.sock";

    /// <summary>The socket a device uses (provisioning writes it): /run is a tmpfs the unit owns.</summary>
    public const string DeviceSocket = "/run/kiosk/admin.sock";

    /// <summary>The group allowed to use the socket (mode 0660), when it exists.</summary>
    public const string AdminGroup = "kiosk-admin";

    /// <summary>The Unix socket path; unset means <c>{DataDirectory}/admin.sock</c> (the embedded default).</summary>
    public string? Socket { get; set; }

    /// <summary>The longest path a Unix socket address holds (sun_path is 108 bytes with its terminating NUL).</summary>
    public const int MaxSocketPathBytes = 107;

    /// <summary>Problems with these settings, each with its full key; empty when usable.</summary>
    public IReadOnlyList<ConfigurationProblem> Validate()
    {
        if (Socket is null)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(Socket))
        {
            return [new($"{SectionName}:{nameof(Socket)}", "is empty; leave it out for {DataDirectory}/admin.sock")];
        }

        var bytes = Encoding.UTF8.GetByteCount(Path.GetFullPath(Socket, Directory.GetCurrentDirectory()));
        return bytes > MaxSocketPathBytes
            ? [new($"{SectionName}:{nameof(Socket)}", $"the path is {bytes} bytes; a Unix socket path holds at most {MaxSocketPathBytes}")]
            : [];
    }

    /// <summary>The socket path for a configuration: <c>Kiosk:Admin:Socket</c>, else under the data directory.</summary>
    public static string ResolveSocket(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration[$"{SectionName}:{nameof(Socket)}"];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(dataDirectory, DefaultSocketName)
            : Path.GetFullPath(configured, Directory.GetCurrentDirectory());
    }
}
