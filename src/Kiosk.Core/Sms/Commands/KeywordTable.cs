using System.Collections.Frozen;

namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// Every spelling of every command keyword, and the fuzzy match that forgives one more typo.
/// </summary>
/// <remarks>
/// A word that is not listed matches a keyword when both have at least <see cref="MinFuzzyLength"/>
/// letters, their Damerau-Levenshtein distance is one, the word is not an ordinary word on
/// <see cref="OrdinaryWords"/>, and all keywords that close belong to the same command.
/// </remarks>
internal static class KeywordTable
{
    public const int MinFuzzyLength = 4;

    private static readonly FrozenDictionary<string, CommandKeyword> Spellings = new Dictionary<string, CommandKeyword>
    {
        ["CEK"] = CommandKeyword.CheckStatus,
        ["CEEK"] = CommandKeyword.CheckStatus,
        ["CK"] = CommandKeyword.CheckStatus,
        ["CHEK"] = CommandKeyword.CheckStatus,
        ["CECK"] = CommandKeyword.CheckStatus,
        ["CHECK"] = CommandKeyword.CheckStatus,
        ["STATUS"] = CommandKeyword.CheckStatus,
        ["STATUSS"] = CommandKeyword.CheckStatus,
        ["STS"] = CommandKeyword.CheckStatus,
        ["LACAK"] = CommandKeyword.CheckStatus,
        ["CEKIN"] = CommandKeyword.CheckStatus,
        ["DICEK"] = CommandKeyword.CheckStatus,
        ["NGECEK"] = CommandKeyword.CheckStatus,
        ["CEKKAN"] = CommandKeyword.CheckStatus,
        ["TRACK"] = CommandKeyword.CheckStatus,

        ["ADU"] = CommandKeyword.FileComplaint,
        ["ADUAN"] = CommandKeyword.FileComplaint,
        ["ADUKAN"] = CommandKeyword.FileComplaint,
        ["MENGADU"] = CommandKeyword.FileComplaint,
        ["PENGADUAN"] = CommandKeyword.FileComplaint,
        ["LAPOR"] = CommandKeyword.FileComplaint,
        ["LAPORAN"] = CommandKeyword.FileComplaint,
        ["LAPORKAN"] = CommandKeyword.FileComplaint,
        ["LPR"] = CommandKeyword.FileComplaint,
        ["COMPLAIN"] = CommandKeyword.FileComplaint,
        ["KOMPLAIN"] = CommandKeyword.FileComplaint,
        ["KOMPLEN"] = CommandKeyword.FileComplaint,
        ["KELUHAN"] = CommandKeyword.FileComplaint,
        ["COMPLAINT"] = CommandKeyword.FileComplaint,
        ["REPORT"] = CommandKeyword.FileComplaint,
        ["NGADU"] = CommandKeyword.FileComplaint,
        ["LAPORIN"] = CommandKeyword.FileComplaint,

        ["ANTRI"] = CommandKeyword.TakeQueueNumber,
        ["ANTRIAN"] = CommandKeyword.TakeQueueNumber,
        ["ANTRE"] = CommandKeyword.TakeQueueNumber,
        ["ANTREAN"] = CommandKeyword.TakeQueueNumber,
        ["ANTRY"] = CommandKeyword.TakeQueueNumber,
        ["NOMOR"] = CommandKeyword.TakeQueueNumber,
        ["NOMER"] = CommandKeyword.TakeQueueNumber,
        ["QUEUE"] = CommandKeyword.TakeQueueNumber,
        ["NGANTRI"] = CommandKeyword.TakeQueueNumber,
        ["NGANTRE"] = CommandKeyword.TakeQueueNumber,

        ["BATAL"] = CommandKeyword.CancelTicket,
        ["BTL"] = CommandKeyword.CancelTicket,
        ["BATALKAN"] = CommandKeyword.CancelTicket,
        ["BATALIN"] = CommandKeyword.CancelTicket,
        ["CANCEL"] = CommandKeyword.CancelTicket,

        ["INFO"] = CommandKeyword.Help,
        ["INFORMASI"] = CommandKeyword.Help,
        ["BANTUAN"] = CommandKeyword.Help,
        ["BANTU"] = CommandKeyword.Help,
        ["PANDUAN"] = CommandKeyword.Help,
        ["HELP"] = CommandKeyword.Help,
        ["TOLONG"] = CommandKeyword.Help,
        ["MENU"] = CommandKeyword.Help,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Ordinary words one edit away from a keyword that must not become a command: a hungry citizen
    /// (LAPAR) is not filing a complaint, and a village health worker (MANTRI) is not a queue request.
    /// </summary>
    public static readonly FrozenSet<string> OrdinaryWords = new[]
    {
        "LAPAR", "ANTI", "ANTER", "MANTRI", "ENTRY", "BATA", "BATAS", "BATAK", "BATAM", "BANTAL",
        "BAKAL", "HELM", "INDO", "STATUE", "BATU", "INTO", "LAPAK",
        "HELPS", "BANTUL", "CANCER",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Exact spellings, longest first, for splitting a keyword glued to its argument (<c>CEKK7M29QXD3</c>).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, CommandKeyword>> LongestFirst =
        [.. Spellings.OrderByDescending(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal)];

    /// <summary>
    /// Matches an uppercase ASCII word exactly, then as SMS spelling (a held key: <c>CEKK</c>, <c>ANTRII</c>,
    /// <c>ADUU</c>; the suffix <c>-NYA</c>: <c>STATUSNYA</c>), then fuzzily.
    /// </summary>
    public static CommandKeyword? Match(string word)
    {
        if (MatchSpelling(word) is { } spelt)
        {
            return spelt;
        }

        if (word.Length < MinFuzzyLength || OrdinaryWords.Contains(word))
        {
            return null;
        }

        CommandKeyword? found = null;
        foreach (var (spelling, keyword) in Spellings)
        {
            if (spelling.Length < MinFuzzyLength || Math.Abs(spelling.Length - word.Length) > 1)
            {
                continue;
            }

            if (EditDistance.Between(word, spelling) > 1)
            {
                continue;
            }

            if (found is { } other && other != keyword)
            {
                return null;
            }

            found = keyword;
        }

        return found;
    }

    /// <summary>Exact spellings, a held key or the suffix <c>-NYA</c>; no typo forgiven.</summary>
    public static CommandKeyword? MatchSpelling(string word)
    {
        if (Spellings.TryGetValue(word, out var exact))
        {
            return exact;
        }

        if (Spellings.TryGetValue(Collapsed(word), out var held))
        {
            return held;
        }

        return word.Length > 5 && word.EndsWith("NYA", StringComparison.Ordinal) ? MatchExact(word[..^3]) : null;
    }

    /// <summary>A word with each run of one letter cut to one letter: <c>CEKKK</c> → <c>CEK</c>.</summary>
    private static string Collapsed(string word)
    {
        var kept = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (kept.Length == 0 || kept[^1] != c)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>Exact spellings only.</summary>
    public static CommandKeyword? MatchExact(string word) =>
        Spellings.TryGetValue(word, out var exact) ? exact : null;
}
