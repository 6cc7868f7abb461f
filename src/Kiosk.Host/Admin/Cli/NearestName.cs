using System.CommandLine;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// The valid command or option nearest to a mistyped one (<c>--verison</c> → <c>--version</c>):
/// the smallest optimal-string-alignment distance, when it is small for the word's length.
/// </summary>
public static class NearestName
{
    /// <summary>What can be typed where <paramref name="command"/> stands: its subcommands, its options and those its parents pass down.</summary>
    public static IEnumerable<string> ValidAt(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            yield return sub.Name;
        }

        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
        {
            foreach (var option in c.Options.Where(o => !o.Hidden && (ReferenceEquals(c, command) || o.Recursive)))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    /// <summary>The nearest of <paramref name="candidates"/>, or null when none is close enough to be what was meant.</summary>
    public static string? For(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Max(2, typed.TrimStart('-').Length / 3);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
