namespace Kiosk.Core.Queue;

/// <summary>Who is served first: elderly, disabled, pregnant.</summary>
public enum Priority
{
    None,
    Lansia,
    Disabilitas,
    IbuHamil,
}
