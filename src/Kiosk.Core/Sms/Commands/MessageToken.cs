namespace Kiosk.Core.Sms.Commands;

/// <summary>One run of non-separator characters of a message, with where it stands in the text.</summary>
internal sealed record MessageToken(string Text, int Start)
{
    public int End => Start + Text.Length;

    public string Upper { get; } = Text.ToUpperInvariant();

    /// <summary>Only ASCII letters.</summary>
    public bool IsWord => Text.All(CommandTokenizer.IsAsciiLetter);

    /// <summary>Only ASCII letters and digits.</summary>
    public bool IsAlphanumeric => Text.All(c => CommandTokenizer.IsAsciiLetter(c) || CommandTokenizer.IsAsciiDigit(c));

    public bool HasDigit => Text.Any(CommandTokenizer.IsAsciiDigit);

    /// <summary>The ASCII letters the token starts with (<c>CEK</c> of <c>CEK123</c>).</summary>
    public string LeadingLetters => new([.. Text.TakeWhile(CommandTokenizer.IsAsciiLetter)]);

    /// <summary>Splits on runs of separators (<see cref="CommandTokenizer.IsSeparator"/>); no empty tokens.</summary>
    public static List<MessageToken> Split(string text)
    {
        var tokens = new List<MessageToken>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var atSeparator = i == text.Length || CommandTokenizer.IsSeparator(text[i]);
            if (atSeparator && start >= 0)
            {
                tokens.Add(new MessageToken(text[start..i], start));
                start = -1;
            }
            else if (!atSeparator && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }
}
