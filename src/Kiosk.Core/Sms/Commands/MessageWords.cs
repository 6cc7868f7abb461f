using System.Collections.Frozen;

namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// The words around a command that carry no command: greetings, honorifics, regional politeness
/// (Javanese, Sundanese, Betawi), fillers and question words. The parser ignores them wherever they
/// stand; they never become a keyword by a typo, and they do not count as "other words" around a code.
/// </summary>
internal static class MessageWords
{
    public static readonly FrozenSet<string> Ignorable = new[]
    {
        // Greetings, Indonesian, Arabic, regional, English.
        "SELAMAT", "SLMT", "SLAMAT", "MET", "PAGI", "SIANG", "SORE", "MALAM", "MLM", "HALO", "HALLO", "HALOO", "HELO",
        "HAI", "HAY", "HI", "HELLO", "HEY", "ASSALAMUALAIKUM", "ASSALAMUALAIKUMWRWB", "ASSALAMMUALAIKUM",
        "ASALAMUALAIKUM", "ASSALAMU", "ALAIKUM", "ALAIKUMSALAM", "ASS", "ASW", "ASLM", "ASSLM", "ASSLMKM",
        "WR", "WB", "WRWB", "SALAM", "PUNTEN", "SAMPURASUN", "NUWUN", "SEWU", "SUGENG", "ENJING", "SONTEN",
        "OM", "SWASTIASTU", "SHALOM", "GOOD", "MORNING", "AFTERNOON", "EVENING", "DAY",

        // Honorifics and forms of address.
        "PAK", "BAPAK", "BPK", "BP", "BU", "IBU", "IBUK", "BUK", "MAS", "MBAK", "MBA", "MBK", "KANG", "AKANG",
        "TETEH", "TEH", "TEPEH", "NENG", "AA", "GAN", "AGAN", "SIST", "BANG", "ABANG", "BOS", "BOSS", "MIN",
        "ADMIN", "MIMIN", "KAK", "KAKAK", "DEK", "ADEK", "CAK", "NING", "UDA", "UNI", "OPUNG", "ENCANG", "ENCING",
        "MPOK", "BABE", "NYAK", "PAKDE", "BUDE", "SIR", "MADAM", "MAAM", "MR", "MRS", "MS", "MISS", "PETUGAS",
        "KAKANDA", "LURAH", "CAMAT",

        // Politeness, fillers, pronouns, particles.
        "TOLONG", "TLG", "MOHON", "MHN", "MINTA", "MNTA", "SAYA", "SY", "AKU", "AKUH", "GUE", "GUA", "GW", "AYE",
        "ANE", "KULO", "KULA", "ABDI", "MAU", "MAO", "MO", "PENGEN", "PENGIN", "INGIN", "IZIN", "IJIN",
        "MAAF", "MAP", "PERMISI", "PLEASE", "PLS", "PLIS", "PLZ", "TERIMA", "TRIMA", "KASIH", "KASI", "MAKASIH",
        "MAKASI", "TRIMS", "TKS", "THX", "THANKS", "THANK", "MATUR", "SUWUN", "NUHUN", "HATUR", "DONG", "DONK",
        "YA", "YAH", "YAA", "IYA", "NIH", "SIH", "DEH", "KOK", "LHO", "LOH", "TUH", "KAH", "AJA", "SAJA", "DULU",
        "NGGIH", "NGGEH", "NJIH", "MANGGA", "ATUH", "EUY", "MAH", "WAE", "BAE", "OK", "OKE", "OKAY", "SIP",
        "NYA", "INI", "ITU", "YANG", "YG", "DI", "DARI", "KE", "UNTUK", "UTK", "BUAT", "DGN", "DENGAN", "DAN",
        "ATAU", "ADA", "SUDAH", "SDH", "UDAH", "UDH", "UWIS", "BELUM", "BLM", "APA", "APAKAH", "GIMANA", "GMN",
        "BAGAIMANA", "BGMN", "KAPAN", "SAMPAI", "SAMPE", "MANA", "BERAPA", "BRP", "TANYA", "NANYA", "NANYAK",
        "INFOKAN", "KABAR", "PERKEMBANGAN", "PROGRES", "PROGRESS", "KODE", "KD", "CODE", "NO", "NOMOR", "NOMER",
        "NMR", "TIKET", "TICKET", "KARCIS", "MY", "MINE", "THE", "A", "AN", "I", "ME", "WANT", "WOULD", "LIKE",
        "TO", "OF", "FOR", "IS", "IT", "CAN", "YOU", "WHAT", "HOW", "ABOUT", "NUMBER", "WITH", "ON",
        "SEND", "KIRIM", "CHECKING", "MENGECEK", "LIHAT", "LIAT",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that mark a message as English; Indonesian ones count against.</summary>
    public static readonly FrozenSet<string> English = new[]
    {
        "CHECK", "MY", "PLEASE", "COMPLAINT", "COMPLAIN", "REPORT", "QUEUE", "HELP", "HELLO", "HI", "GOOD", "MORNING",
        "AFTERNOON", "EVENING", "THE", "CANCEL", "TICKET", "WANT", "WHAT", "HOW", "IS", "I", "YOU", "THANKS", "THANK",
        "SIR", "MADAM", "TO", "OF", "FOR", "NUMBER", "CODE", "ABOUT", "ROAD", "BROKEN", "WHERE", "WHEN", "CAN",
        "WOULD", "LIKE", "AM", "ARE", "THIS", "THAT", "WITH", "NOT", "IT", "ME", "TRACK",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Indonesian = new[]
    {
        "SAYA", "MAU", "MOHON", "TOLONG", "PAK", "BU", "CEK", "ADU", "ADUAN", "ANTRI", "ANTRIAN", "LAPOR", "BATAL",
        "SELAMAT", "PAGI", "SIANG", "SORE", "MALAM", "TERIMA", "KASIH", "DONG", "YA", "INI", "ITU", "YANG", "DAN",
        "DI", "KE", "APA", "SUDAH", "BELUM", "BAGAIMANA", "GIMANA", "NOMOR", "KODE", "MINTA", "JALAN", "RUSAK",
        "BANTUAN", "TIDAK", "ADA", "MAS", "MBAK", "KANG", "GAN", "PUNTEN", "NUWUN", "ASSALAMUALAIKUM", "INFO",
        "STATUSNYA", "PENGADUAN", "MANA", "KAPAN", "UNTUK", "BUAT", "DARI",
    }.ToFrozenSet(StringComparer.Ordinal);
}
