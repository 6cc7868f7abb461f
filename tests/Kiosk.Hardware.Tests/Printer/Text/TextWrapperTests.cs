using Kiosk.Hardware.Printer.Text;

namespace Kiosk.Hardware.Tests.Printer.Text;

public class TextWrapperTests
{
    [Fact]
    public void Words_wrap_at_the_last_space_that_fits() =>
        Assert.Equal(["Cek status: SMS CEK A-017 ke", "081234567890"], TextWrapper.Wrap("Cek status: SMS CEK A-017 ke 081234567890", 32));

    [Fact]
    public void A_word_longer_than_the_line_is_broken_hard() =>
        Assert.Equal(["ABCDEFGH", "IJKLMNOP", "QR x"], TextWrapper.Wrap("ABCDEFGHIJKLMNOPQR x", 8));

    [Fact]
    public void Line_breaks_in_the_text_are_kept_and_blank_lines_survive() =>
        Assert.Equal(["a", string.Empty, "b"], TextWrapper.Wrap("a\r\n\nb", 10));

    [Fact]
    public void Runs_of_spaces_collapse() => Assert.Equal(["a b"], TextWrapper.Wrap("  a    b  ", 10));

    [Fact]
    public void A_line_that_fits_exactly_stays_one_line() =>
        Assert.Equal([new string('x', 16)], TextWrapper.Wrap(new string('x', 16), 16));

    [Fact]
    public void Zero_columns_is_rejected() => Assert.Throws<ArgumentOutOfRangeException>(() => TextWrapper.Wrap("a", 0));
}
