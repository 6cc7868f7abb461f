namespace Kiosk.Core.Sms.Replies;

/// <summary>A service a citizen can queue for by SMS: <c>ANTRI A</c> for <c>A</c>, "KTP".</summary>
public sealed record ServiceChoice(char Letter, string Name);
