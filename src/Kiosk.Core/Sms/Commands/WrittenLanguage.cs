using Kiosk.Core.Sms.Replies;

namespace Kiosk.Core.Sms.Commands;

/// <summary>
/// The language a citizen wrote in, to answer in it: English when more of the message's words are
/// English than Indonesian (<c>check my complaint ...</c>, <c>HELP</c>), otherwise null (the office's language).
/// </summary>
public static class WrittenLanguage
{
    public static Language? Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var english = 0;
        var indonesian = 0;
        foreach (var token in MessageToken.Split(text))
        {
            if (MessageWords.English.Contains(token.Upper))
            {
                english++;
            }
            else if (MessageWords.Indonesian.Contains(token.Upper))
            {
                indonesian++;
            }
        }

        return english > indonesian ? Language.En : null;
    }
}
