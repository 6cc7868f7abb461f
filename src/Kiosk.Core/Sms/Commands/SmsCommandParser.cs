using Kiosk.Core.Complaints;

namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// Turns the text of an inbound SMS into an <see cref="SmsCommand"/>. Forgiving by design: it looks for
/// the intent (a command word) and the code anywhere in the message, so greetings, honorifics, regional
/// politeness, filler and punctuation around them do not matter (<c>pagi pak, mohon info pengaduan
/// K7M2-9QXD-3</c>); command words match in any case, with SMS spellings (<c>cekk</c>, <c>antrii</c>) and one
/// typo; a keyword may be glued to its argument (<c>CEKK7M29QXD3</c>, <c>ANTRIA</c>). Never throws on text.
/// </summary>
/// <remarks>
/// A tracking code counts as a code only when its check symbol holds (after Crockford's I/L→1 and O→0),
/// so a nine-letter word is not taken for one by accident and an O/0 or I/1 confusion is resolved.
/// A token that only <em>looks</em> like a code (letters and digits mixed, or any argument of CEK) is
/// quoted back as typed in a <see cref="CodeShape.Unrecognised"/> status check ("salah ketik").
/// </remarks>
public static class SmsCommandParser
{
    /// <summary>The longest run of tokens tried as one grouped code (<c>K7M2 9QXD 3</c> is three).</summary>
    private const int MaxCodeTokens = 4;

    /// <summary>More words than this besides a code, and the code is part of a longer text (a complaint).</summary>
    private const int MaxOtherWordsAroundACode = 3;

    /// <summary>Fewest and most symbols of something that looks like a mistyped tracking code.</summary>
    private const int MinCodeLikeLength = 7;

    private const int MaxCodeLikeLength = 11;

    /// <summary>Words between <c>ANTRI</c> and the service: <c>ANTRI LAYANAN A</c>.</summary>
    private static readonly HashSet<string> ServiceFillers =
        ["LAYANAN", "LOKET", "UNTUK", "UTK", "NOMOR", "NOMER", "NO", "ANTRIAN", "ANTRI", "SERVICE", "BUAT", "KE", "DI", "MINTA", "AMBIL"];

    public static SmsCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = CommandTokenizer.TrimSeparators(text);
        if (text.TrimStart().StartsWith('?'))
        {
            return new SmsCommand.Help();
        }

        if (trimmed.Length == 0)
        {
            return new SmsCommand.Empty();
        }

        // Trailing punctuation belongs to a complaint's text ("got mampet."), so only whitespace is cut there.
        var message = CommandTokenizer.TrimLeadingSeparators(text).TrimEnd();
        var tokens = MessageToken.Split(message);
        var found = FindKeyword(tokens);
        var code = FindCode(tokens, 0);
        return found switch
        {
            { Glued: { } glued } => glued,
            { Keyword: CommandKeyword.CheckStatus } check => CheckStatus(message, tokens, check.Index),
            { Keyword: CommandKeyword.CancelTicket } cancel => Cancel(tokens, cancel.Index),
            { Keyword: CommandKeyword.FileComplaint } complaint => Complaint(message, tokens, complaint.Index, code),
            { Keyword: CommandKeyword.TakeQueueNumber } queue => code is not null ? code.Command : Service(tokens, queue.Index),
            { Keyword: CommandKeyword.Help } => code?.Command ?? (OnlyHelpWords(tokens) ? new SmsCommand.Help() : CodeLikeOrUnrecognised(message, tokens)),
            _ => code?.Command ?? CodeLikeOrUnrecognised(message, tokens),
        };
    }

    /// <summary>
    /// The command word of the message: the first strong one (CEK, ADU, ANTRI, BATAL and their spellings),
    /// else the first weak one (INFO, TOLONG, NOMOR — words that also appear around other requests).
    /// </summary>
    private static FoundKeyword? FindKeyword(List<MessageToken> tokens)
    {
        FoundKeyword? weak = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var spelt = token.IsWord ? KeywordTable.MatchSpelling(token.Upper) : null;
            if (spelt is null && TryGlued(tokens, i) is { } glued)
            {
                return new FoundKeyword(CommandKeyword.CheckStatus, i, glued);
            }

            if (token.IsWord)
            {
                var keyword = spelt ?? (MessageWords.Ignorable.Contains(token.Upper) ? null : KeywordTable.Match(token.Upper));
                if (keyword is { } k)
                {
                    if (IsStrong(k, token.Upper, i))
                    {
                        return new FoundKeyword(k, i, null);
                    }

                    weak ??= new FoundKeyword(k, i, null);
                    continue;
                }
            }

            // Letters then something else (CEK123, ADU😡): the letters are the keyword if they are one.
            if (!token.IsWord && token.LeadingLetters.Length >= 2
                && KeywordTable.MatchSpelling(token.LeadingLetters.ToUpperInvariant()) is { } prefix
                && prefix is CommandKeyword.CheckStatus or CommandKeyword.FileComplaint)
            {
                return new FoundKeyword(prefix, i, null);
            }
        }

        return weak;
    }

    /// <summary>NOMOR is a queue request only as the first word (<c>NOMOR A</c>); help words never outrank a command.</summary>
    private static bool IsStrong(CommandKeyword keyword, string word, int index) => keyword switch
    {
        CommandKeyword.Help => false,
        CommandKeyword.TakeQueueNumber when word is "NOMOR" or "NOMER" => index == 0,
        _ => true,
    };

    /// <summary>
    /// An exact keyword glued to an argument of the right shape: <c>CEKK7M29QXD3</c>, <c>BATALA017</c>,
    /// <c>ANTRIB</c>. Only arguments with a shape qualify, so <c>ADUAN</c> is never ADU + "AN".
    /// </summary>
    private static SmsCommand? TryGlued(List<MessageToken> tokens, int index)
    {
        var token = tokens[index];
        foreach (var (spelling, keyword) in KeywordTable.LongestFirst)
        {
            if (token.Upper.Length <= spelling.Length || !token.Upper.StartsWith(spelling, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = token.Text[spelling.Length..];
            var following = tokens.Skip(index + 1).Take(MaxCodeTokens - 1).Select(t => t.Text);
            switch (keyword)
            {
                case CommandKeyword.CheckStatus when FindCodeIn([rest, .. following]) is { } check:
                    return check.Command;
                case CommandKeyword.CancelTicket when TicketIn([rest, .. following.Take(1)]) is { } ticket:
                    return new SmsCommand.CancelTicket(ticket, IsWellFormed: true);
                case CommandKeyword.TakeQueueNumber when rest.Length == 1 && CommandTokenizer.IsAsciiLetter(rest[0]):
                    return new SmsCommand.TakeQueueNumber(rest.ToUpperInvariant());
                default:
                    continue;
            }
        }

        return null;
    }

    private static SmsCommand CheckStatus(string message, List<MessageToken> tokens, int keywordIndex)
    {
        // The code after the keyword is the one asked about; a code before it ("K7M2-9QXD-3 cek") is next best.
        if ((FindCode(tokens, keywordIndex + 1) ?? FindCode(tokens, 0)) is { } code)
        {
            return code.Command;
        }

        var keyword = tokens[keywordIndex];
        if (!keyword.IsWord && keyword.Text[keyword.LeadingLetters.Length..] is { Length: > 0 } glued)
        {
            return new SmsCommand.CheckStatus(Cut(glued), CodeShape.Unrecognised);
        }

        if (CodeLike(message, tokens, keywordIndex + 1, anyArgument: true) is { } typed)
        {
            return new SmsCommand.CheckStatus(typed, CodeShape.Unrecognised);
        }

        return new SmsCommand.CheckStatus(string.Empty, CodeShape.Missing);
    }

    private static SmsCommand.CancelTicket Cancel(List<MessageToken> tokens, int keywordIndex)
    {
        for (var i = keywordIndex + 1; i < tokens.Count; i++)
        {
            if (TicketIn([.. tokens.Skip(i).Take(2).Select(t => t.Text)]) is { } ticket)
            {
                return new SmsCommand.CancelTicket(ticket, IsWellFormed: true);
            }
        }

        var argument = tokens.Skip(keywordIndex + 1).Where(t => !MessageWords.Ignorable.Contains(t.Upper) && KeywordTable.MatchSpelling(t.Upper) is null);
        var other = CommandTokenizer.AlphanumericUpper(string.Concat(argument.Select(t => t.Text)), CodeShapes.MaxUnrecognisedCodeLength);
        return new SmsCommand.CancelTicket(other, IsWellFormed: false);
    }

    /// <summary>
    /// A complaint word with a code and hardly anything else (<c>info pengaduan K7M2-9QXD-3</c>) asks
    /// about that complaint; otherwise the text after the complaint word is the complaint.
    /// </summary>
    private static SmsCommand Complaint(string message, List<MessageToken> tokens, int keywordIndex, FoundCode? code)
    {
        if (code is not null && OtherWords(tokens, code.Start, code.End) <= MaxOtherWordsAroundACode)
        {
            return code.Command;
        }

        if (code is null && CodeLike(message, tokens, 0, anyArgument: false) is { } typed)
        {
            return new SmsCommand.CheckStatus(typed, CodeShape.Unrecognised);
        }

        var rest = message[tokens[keywordIndex].End..];
        if (!tokens[keywordIndex].IsWord)
        {
            rest = tokens[keywordIndex].Text[tokens[keywordIndex].LeadingLetters.Length..] + rest;
        }

        return new SmsCommand.FileComplaint(CommandTokenizer.TrimLeadingSeparators(rest).TrimEnd());
    }

    private static SmsCommand.TakeQueueNumber Service(List<MessageToken> tokens, int keywordIndex)
    {
        var words = tokens.Skip(keywordIndex + 1)
            .SkipWhile(t => ServiceFillers.Contains(t.Upper))
            .ToList();
        if (words.Count == 0)
        {
            return new SmsCommand.TakeQueueNumber(string.Empty);
        }

        if (words[0].Text.Length == 1 && CommandTokenizer.IsAsciiLetter(words[0].Text[0]))
        {
            return new SmsCommand.TakeQueueNumber(words[0].Upper);
        }

        var named = words.Where(t => !MessageWords.Ignorable.Contains(t.Upper) && !ServiceFillers.Contains(t.Upper)).Select(t => t.Text);
        return new SmsCommand.TakeQueueNumber(string.Join(' ', named));
    }

    /// <summary>No command word, or only help words around other text: a code-like token with little around it is a mistyped code.</summary>
    private static SmsCommand CodeLikeOrUnrecognised(string message, List<MessageToken> tokens) =>
        CodeLike(message, tokens, 0, anyArgument: false) is { } typed
            ? new SmsCommand.CheckStatus(typed, CodeShape.Unrecognised)
            : new SmsCommand.Unrecognised(message);

    /// <summary>True when every word is a help word or ignorable: <c>info dong pak</c>, not <c>tanya bantuan PKH</c>.</summary>
    private static bool OnlyHelpWords(List<MessageToken> tokens) =>
        tokens.All(t => MessageWords.Ignorable.Contains(t.Upper) || KeywordTable.Match(t.Upper) == CommandKeyword.Help);

    /// <summary>How many tokens outside [start, end) are neither ignorable nor a command word.</summary>
    private static int OtherWords(List<MessageToken> tokens, int start, int end) =>
        tokens.Where((t, i) => (i < start || i >= end) && !MessageWords.Ignorable.Contains(t.Upper) && KeywordTable.MatchSpelling(t.Upper) is null).Count();

    /// <summary>The first valid code (tracking code whose check symbol holds, or a ticket) from token <paramref name="from"/> on.</summary>
    private static FoundCode? FindCode(List<MessageToken> tokens, int from)
    {
        for (var start = from; start < tokens.Count; start++)
        {
            var window = tokens.Skip(start).Take(MaxCodeTokens).Select(t => t.Text).ToList();
            if (FindCodeIn(window) is { } code)
            {
                return code with { Start = start, End = start + code.End };
            }
        }

        return null;
    }

    /// <summary>A code starting at the first of <paramref name="texts"/>: a tracking code over one to four tokens, else a ticket.</summary>
    private static FoundCode? FindCodeIn(IReadOnlyList<string> texts)
    {
        var compact = string.Empty;
        for (var n = 1; n <= Math.Min(MaxCodeTokens, texts.Count); n++)
        {
            if (!texts[n - 1].All(c => CommandTokenizer.IsAsciiLetter(c) || CommandTokenizer.IsAsciiDigit(c)))
            {
                break;
            }

            compact += texts[n - 1];
            if (compact.Length > CodeShapes.TrackingCodeLength)
            {
                break;
            }

            if (CodeShapes.TryTrackingCode(compact, out var code, out var usedAliases)
                && (compact.Any(CommandTokenizer.IsAsciiDigit) || (n == 1 && !usedAliases))
                && TrackingCode.TryParse(code, out _))
            {
                return new FoundCode(new SmsCommand.CheckStatus(code, CodeShape.TrackingCode), 0, n);
            }
        }

        return TicketIn(texts) is { } ticket
            ? new FoundCode(new SmsCommand.CheckStatus(ticket, CodeShape.TicketCode), 0, texts[0].Length == 1 ? 2 : 1)
            : null;
    }

    /// <summary>A ticket in the first token (<c>A017</c>) or the first two (<c>A 017</c>, <c>a-17</c>), normalised to <c>A-017</c>.</summary>
    private static string? TicketIn(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return null;
        }

        if (CodeShapes.TryTicketCode(texts[0], out var ticket))
        {
            return ticket;
        }

        return texts.Count > 1 && texts[0].Length == 1 && texts[1].Length <= 3 && CodeShapes.TryTicketCode(texts[0] + texts[1], out ticket)
            ? ticket
            : null;
    }

    /// <summary>
    /// The text, as typed, of something that looks like a code but is not a valid one. With
    /// <paramref name="anyArgument"/> (after CEK) any argument with a digit, or one long word, qualifies;
    /// otherwise letters and digits mixed, <see cref="MinCodeLikeLength"/> to <see cref="MaxCodeLikeLength"/>
    /// symbols over grouped tokens, with hardly any other words around it.
    /// </summary>
    private static string? CodeLike(string message, List<MessageToken> tokens, int from, bool anyArgument)
    {
        for (var start = from; start < tokens.Count; start++)
        {
            if (MessageWords.Ignorable.Contains(tokens[start].Upper) || KeywordTable.MatchSpelling(tokens[start].Upper) is not null)
            {
                continue;
            }

            // A code is one token or short groups (K7M2 9QXD F); two words without digits in a row end it.
            var end = start;
            var symbols = 0;
            var digits = 0;
            while (end < tokens.Count && end - start < MaxCodeTokens && tokens[end].IsAlphanumeric
                && (end == start || (tokens[end].Text.Length <= 5 && tokens[end - 1].Text.Length <= 5
                    && (tokens[end].HasDigit || tokens[end - 1].HasDigit))))
            {
                symbols += tokens[end].Text.Length;
                digits += tokens[end].Text.Count(CommandTokenizer.IsAsciiDigit);
                end++;
            }

            if (end == start)
            {
                if (anyArgument)
                {
                    break;
                }

                continue;
            }

            var typed = message[tokens[start].Start..tokens[end - 1].End];
            if (anyArgument)
            {
                var longWord = digits == 0 && end - start == 1 && symbols is >= 8 and <= 10;
                return digits > 0 || longWord || symbols > MaxCodeLikeLength ? Cut(typed) : null;
            }

            if (digits > 0 && digits < symbols && symbols is >= MinCodeLikeLength and <= MaxCodeLikeLength
                && OtherWords(tokens, start, end) <= MaxOtherWordsAroundACode - 1)
            {
                return Cut(typed);
            }
        }

        return null;
    }

    private static string Cut(string typed) =>
        typed.Length <= CodeShapes.MaxUnrecognisedCodeLength ? typed : typed[..CodeShapes.MaxUnrecognisedCodeLength];

    private sealed record FoundKeyword(CommandKeyword Keyword, int Index, SmsCommand? Glued);

    /// <summary>A code and the tokens [Start, End) it was read from.</summary>
    private sealed record FoundCode(SmsCommand.CheckStatus Command, int Start, int End);
}
