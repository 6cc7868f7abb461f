namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// What a destructive command asks before it acts: a question on the terminal, <c>--yes</c> for
/// scripts, and a refusal (exit 2) when there is neither, so a script never hangs on a prompt.
/// </summary>
public static class CliConfirmation
{
    /// <summary>Exit 2 now when no one can be asked and <c>--yes</c> was not given.</summary>
    public static void RequireTerminalOrYes(CliSession session, bool yes, string command)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!yes && !session.Interactive)
        {
            throw CliException.Usage(session.Texts.Format(CliText.ConfirmNeedsYes, command));
        }
    }

    /// <summary>Asks <paramref name="question"/> unless <paramref name="yes"/>; exit 1 with nothing changed unless the answer is accepted.</summary>
    public static async Task ConfirmAsync(CliSession session, bool yes, string question, Func<string, bool> accepted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(accepted);
        if (yes)
        {
            return;
        }

        await session.Error.WriteAsync(question);
        await session.Error.FlushAsync(ct);
        var answer = await session.Input.ReadLineAsync(ct);
        if (answer is null || !accepted(answer.Trim()))
        {
            throw CliException.Failed(session.Texts[CliText.ConfirmDeclined]);
        }
    }

    /// <summary>yes, y, ya (any case): the answers that confirm in either language.</summary>
    public static bool IsYes(string answer) => answer.ToLowerInvariant() is "yes" or "y" or "ya";

    /// <summary>Who runs the command, for the journal and the audit log: the sudo caller, else the user.</summary>
    public static string Who(CliSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Environment.GetValueOrDefault("SUDO_USER") is { Length: > 0 } sudo ? sudo
            : session.Environment.GetValueOrDefault("USER") is { Length: > 0 } user ? user
            : Environment.UserName;
    }
}
