namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Phone numbers written in words, as voicemail and call transcripts write them: "oh seven seven double oh nine hundred
/// one two three", "zero seven seven…", "triple five", "plus four eight five one two…", words and digits mixed ("oh 7700
/// nine double oh 123"). Numbers in words are everywhere in ordinary text ("seven days a week", "one or two carers"),
/// so a run is a phone only when it reads as one run and is long enough to be one: a UK shape (0 and 10 or 11 digits,
/// or 44 after "plus" or "double oh"), a number from abroad after "plus" or "double oh" (9 to 15 digits with its
/// country code), or 8 to 13 digits with a phone cue just before ("ring", "my number is").
/// </summary>
internal static class SpokenPhones
{
    public static void Find(string s, List<Found> found)
    {
        var runStart = -1;
        var runEnd = 0;
        var words = 0;
        var plus = false;
        Span<char> digits = stackalloc char[24];
        var n = 0;
        var multiplier = 1;
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            var start = i;
            while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
            var token = s.AsSpan(start, i - start);
            // Between two tokens of a run only spaces, a comma, a hyphen or one line break: a full stop ends it.
            var joined = runStart >= 0 && Joins(s.AsSpan(runEnd, start - runEnd));
            if (runStart >= 0 && !joined)
            {
                Close(s, runStart, runEnd, words, plus, digits[..n], found);
                runStart = -1;
            }
            if (runStart < 0) { n = 0; words = 0; plus = false; multiplier = 1; }

            if (token.Equals("plus", StringComparison.OrdinalIgnoreCase) && runStart < 0)
            {
                runStart = start; runEnd = i; plus = true; words++;
                continue;
            }
            if (token.Equals("double", StringComparison.OrdinalIgnoreCase)) { multiplier = 2; Mark(start, i); continue; }
            if (token.Equals("triple", StringComparison.OrdinalIgnoreCase) || token.Equals("treble", StringComparison.OrdinalIgnoreCase))
            {
                multiplier = 3; Mark(start, i); continue;
            }
            if (runStart >= 0 && n > 0 && (token.Equals("hundred", StringComparison.OrdinalIgnoreCase) || token.Equals("thousand", StringComparison.OrdinalIgnoreCase)))
            {
                var zeros = token.Length == 7 ? 2 : 3;
                if (n + zeros > digits.Length) { runStart = -1; continue; }
                for (var z = 0; z < zeros; z++) digits[n++] = '0';
                words++; runEnd = i;
                continue;
            }
            var value = Digits(token);
            if (value is null || n + value.Length * multiplier > digits.Length || (multiplier > 1 && value.Length != 1))
            {
                if (runStart >= 0) Close(s, runStart, runEnd, words, plus, digits[..n], found);
                runStart = -1; multiplier = 1;
                continue;
            }
            if (runStart < 0) runStart = start;
            for (var k = 0; k < multiplier; k++) { value.AsSpan().CopyTo(digits[n..]); n += value.Length; }
            if (!char.IsAsciiDigit(token[0])) words++;
            multiplier = 1;
            runEnd = i;
        }
        if (runStart >= 0) Close(s, runStart, runEnd, words, plus, digits[..n], found);

        // "double" and "triple" open a run (or carry one on) only when a digit word follows them.
        void Mark(int start, int end)
        {
            if (runStart < 0) { runStart = start; n = 0; words = 0; plus = false; }
            words++; runEnd = end;
        }
    }

    // A spoken digit, a pair ("seventy seven" arrives as "70" and "7", read as "707": long enough either way), or a group
    // of up to five digits written as digits among the words.
    private static string? Digits(ReadOnlySpan<char> token)
    {
        if (char.IsAsciiDigit(token[0]))
        {
            foreach (var c in token) if (!char.IsAsciiDigit(c)) return null;
            return token.Length <= 5 ? token.ToString() : null;
        }
        Span<char> lower = stackalloc char[token.Length];
        if (token.Length > 9) return null;
        token.ToLowerInvariant(lower);
        return lower switch
        {
            "oh" or "o" or "zero" or "nought" => "0",
            "one" => "1", "two" => "2", "three" => "3", "four" => "4", "five" => "5",
            "six" => "6", "seven" => "7", "eight" => "8", "nine" => "9",
            "ten" => "10", "eleven" => "11", "twelve" => "12", "thirteen" => "13", "fourteen" => "14", "fifteen" => "15",
            "sixteen" => "16", "seventeen" => "17", "eighteen" => "18", "nineteen" => "19",
            "twenty" => "20", "thirty" => "30", "forty" => "40", "fifty" => "50", "sixty" => "60", "seventy" => "70",
            "eighty" => "80", "ninety" => "90",
            _ => null,
        };
    }

    private static bool Joins(ReadOnlySpan<char> gap)
    {
        if (gap.Length > 4) return false;
        var breaks = 0;
        foreach (var c in gap)
        {
            if (c == '\n') breaks++;
            else if (c is not (' ' or ',' or '-' or '\r' or '\t')) return false;
        }
        return breaks <= 1;
    }

    private static void Close(string s, int start, int end, int words, bool plus, ReadOnlySpan<char> d, List<Found> found)
    {
        // Digits alone are the digit patterns' to judge; one word among them ("07700 900 one two three") is enough here.
        if (words == 0 || d.Length < 8) return;
        if (IsPhone(d, plus, s, start)) found.Add(new(start, end - start, Redactor.Phone, false));
    }

    private static bool IsPhone(ReadOnlySpan<char> d, bool plus, string s, int start)
    {
        if (plus || d.StartsWith("00")) return Phones.IsCountryAndNumber(plus ? d : d[2..]);
        // Counting aloud ("zero one two three … nine") is not a number anyone gives.
        if (Counting(d)) return false;
        if (Phones.IsUkPhone(d)) return true;
        return d.Length <= 13 && Phones.CueBefore(s, start);
    }

    private static bool Counting(ReadOnlySpan<char> d)
    {
        for (var i = 1; i < d.Length; i++) if (d[i] != d[i - 1] + 1) return false;
        return true;
    }
}
