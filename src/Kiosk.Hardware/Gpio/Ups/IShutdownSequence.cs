namespace Kiosk.Hardware.Gpio.Ups;

/// <summary>
/// The clean shutdown the host performs when the battery cannot carry on: flush the store, stop
/// the app, then <c>systemctl poweroff</c>. Called at most once per <see cref="PowerLossMonitor"/>.
/// </summary>
public interface IShutdownSequence
{
    Task ShutdownAsync(ShutdownReason reason, CancellationToken cancellationToken);
}
