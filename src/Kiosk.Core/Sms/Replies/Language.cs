namespace Kiosk.Core.Sms.Replies;

/// <summary>The language of the replies: Bahasa Indonesia by default, English as a toggle.</summary>
public enum Language
{
    Id,
    En,
}
