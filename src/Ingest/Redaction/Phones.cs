namespace VoiceHub.Ingest.Redaction;

/// <summary>Whether a run of digits, spaces and brackets is a UK phone number.</summary>
internal static class Phones
{
    private static readonly System.Buffers.SearchValues<char> GroupBreaks = System.Buffers.SearchValues.Create(" -.()/");

    /// <summary>
    /// The length of the longest UK phone number that starts the candidate, dropping whole digit groups from its end
    /// (the pattern is greedy: "07700900456 1st time" matches "07700900456 1"); 0 when there is none.
    /// </summary>
    public static int Longest(ReadOnlySpan<char> candidate)
    {
        for (var tries = 0; tries < 4 && candidate.Length > 0; tries++)
        {
            if (IsUkPhone(candidate)) return candidate.Length;
            var cut = candidate.LastIndexOfAny(GroupBreaks);
            if (cut <= 0) return 0;
            candidate = candidate[..cut].TrimEnd(" -.(/");
        }
        return 0;
    }

    /// <summary>
    /// True for 10 or 11 digits starting 01, 02, 03, 05, 07, 08 or 09, or +44/0044 and the national number without its
    /// 0 (sometimes written "(0)"). "07700 900477/8" is judged on "07700 900477". A number written with dots must start
    /// with a group of three or more digits: "07700.900.466" is a phone, "01.02.2023 10" is a date and an hour.
    /// </summary>
    public static bool IsUkPhone(ReadOnlySpan<char> candidate)
    {
        var slash = candidate.IndexOf('/');
        if (slash >= 0) candidate = candidate[..slash];
        Span<char> digits = stackalloc char[16];
        var n = 0;
        var firstGroup = 0;
        var inFirstGroup = true;
        foreach (var c in candidate)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length) return false;
                digits[n++] = c;
                if (inFirstGroup) firstGroup++;
            }
            else if (n > 0) inFirstGroup = false;
        }
        if (candidate.Contains('.') && firstGroup < 3) return false;
        var d = digits[..n];
        var t = candidate.TrimStart();
        var international = t.StartsWith("+") || t.StartsWith("00") || t.StartsWith("(+") || t.StartsWith("(44") || t.StartsWith("( +");
        if (international)
        {
            if (d.StartsWith("00")) d = d[2..];
            if (!d.StartsWith("44")) return false;
            d = d[2..];
            if (d.StartsWith("0")) d = d[1..];
            return d.Length is 9 or 10 && d[0] is '1' or '2' or '3' or '5' or '7' or '8' or '9';
        }
        return d.Length is 10 or 11 && d[0] == '0' && d[1] is '1' or '2' or '3' or '5' or '7' or '8' or '9';
    }
}
