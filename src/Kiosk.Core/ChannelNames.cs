namespace Kiosk.Core;

/// <summary>How a ticket or complaint came in, on the wire: kiosk, sms.</summary>
public static class ChannelNames
{
    public static WireNames<Channel> Wire { get; } = new(
        (Channel.Kiosk, "kiosk"),
        (Channel.Sms, "sms"));
}
