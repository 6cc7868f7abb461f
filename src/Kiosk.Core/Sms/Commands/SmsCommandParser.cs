namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// Turns the text of an inbound SMS into an <see cref="SmsCommand"/>. Forgiving by design: any case,
/// runs of separators (space # . : - , and a few more, see <see cref="CommandTokenizer.IsSeparator"/>), line breaks,
/// a keyword glued to its argument (<c>CEKK7M29QXD3</c>, <c>ANTRIA</c>), misspelt keywords, polite
/// openings (<c>Tolong cek ...</c>, <c>Saya mau lapor ...</c>) and bare codes. Never throws on text.
/// </summary>
public static class SmsCommandParser
{
    /// <summary>At most this many polite words are skipped before a keyword.</summary>
    private const int MaxPoliteWords = 3;

    /// <summary>The longest run of tokens tried as one grouped code (<c>K7M2 9QXD 3</c> is three).</summary>
    private const int MaxCodeTokens = 4;

    /// <summary>Words people put before the keyword; skipped only when a keyword follows.</summary>
    private static readonly HashSet<string> PoliteWords =
        ["TOLONG", "MOHON", "MINTA", "SAYA", "MAU", "MAO", "INGIN", "PLEASE", "PLS", "HALO", "HALLO", "PAK", "BU", "MBAK", "MAS"];

    /// <summary>Words between a keyword and its code: <c>CEK KODE ...</c>, <c>BATAL NO A017</c>.</summary>
    private static readonly HashSet<string> CodeFillers =
        ["KODE", "CODE", "NO", "NOMOR", "NOMER", "NMR", "NUMBER", "TIKET", "TICKET", "KARCIS", "ANTRIAN", "ANTRI",
         "ADUAN", "PENGADUAN", "LAPORAN", "STATUS", "CEK", "SAYA", "LACAK"];

    /// <summary>Words between <c>ANTRI</c> and the service: <c>ANTRI LAYANAN A</c>.</summary>
    private static readonly HashSet<string> ServiceFillers =
        ["LAYANAN", "LOKET", "UNTUK", "UTK", "NOMOR", "NOMER", "NO", "ANTRIAN", "ANTRI", "SERVICE"];

    public static SmsCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = CommandTokenizer.TrimSeparators(text);
        if (trimmed.Length == 0)
        {
            return new SmsCommand.Empty();
        }

        if (trimmed[0] == '?')
        {
            return new SmsCommand.Help();
        }

        // Trailing punctuation belongs to a complaint's text ("got mampet."), so only whitespace is cut there.
        var message = CommandTokenizer.TrimLeadingSeparators(text).TrimEnd();
        var keyword = ParseKeyword(message, politeWordsSkipped: 0);
        if (TryBareCode(trimmed) is { } bare && !IsDecisive(keyword))
        {
            return bare;
        }

        return keyword ?? new SmsCommand.Unrecognised(message);
    }

    /// <summary>
    /// A keyword reading that wins over a bare code of the same text: <c>BATAL A017</c> compacts to nine
    /// symbols but is a cancellation, while <c>CHEK 7M2Q 3</c> is a grouped code, not CHEK + "7M2Q3".
    /// </summary>
    private static bool IsDecisive(SmsCommand? keyword) => keyword switch
    {
        SmsCommand.CheckStatus check => check.Shape is CodeShape.TrackingCode or CodeShape.TicketCode,
        SmsCommand.CancelTicket cancel => cancel.IsWellFormed,
        SmsCommand.FileComplaint => true,
        SmsCommand.TakeQueueNumber queue => queue.Service.Length == 1,
        _ => false,
    };

    /// <summary>The whole message is a code: a status check.</summary>
    private static SmsCommand.CheckStatus? TryBareCode(string trimmed)
    {
        var tokens = CommandTokenizer.Tokens(trimmed);
        if (tokens.Count > MaxCodeTokens)
        {
            return null;
        }

        var compact = string.Concat(tokens);
        if (CodeShapes.TryTicketCode(compact, out var ticket))
        {
            return new SmsCommand.CheckStatus(ticket, CodeShape.TicketCode);
        }

        // A nine-letter word such as INFORMASI has the shape too; without a digit, only a single token
        // made of canonical symbols (no I, L, O aliases) is taken for a code.
        if (CodeShapes.TryTrackingCode(compact, out var code, out var usedAliases)
            && (compact.Any(CommandTokenizer.IsAsciiDigit) || (tokens.Count == 1 && !usedAliases)))
        {
            return new SmsCommand.CheckStatus(code, CodeShape.TrackingCode);
        }

        return null;
    }

    private static SmsCommand? ParseKeyword(string text, int politeWordsSkipped)
    {
        var tokenEnd = 0;
        while (tokenEnd < text.Length && !CommandTokenizer.IsSeparator(text[tokenEnd]))
        {
            tokenEnd++;
        }

        var token = text[..tokenEnd];
        var rest = text[tokenEnd..];
        var letters = 0;
        while (letters < token.Length && CommandTokenizer.IsAsciiLetter(token[letters]))
        {
            letters++;
        }

        if (letters == 0)
        {
            return null;
        }

        var word = token[..letters].ToUpperInvariant();
        if (letters == token.Length)
        {
            if (PoliteWords.Contains(word) && politeWordsSkipped < MaxPoliteWords
                && ParseKeyword(CommandTokenizer.TrimLeadingSeparators(rest), politeWordsSkipped + 1) is { } polite)
            {
                return polite;
            }

            if (KeywordTable.MatchExact(word) is { } exact)
            {
                return Build(exact, rest);
            }

            if (TryGlued(token, rest) is { } glued)
            {
                return glued;
            }

            return KeywordTable.Match(word) is { } fuzzy ? Build(fuzzy, rest) : null;
        }

        if (TryGlued(token, rest) is { } gluedToCode)
        {
            return gluedToCode;
        }

        // Letters then something else (CEK123, ADU😡): the letters are the keyword if they are one.
        return KeywordTable.Match(word) is { } keyword ? Build(keyword, token[letters..] + rest) : null;
    }

    /// <summary>
    /// An exact keyword glued to an argument of the right shape: <c>CEKK7M29QXD3</c>, <c>BATALA017</c>,
    /// <c>ANTRIB</c>. Only arguments with a shape qualify, so <c>ADUAN</c> is never ADU + "AN".
    /// </summary>
    private static SmsCommand? TryGlued(string token, string rest)
    {
        var upper = token.ToUpperInvariant();
        foreach (var (spelling, keyword) in KeywordTable.LongestFirst)
        {
            if (upper.Length <= spelling.Length || !upper.StartsWith(spelling, StringComparison.Ordinal))
            {
                continue;
            }

            var argument = token[spelling.Length..] + rest;
            switch (keyword)
            {
                case CommandKeyword.CheckStatus when ParseCode(argument) is { Shape: CodeShape.TrackingCode or CodeShape.TicketCode } check:
                    return check;
                case CommandKeyword.CancelTicket when ParseCancel(argument) is { IsWellFormed: true } cancel:
                    return cancel;
                case CommandKeyword.TakeQueueNumber when upper.Length == spelling.Length + 1 && CommandTokenizer.IsAsciiLetter(upper[^1]):
                    return new SmsCommand.TakeQueueNumber(upper[^1..]);
                default:
                    continue;
            }
        }

        return null;
    }

    private static SmsCommand Build(CommandKeyword keyword, string rest) => keyword switch
    {
        CommandKeyword.CheckStatus => ParseCode(rest),
        CommandKeyword.FileComplaint => new SmsCommand.FileComplaint(CommandTokenizer.TrimLeadingSeparators(rest).TrimEnd()),
        CommandKeyword.TakeQueueNumber => ParseService(rest),
        CommandKeyword.CancelTicket => ParseCancel(rest),
        CommandKeyword.Help => new SmsCommand.Help(),
        _ => throw new ArgumentOutOfRangeException(nameof(keyword), keyword, "Unknown keyword."),
    };

    private static SmsCommand.CheckStatus ParseCode(string argument)
    {
        var tokens = WithoutLeading(CommandTokenizer.Tokens(argument), CodeFillers);
        for (var n = Math.Min(MaxCodeTokens, tokens.Count); n >= 1; n--)
        {
            var compact = string.Concat(tokens.Take(n));
            if (CodeShapes.TryTrackingCode(compact, out var code, out _))
            {
                return new SmsCommand.CheckStatus(code, CodeShape.TrackingCode);
            }

            if (CodeShapes.TryTicketCode(compact, out var ticket))
            {
                return new SmsCommand.CheckStatus(ticket, CodeShape.TicketCode);
            }
        }

        var other = CommandTokenizer.AlphanumericUpper(string.Concat(tokens), CodeShapes.MaxUnrecognisedCodeLength);
        return new SmsCommand.CheckStatus(other, other.Length == 0 ? CodeShape.Missing : CodeShape.Unrecognised);
    }

    private static SmsCommand.CancelTicket ParseCancel(string argument)
    {
        var tokens = WithoutLeading(CommandTokenizer.Tokens(argument), CodeFillers);
        for (var n = Math.Min(2, tokens.Count); n >= 1; n--)
        {
            if (CodeShapes.TryTicketCode(string.Concat(tokens.Take(n)), out var ticket))
            {
                return new SmsCommand.CancelTicket(ticket, IsWellFormed: true);
            }
        }

        var other = CommandTokenizer.AlphanumericUpper(string.Concat(tokens), CodeShapes.MaxUnrecognisedCodeLength);
        return new SmsCommand.CancelTicket(other, IsWellFormed: false);
    }

    private static SmsCommand.TakeQueueNumber ParseService(string argument)
    {
        var tokens = WithoutLeading(CommandTokenizer.Tokens(argument), ServiceFillers);
        if (tokens.Count == 0)
        {
            return new SmsCommand.TakeQueueNumber(string.Empty);
        }

        if (tokens[0].Length == 1 && CommandTokenizer.IsAsciiLetter(tokens[0][0]))
        {
            return new SmsCommand.TakeQueueNumber(tokens[0].ToUpperInvariant());
        }

        return new SmsCommand.TakeQueueNumber(string.Join(' ', tokens));
    }

    private static List<string> WithoutLeading(List<string> tokens, HashSet<string> fillers)
    {
        var skip = 0;
        while (skip < tokens.Count && fillers.Contains(tokens[skip].ToUpperInvariant()))
        {
            skip++;
        }

        return skip == 0 ? tokens : tokens.GetRange(skip, tokens.Count - skip);
    }
}
