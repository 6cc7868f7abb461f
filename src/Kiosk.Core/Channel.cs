namespace Kiosk.Core;

/// <summary>Where a request came in.</summary>
public enum Channel
{
    Kiosk,
    Sms,
}
