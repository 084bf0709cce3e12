namespace VoiceHub.Core.Text;

/// <summary>
/// Cleans text that came from outside (forms, file names, API bodies, query strings, files) at the door. PostgreSQL
/// refuses a NUL byte in a text value, so one NUL let through fails a whole batch long after it was accepted; other
/// control characters are invisible on every page and break CSV and logs.
/// </summary>
/// <remarks>
/// Tab, line feed and carriage return are kept (they are layout); every other C0 and C1 control character, and a
/// lone UTF-16 surrogate (which no encoder can write), is removed. <c>"Good\0 care\u0007"</c> becomes
/// <c>"Good care"</c>; text without such characters is returned as the same instance (no allocation).
/// </remarks>
public static class UntrustedText
{
    /// <summary>The text without control characters or lone surrogates; null stays null.</summary>
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var first = FirstBad(text);
        if (first < 0) return text;
        var b = new System.Text.StringBuilder(text.Length);
        b.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsBad(c)) b.Append(c);
        }
        return b.ToString();
    }

    /// <summary>True when <see cref="Clean"/> would change the text.</summary>
    public static bool NeedsCleaning(string? text) => text is not null && FirstBad(text) >= 0;

    private static int FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsBad(c)) return i;
        }
        return -1;
    }

    private static bool IsBad(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007f' && c <= '\u009f') || char.IsSurrogate(c);
}
