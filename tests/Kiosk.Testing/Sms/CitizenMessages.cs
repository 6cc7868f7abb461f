namespace Kiosk.Testing;

/// <summary>What a citizen's SMS should be understood as.</summary>
public enum CitizenIntent
{
    /// <summary>A status check of a valid code; Expected is the code, compact (<c>K7M29QXDF</c>) or a ticket (<c>A-017</c>).</summary>
    Check,

    /// <summary>Something that looks like a code but is not a valid one; Expected is the token as typed.</summary>
    Mistyped,

    /// <summary>A status check without any code; Expected is empty.</summary>
    CheckWithoutCode,

    /// <summary>A complaint; Expected is its text.</summary>
    Complaint,

    /// <summary>A remote queue number; Expected is the service as given (a letter, or a name fragment).</summary>
    Queue,

    /// <summary>A cancellation; Expected is the ticket (<c>A-017</c>).</summary>
    Cancel,

    /// <summary>A request for help; Expected is empty.</summary>
    Help,

    /// <summary>Neither intent nor code: answered with the short help; Expected is empty.</summary>
    Unknown,
}

/// <summary>One realistic SMS and what it means; <see cref="English"/> when the reply should be English.</summary>
public sealed record CitizenMessage(string Sms, CitizenIntent Intent, string Expected, bool English = false)
{
    public override string ToString() => Sms;
}

/// <summary>
/// Messages as citizens write them — greetings, honorifics, regional politeness, typos, English, codes in
/// every shape, junk — with what each means. Valid tracking codes used: K7M2-9QXD-F, 10K7-M2Q0-X,
/// R4T8-PW2N-F, H3JD-6B9Q-6, 7VGA-5C1M-B, 0B2S-5Z8G-H (their check symbols hold).
/// </summary>
public static class CitizenMessages
{
    public static readonly IReadOnlyList<CitizenMessage> All =
    [
        // Status checks: keyword and code in every shape.
        new("CEK K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("cek k7m29qxdf", CitizenIntent.Check, "K7M29QXDF"),
        new("Cek K7M2 9QXD F", CitizenIntent.Check, "K7M29QXDF"),
        new("cekk K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("CEKK7M29QXDF", CitizenIntent.Check, "K7M29QXDF"),
        new("ceek r4t8pw2nf", CitizenIntent.Check, "R4T8PW2NF"),
        new("check R4T8-PW2N-F", CitizenIntent.Check, "R4T8PW2NF", English: true),
        new("check my complaint K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF", English: true),
        new("Hello, please check status of my complaint R4T8PW2NF thanks", CitizenIntent.Check, "R4T8PW2NF", English: true),
        new("status H3JD-6B9Q-6", CitizenIntent.Check, "H3JD6B9Q6"),
        new("STATUSNYA H3JD6B9Q6 gimana", CitizenIntent.Check, "H3JD6B9Q6"),
        new("statis H3JD6B9Q6", CitizenIntent.Check, "H3JD6B9Q6"),
        new("chek 7VGA-5C1M-B", CitizenIntent.Check, "7VGA5C1MB"),
        new("cheque 7VGA5C1MB", CitizenIntent.Check, "7VGA5C1MB"),
        new("lacak 7vga 5c1m b", CitizenIntent.Check, "7VGA5C1MB"),
        new("pagi pak, mohon info pengaduan K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("Assalamualaikum pak, mau cek aduan saya K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("assalamualaikum wr wb. cek K7M29QXDF. terima kasih", CitizenIntent.Check, "K7M29QXDF"),
        new("Punten kang, cek kode R4T8-PW2N-F nya", CitizenIntent.Check, "R4T8PW2NF"),
        new("nuwun sewu mas, ngecek aduan H3JD 6B9Q 6", CitizenIntent.Check, "H3JD6B9Q6"),
        new("Gan cekin dong 7VGA-5C1M-B", CitizenIntent.Check, "7VGA5C1MB"),
        new("mbak tolong dicek R4T8PW2NF ya", CitizenIntent.Check, "R4T8PW2NF"),
        new("bu, pengaduan saya K7M2-9QXD-F sudah sampai mana?", CitizenIntent.Check, "K7M29QXDF"),
        new("Selamat siang. Aduan K7M2-9QXD-F bagaimana kabarnya?", CitizenIntent.Check, "K7M29QXDF"),
        new("K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("k7m2 9qxd f", CitizenIntent.Check, "K7M29QXDF"),
        new("k7m29qxdf", CitizenIntent.Check, "K7M29QXDF"),
        new("K7M2.9QXD.F", CitizenIntent.Check, "K7M29QXDF"),
        new("#K7M2#9QXD#F#", CitizenIntent.Check, "K7M29QXDF"),
        new("halo, K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("Pak K7M29QXDF sudah diproses belum", CitizenIntent.Check, "K7M29QXDF"),
        new("10K7-M2Q0-X", CitizenIntent.Check, "10K7M2Q0X"),
        new("IOK7-M2QO-X", CitizenIntent.Check, "10K7M2Q0X"),
        new("cek lOK7M2QOX", CitizenIntent.Check, "10K7M2Q0X"),
        new("cek 1ok7 m2qo x", CitizenIntent.Check, "10K7M2Q0X"),
        new("OB2S-5Z8G-H", CitizenIntent.Check, "0B2S5Z8GH"),
        new("cek ob2s5z8gh", CitizenIntent.Check, "0B2S5Z8GH"),
        new("CEK: 0B2S-5Z8G-H", CitizenIntent.Check, "0B2S5Z8GH"),
        new("cek\nK7M2-9QXD-F\n", CitizenIntent.Check, "K7M29QXDF"),
        new("  CEK ... K7M2-9QXD-F !!! ", CitizenIntent.Check, "K7M29QXDF"),
        new("cek (K7M2-9QXD-F)", CitizenIntent.Check, "K7M29QXDF"),
        new("cek \"K7M2-9QXD-F\"", CitizenIntent.Check, "K7M29QXDF"),
        new("Kode aduan: K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("K7M2-9QXD-F cek", CitizenIntent.Check, "K7M29QXDF"),
        new("Yth Bapak Camat, mohon info perkembangan aduan K7M2-9QXD-F", CitizenIntent.Check, "K7M29QXDF"),
        new("What is the status of R4T8-PW2N-F?", CitizenIntent.Check, "R4T8PW2NF", English: true),
        new("track H3JD6B9Q6", CitizenIntent.Check, "H3JD6B9Q6", English: true),
        new("Good morning sir, R4T8PW2NF status please", CitizenIntent.Check, "R4T8PW2NF", English: true),

        // Ticket checks.
        new("CEK A017", CitizenIntent.Check, "A-017"),
        new("cek a-17", CitizenIntent.Check, "A-017"),
        new("cek A 017", CitizenIntent.Check, "A-017"),
        new("Cek nomor antrian B-5", CitizenIntent.Check, "B-005"),
        new("A017", CitizenIntent.Check, "A-017"),
        new("b12", CitizenIntent.Check, "B-012"),
        new("antrian saya A017 masih berapa lagi", CitizenIntent.Check, "A-017"),
        new("pak antrian B-005 sudah dipanggil belum", CitizenIntent.Check, "B-005"),
        new("check ticket A-017", CitizenIntent.Check, "A-017", English: true),
        new("CEKA017", CitizenIntent.Check, "A-017"),
        new("ceck no antrian a 3", CitizenIntent.Check, "A-003"),

        // Mistyped codes: quoted as typed.
        new("CEK K7M2-9QXD-3", CitizenIntent.Mistyped, "K7M2-9QXD-3"),
        new("cek k7m2 9qxd 3", CitizenIntent.Mistyped, "k7m2 9qxd 3"),
        new("K7M2-9QXD-3", CitizenIntent.Mistyped, "K7M2-9QXD-3"),
        new("k7m29qxd3", CitizenIntent.Mistyped, "k7m29qxd3"),
        new("cek K7M2-9QXD", CitizenIntent.Mistyped, "K7M2-9QXD"),
        new("cek K7M2-9QXD-FF", CitizenIntent.Mistyped, "K7M2-9QXD-FF"),
        new("pagi pak, mohon info pengaduan K7M2-9QXD-3", CitizenIntent.Mistyped, "K7M2-9QXD-3"),
        new("cekk K7N2-9QXD-F", CitizenIntent.Mistyped, "K7N2-9QXD-F"),
        new("check my complaint K7M2-9QDX-F", CitizenIntent.Mistyped, "K7M2-9QDX-F", English: true),
        new("status R4T8PW2NX", CitizenIntent.Mistyped, "R4T8PW2NX"),
        new("cek 12345", CitizenIntent.Mistyped, "12345"),
        new("CEK123", CitizenIntent.Mistyped, "123"),
        new("halo R4T8-PW2N", CitizenIntent.Mistyped, "R4T8-PW2N"),
        new("cek kode saya K7M29QX", CitizenIntent.Mistyped, "K7M29QX"),
        new("Aduan K7M2-9QXD-3 gimana", CitizenIntent.Mistyped, "K7M2-9QXD-3"),

        // Status check with no code at all.
        new("CEK", CitizenIntent.CheckWithoutCode, ""),
        new("cek dong pak", CitizenIntent.CheckWithoutCode, ""),
        new("cekk status", CitizenIntent.CheckWithoutCode, ""),
        new("Status", CitizenIntent.CheckWithoutCode, ""),
        new("mau cek aduan saya", CitizenIntent.CheckWithoutCode, ""),

        // Complaints.
        new("ADU jalan desa rusak parah", CitizenIntent.Complaint, "jalan desa rusak parah"),
        new("adu: lampu jalan mati", CitizenIntent.Complaint, "lampu jalan mati"),
        new("aduu lampu jalan di RT 03 mati sejak seminggu", CitizenIntent.Complaint, "lampu jalan di RT 03 mati sejak seminggu"),
        new("aduan bantuan beras tidak sampai", CitizenIntent.Complaint, "bantuan beras tidak sampai"),
        new("LAPOR got mampet di RT 03", CitizenIntent.Complaint, "got mampet di RT 03"),
        new("lapor: got mampet.", CitizenIntent.Complaint, "got mampet."),
        new("Lapor pak, jembatan desa Tangkil ambrol", CitizenIntent.Complaint, "pak, jembatan desa Tangkil ambrol"),
        new("laporr sampah menumpuk di pasar", CitizenIntent.Complaint, "sampah menumpuk di pasar"),
        new("lapro pungli di kantor desa", CitizenIntent.Complaint, "pungli di kantor desa"),
        new("Pagi pak, saya mau lapor jalan ke Desa Mojo berlubang", CitizenIntent.Complaint, "jalan ke Desa Mojo berlubang"),
        new("Assalamualaikum, saya mau mengadu soal PKH belum cair", CitizenIntent.Complaint, "soal PKH belum cair"),
        new("punten, ngadu jalan rusak di Kampung Sine", CitizenIntent.Complaint, "jalan rusak di Kampung Sine"),
        new("pengaduan: BLT belum diterima 3 bulan", CitizenIntent.Complaint, "BLT belum diterima 3 bulan"),
        new("komplain pelayanan KTP lambat sekali", CitizenIntent.Complaint, "pelayanan KTP lambat sekali"),
        new("complaint the road near the market is broken", CitizenIntent.Complaint, "the road near the market is broken", English: true),
        new("I want to report a broken street light", CitizenIntent.Complaint, "a broken street light", English: true),
        new("keluhan air PDAM mati tiga hari", CitizenIntent.Complaint, "air PDAM mati tiga hari"),
        new("gan mau lapor, lampu PJU mati", CitizenIntent.Complaint, "lampu PJU mati"),
        new("mbak aduan saya: sampah tidak diangkut, mohon dicek", CitizenIntent.Complaint, "saya: sampah tidak diangkut, mohon dicek"),
        new("ADU\nJalan rusak\ndi Desa Mojo", CitizenIntent.Complaint, "Jalan rusak\ndi Desa Mojo"),
        new("LAPORAN pohon tumbang menutup jalan desa", CitizenIntent.Complaint, "pohon tumbang menutup jalan desa"),
        new("ADU kode K7M2-9QXD-F belum diproses padahal sudah dua minggu, tolong dipercepat", CitizenIntent.Complaint, "kode K7M2-9QXD-F belum diproses padahal sudah dua minggu, tolong dipercepat"),
        new("adu antri di loket KTP lama sekali", CitizenIntent.Complaint, "antri di loket KTP lama sekali"),
        new("Lapor, ada pungutan liar saat cek KTP", CitizenIntent.Complaint, "ada pungutan liar saat cek KTP"),
        new("ADUAM got mampet", CitizenIntent.Complaint, "got mampet"),
        new("adu 😡 jalan rusak lagi", CitizenIntent.Complaint, "😡 jalan rusak lagi"),

        // Queue numbers.
        new("ANTRI A", CitizenIntent.Queue, "A"),
        new("antri a", CitizenIntent.Queue, "A"),
        new("antrii B", CitizenIntent.Queue, "B"),
        new("ANTRIA", CitizenIntent.Queue, "A"),
        new("antre b", CitizenIntent.Queue, "B"),
        new("antrian A", CitizenIntent.Queue, "A"),
        new("Antrean B.", CitizenIntent.Queue, "B"),
        new("queue A", CitizenIntent.Queue, "A", English: true),
        new("anrti A", CitizenIntent.Queue, "A"),
        new("pagi bu, mau antri layanan B", CitizenIntent.Queue, "B"),
        new("Mas, minta nomor antrian A ya", CitizenIntent.Queue, "A"),
        new("punten teh, ngantri A", CitizenIntent.Queue, "A"),
        new("Assalamualaikum, antri B dong", CitizenIntent.Queue, "B"),
        new("antri sosial", CitizenIntent.Queue, "sosial"),
        new("antri layanan sosial pak", CitizenIntent.Queue, "sosial"),
        new("ANTRI", CitizenIntent.Queue, ""),
        new("nomor A", CitizenIntent.Queue, "A"),
        new("I would like to queue for B please", CitizenIntent.Queue, "B", English: true),
        new("antri pengaduan", CitizenIntent.Queue, "pengaduan"),

        // Cancellations.
        new("BATAL A017", CitizenIntent.Cancel, "A-017"),
        new("batal a-17", CitizenIntent.Cancel, "A-017"),
        new("batall A 17", CitizenIntent.Cancel, "A-017"),
        new("BATALA017", CitizenIntent.Cancel, "A-017"),
        new("cancel A-017", CitizenIntent.Cancel, "A-017", English: true),
        new("btl b5", CitizenIntent.Cancel, "B-005"),
        new("mas, batalin antrian B-005 ya, ga jadi", CitizenIntent.Cancel, "B-005"),
        new("Pak saya batalkan nomor A017", CitizenIntent.Cancel, "A-017"),
        new("batla A017", CitizenIntent.Cancel, "A-017"),
        new("please cancel my ticket A-017", CitizenIntent.Cancel, "A-017", English: true),

        // Help.
        new("INFO", CitizenIntent.Help, ""),
        new("info", CitizenIntent.Help, ""),
        new("infoo", CitizenIntent.Help, ""),
        new("bantuan", CitizenIntent.Help, ""),
        new("HELP", CitizenIntent.Help, "", English: true),
        new("help please", CitizenIntent.Help, "", English: true),
        new("?", CitizenIntent.Help, ""),
        new("menu", CitizenIntent.Help, ""),
        new("Tolong dong", CitizenIntent.Help, ""),
        new("minta info pak", CitizenIntent.Help, ""),
        new("infromasi", CitizenIntent.Help, ""),
        new("punten, info", CitizenIntent.Help, ""),

        // Neither intent nor code: short help, in the language written.
        new("Selamat pagi", CitizenIntent.Unknown, ""),
        new("Assalamualaikum", CitizenIntent.Unknown, ""),
        new("halo", CitizenIntent.Unknown, ""),
        new("Terima kasih pak", CitizenIntent.Unknown, ""),
        new("ok", CitizenIntent.Unknown, ""),
        new("Lapar pak belum makan", CitizenIntent.Unknown, ""),
        new("Mantri desa tidak datang", CitizenIntent.Unknown, ""),
        new("Saya mau tanya bantuan PKH", CitizenIntent.Unknown, ""),
        new("Kapan cair", CitizenIntent.Unknown, ""),
        new("12345", CitizenIntent.Unknown, ""),
        new("081234567890", CitizenIntent.Unknown, ""),
        new("😀😀😀", CitizenIntent.Unknown, ""),
        new("asdfghjkl", CitizenIntent.Unknown, ""),
        new("Kecamatan", CitizenIntent.Unknown, ""),
        new("motor B1234XYZ hilang di parkiran kecamatan kemarin sore", CitizenIntent.Unknown, ""),
        new("Hello, good morning", CitizenIntent.Unknown, "", English: true),
        new("Hi, how are you", CitizenIntent.Unknown, "", English: true),
        new("Thank you", CitizenIntent.Unknown, "", English: true),
        new("Where is the office?", CitizenIntent.Unknown, "", English: true),
        new("Pak, jalan di desa kami rusak.", CitizenIntent.Unknown, ""),
        new("Batas waktu kapan", CitizenIntent.Unknown, ""),
        new("Helm saya hilang", CitizenIntent.Unknown, ""),
        new("Cekatan sekali", CitizenIntent.Unknown, ""),
        new("PADUAN jalan rusak", CitizenIntent.Unknown, ""),
        new("Sugeng enjing", CitizenIntent.Unknown, ""),
        new("nuwun sewu", CitizenIntent.Unknown, ""),
    ];
}
