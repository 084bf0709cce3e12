namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// A word of the text: letters with the apostrophes and hyphens inside them ("O'Connor", "Anne-Marie", "Siobhán").
/// <see cref="Length"/> leaves out a possessive ending, so "Sarah's mum" redacts to "[name]'s mum"; <see cref="End"/>
/// includes it.
/// </summary>
internal readonly record struct Token(int Start, int Length, int End)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    /// <summary>Splits <paramref name="text"/> into <paramref name="tokens"/> (grown as needed); returns how many.</summary>
    public static int Split(string text, ref Token[] tokens)
    {
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i++;
            while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            var length = i - start;
            // "Sarah's" / "Sarah’s": the name is "Sarah".
            if (length > 3 && text[i - 1] is 's' or 'S' && text[i - 2] is '\'' or '’') length -= 2;
            if (n == tokens.Length) Array.Resize(ref tokens, n * 2);
            tokens[n++] = new Token(start, length, i);
        }
        return n;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐';
}
