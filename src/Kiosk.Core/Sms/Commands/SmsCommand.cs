namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// What a citizen's SMS asks for. A closed hierarchy: the private constructor means the cases
/// below are the only ones, so a dispatcher's <c>switch</c> over them is complete.
/// </summary>
/// <remarks>
/// The parser never throws on text and always yields one of these; every case carries plain values
/// only, so the grammar does not depend on the queue or complaint domain.
/// </remarks>
public abstract record SmsCommand
{
    private SmsCommand()
    {
    }

    /// <summary>
    /// <c>CEK &lt;code&gt;</c>, <c>STATUS &lt;code&gt;</c> or a bare code. <paramref name="Code"/> is
    /// normalised according to <paramref name="Shape"/>: a tracking code is uppercase without separators
    /// (Crockford aliases I/L→1, O→0 applied) and still needs its check character validated; a ticket code
    /// is <c>A-017</c>; anything else is uppercase without separators (at most 32 characters); missing is empty.
    /// </summary>
    public sealed record CheckStatus(string Code, CodeShape Shape) : SmsCommand;

    /// <summary>
    /// <c>ADU &lt;text&gt;</c> and its variants. <paramref name="Text"/> keeps its case and inner line
    /// breaks, trimmed; it may be empty or too short — the complaint handler answers that.
    /// </summary>
    public sealed record FileComplaint(string Text) : SmsCommand;

    /// <summary>
    /// <c>ANTRI &lt;service&gt;</c>. <paramref name="Service"/> is a single uppercase letter, a name fragment
    /// as the citizen typed it (trimmed, separators collapsed to one space), or empty when none was given.
    /// </summary>
    public sealed record TakeQueueNumber(string Service) : SmsCommand;

    /// <summary>
    /// <c>BATAL &lt;ticket&gt;</c>. <paramref name="TicketCode"/> is normalised to <c>A-017</c> when it has
    /// a ticket's shape (<see cref="IsWellFormed"/>); otherwise it is the argument uppercase without separators
    /// (at most 32 characters), possibly empty.
    /// </summary>
    public sealed record CancelTicket(string TicketCode, bool IsWellFormed) : SmsCommand;

    /// <summary><c>INFO</c>, <c>BANTUAN</c>, <c>HELP</c>, <c>TOLONG</c>, <c>MENU</c>, <c>?</c>.</summary>
    public sealed record Help : SmsCommand;

    /// <summary>Nothing but whitespace and separators.</summary>
    public sealed record Empty : SmsCommand;

    /// <summary>Anything else; <paramref name="Text"/> is the message trimmed. Answer with the help reply.</summary>
    public sealed record Unrecognised(string Text) : SmsCommand;
}
