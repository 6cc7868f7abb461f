namespace Kiosk.Host.Sync;

/// <summary>The only form of a token that may appear in a log: its last four characters and length.</summary>
public static class TokenMask
{
    public static string Mask(string? token) => token switch
    {
        null or "" => "(none)",
        { Length: < 16 } => $"**** ({token.Length} chars)",
        _ => $"****{token[^4..]} ({token.Length} chars)",
    };
}
