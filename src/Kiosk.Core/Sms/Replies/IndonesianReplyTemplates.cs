namespace Kiosk.Core.Sms.Replies;

/// <summary>Every fixed reply in Bahasa Indonesia, plain ASCII so it stays in one GSM-7 segment.</summary>
internal sealed class IndonesianReplyTemplates : IReplyTemplates
{
    public string NoteLabel => " Ket: ";

    public string Help() =>
        "Layanan SMS: CEK kode (cth CEK K7M2-9QXD-3); ADU isi aduan (cth ADU jalan rusak); "
        + "ANTRI huruf layanan (cth ANTRI A); BATAL no antrian (cth BATAL A-017)";

    public string Unrecognised() =>
        "Maaf, pesan tidak dikenali. Kirim CEK kode, ADU isi aduan, ANTRI huruf layanan, atau BATAL no antrian. "
        + "Kirim INFO untuk contoh.";

    public string StatusName(ComplaintStatusName status) => status switch
    {
        ComplaintStatusName.Received => "DITERIMA",
        ComplaintStatusName.Forwarded => "TERKIRIM",
        ComplaintStatusName.Verified => "DIVERIFIKASI",
        ComplaintStatusName.InProgress => "DIPROSES",
        ComplaintStatusName.Done => "SELESAI",
        ComplaintStatusName.Rejected => "DITOLAK",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    public string ComplaintStatus(string code, string statusName, string when) =>
        $"Aduan {code}: {statusName} sejak {when}.";

    public string CodeMissing() =>
        "Kode belum ditulis. Kirim CEK lalu kode aduan atau no antrian, cth CEK K7M2-9QXD-3 atau CEK A-017.";

    public string CodeMistyped(string code) =>
        $"Kode {code} salah ketik, periksa lagi. Kode aduan ada di struk, 9 huruf/angka, cth CEK K7M2-9QXD-3.";

    public string CodeNotFound(string code) =>
        $"Kode {code} tidak ditemukan di kantor ini. Periksa lagi kodenya atau tanyakan ke petugas.";

    public string ComplaintReceived(string code) =>
        $"Aduan Anda diterima. Kode lacak: {code}. Simpan kode ini. Cek status: kirim CEK {code} ke nomor ini.";

    public string ComplaintTooShort(string minLength) =>
        $"Aduan terlalu pendek. Tulis minimal {minLength} huruf, cth: ADU lampu jalan di Desa Mojo mati sejak 3 hari.";

    public string ComplaintTooLong(string maxLength) =>
        $"Aduan terlalu panjang (maks {maxLength} huruf). Persingkat lalu kirim lagi, atau datang ke kantor kecamatan.";

    public string Wait(TimeSpan wait)
    {
        if (wait > ReplyFieldLimits.Wait)
        {
            return "lebih dari 10 jam";
        }

        var minutes = (int)Math.Ceiling(Math.Max(0, wait.TotalMinutes));
        return minutes < 60 ? $"{minutes} menit" : $"{minutes / 60} jam {minutes % 60} menit";
    }

    public string QueueTicketTaken(string ticket, string service, string office, string ahead, string wait, string notifyAhead) =>
        $"Antrian {ticket} ({service}), {office}. Di depan: {ahead} orang, sekitar {wait}. "
        + $"SMS akan dikirim saat {notifyAhead} orang lagi.";

    public string TicketWaiting(string ticket, string service, string ahead, string wait) =>
        $"Antrian {ticket} ({service}): {ahead} orang lagi di depan Anda, sekitar {wait}.";

    public string TicketNext(string ticket, string service, string office) =>
        $"Antrian {ticket} ({service}): Giliran Anda berikutnya. Segera datang ke loket di {office}.";

    public string TicketCalled(string ticket) =>
        $"Antrian {ticket} sudah dipanggil. Jika belum dilayani, segera ke loket atau tanyakan ke petugas.";

    public string TicketNotFound(string ticket) =>
        $"Antrian {ticket} tidak ada hari ini. Periksa nomornya, cth CEK A-017.";

    public string TurnNear(string ticket, string service, string office, string ahead) =>
        $"Antrian {ticket} ({service}): tinggal {ahead} orang lagi sebelum giliran Anda. Segera datang ke {office}.";

    public string Called(string ticket, string counter) =>
        $"Nomor {ticket} dipanggil ke {counter}";

    public string UnknownService(string choices, string example) =>
        $"Layanan tidak dikenal. Kirim ANTRI lalu huruf layanan: {choices}. Cth: ANTRI {example}";

    public string NoServices() =>
        "Maaf, antrian lewat SMS belum tersedia di kantor ini. Silakan ambil nomor di kios kantor kecamatan.";

    public string TicketCancelled(string ticket) =>
        $"Antrian {ticket} sudah dibatalkan. Terima kasih.";

    public string CancelRefused(string ticket, CancelRefusal reason) => reason switch
    {
        CancelRefusal.Malformed => "Tulis no antrian yang dibatalkan, cth BATAL A-017.",
        CancelRefusal.NotFound => $"Antrian {ticket} tidak ada hari ini. Periksa nomornya, cth BATAL A-017.",
        CancelRefusal.NotYourTicket => $"Antrian {ticket} tidak bisa dibatalkan: tidak diambil dari nomor ini.",
        CancelRefusal.AlreadyCalled => $"Antrian {ticket} sudah dipanggil, tidak bisa dibatalkan.",
        CancelRefusal.AlreadyCancelled => $"Antrian {ticket} sudah dibatalkan sebelumnya.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown refusal."),
    };

    public string MessageTooLong(string maxParts) =>
        $"Pesan terlalu panjang (lebih dari {maxParts} SMS) dan belum diproses. Persingkat lalu kirim lagi, atau datang ke kantor kecamatan.";

    public string DailyLimitReached() =>
        "Maaf, batas SMS hari ini sudah tercapai. Coba lagi besok, atau datang langsung ke kantor kecamatan.";

    public string OutOfService() =>
        "Maaf, layanan SMS sedang tidak tersedia. Silakan datang langsung ke kantor kecamatan.";
}
