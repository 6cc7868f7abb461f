namespace Kiosk.Hardware.Printer.Text;

/// <summary>Word wrapping to a column count; words longer than a line are broken hard.</summary>
public static class TextWrapper
{
    /// <summary>
    /// Splits <paramref name="text"/> into lines of at most <paramref name="columns"/> characters.
    /// Line breaks in the text are kept, runs of spaces between words collapse to one, and an empty
    /// text gives one empty line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int columns)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);

        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, columns, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, int columns, List<string> lines)
    {
        var current = string.Empty;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (candidate.Length <= columns)
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            while (current.Length > columns)
            {
                lines.Add(current[..columns]);
                current = current[columns..];
            }
        }

        lines.Add(current);
    }
}
