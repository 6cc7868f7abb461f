using Kiosk.Host.Voice;

namespace Kiosk.Host.Tests.Voice;

public class SpokenIndonesianTests
{
    [Fact]
    public void A_call_reads_the_ticket_digit_by_digit_and_the_counter_number_as_a_number() =>
        Assert.Equal("Nomor antrian, a nol nol tujuh. Silakan ke Loket satu.", SpokenIndonesian.Call("A-007", "Loket 1"));

    [Theory]
    [InlineData("B-120", "be satu dua nol")]
    [InlineData("c 019", "ce nol satu sembilan")]
    [InlineData("Q-٠٠١", "ki")]
    public void Letters_have_their_Indonesian_names_and_only_ASCII_digits_are_read(string code, string spoken) =>
        Assert.Equal(spoken, SpokenIndonesian.Characters(code));

    [Theory]
    [InlineData(0, "nol")]
    [InlineData(7, "tujuh")]
    [InlineData(10, "sepuluh")]
    [InlineData(11, "sebelas")]
    [InlineData(12, "dua belas")]
    [InlineData(20, "dua puluh")]
    [InlineData(21, "dua puluh satu")]
    [InlineData(100, "seratus")]
    [InlineData(115, "seratus lima belas")]
    [InlineData(250, "dua ratus lima puluh")]
    [InlineData(1000, "seribu")]
    [InlineData(2026, "dua ribu dua puluh enam")]
    public void Numbers_are_Indonesian_cardinals(int n, string spoken) =>
        Assert.Equal(spoken, SpokenIndonesian.Number(n));

    [Theory]
    [InlineData("Loket 12", "Loket dua belas")]
    [InlineData("Loket Pengaduan", "Loket Pengaduan")]
    [InlineData("Meja 3 Lantai 2", "Meja tiga Lantai dua")]
    [InlineData("Loket 123456", "Loket satu dua tiga empat lima enam")]
    public void A_counter_name_keeps_its_words_and_reads_its_numbers(string name, string spoken) =>
        Assert.Equal(spoken, SpokenIndonesian.WithNumbers(name));
}
