namespace Kiosk.Host.Admin;

/// <summary>Once Kestrel has created the socket: mode 0660, group kiosk-admin; removes it at shutdown.</summary>
public sealed partial class AdminSocketGuard : IHostedLifecycleService
{
    private readonly AdminSocketPath _socket;
    private readonly ILogger<AdminSocketGuard> _logger;

    public AdminSocketGuard(AdminSocketPath socket, ILogger<AdminSocketGuard> logger)
    {
        _socket = socket;
        _logger = logger;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        UnixSocketFile.Restrict(_socket.Path, AdminOptions.AdminGroup);
        LogListening(_logger, _socket.Path);
        return Task.CompletedTask;
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        File.Delete(_socket.Path);
        return Task.CompletedTask;
    }

    /// <summary>Before Kestrel binds: the socket's directory exists and no stale socket file is in the way.</summary>
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_socket.Path)!);
            if (!UnixSocketFile.RemoveIfStale(_socket.Path))
            {
                throw new AdminSocketException($"{AdminOptions.SectionName}:Socket: another kiosk service answers on {_socket.Path}; stop it first.");
            }
        }
        catch (Exception e) when (e is IOException and not AdminSocketException or UnauthorizedAccessException)
        {
            throw new AdminSocketException($"{AdminOptions.SectionName}:Socket: cannot create {_socket.Path}: {e.Message}", e);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin API on unix socket {Socket} (mode 0660)")]
    private static partial void LogListening(ILogger logger, string socket);
}
