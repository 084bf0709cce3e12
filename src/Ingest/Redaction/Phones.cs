using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>Whether a run of digits, spaces and brackets is a phone number, UK or from abroad.</summary>
internal static partial class Phones
{
    private static readonly System.Buffers.SearchValues<char> GroupBreaks = System.Buffers.SearchValues.Create(" -.()/\n–");

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
            candidate = candidate[..cut].TrimEnd(" -.(/\r\n–");
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

    /// <summary>
    /// True for a number from abroad as families give them: "+48 512 345 678", "0040 712 345 678", "+234 803 123 4567",
    /// "+91 98765 43210", with a country code that does not start with 0 and 9 to 15 digits with it (ITU's longest).
    /// </summary>
    public static bool IsInternational(ReadOnlySpan<char> candidate)
    {
        var t = candidate.TrimStart("( ");
        Span<char> d = stackalloc char[t.Length];
        var n = 0;
        foreach (var c in t) if (char.IsAsciiDigit(c)) d[n++] = c;
        return IsCountryAndNumber(t.StartsWith("+") ? d[..n] : d[Math.Min(2, n)..n]);
    }

    /// <summary>The digits after "+" or "00": a country code that does not start with 0, and 9 to 15 digits with it (ITU's longest).</summary>
    public static bool IsCountryAndNumber(ReadOnlySpan<char> digits) => digits.Length is >= 9 and <= 15 && digits[0] != '0';

    /// <summary>
    /// True when a phone cue comes just before <paramref name="start"/>, with only a few small words between: "ring her
    /// on", "mob -", "my number is", "whatsapp", "ring my cousin in Vilnius on". A looser shape (a number from abroad with
    /// no +, a number in words that is not UK-shaped) is a phone only after one; not "call about invoice 123456789",
    /// "case number", "order number".
    /// </summary>
    public static bool CueBefore(string s, int start)
    {
        var from = Math.Max(0, start - 48);
        return CuePattern().IsMatch(s.AsSpan(from, start - from));
    }

    /// <summary>True when a label follows the number: "98765 43210 (mob)", "512 345 678 whatsapp", "… - home".</summary>
    public static bool LabelAfter(string s, int end) => LabelPattern().IsMatch(s, end);

    [GeneratedRegex(@"\G\s?[(\-–:]?\s?(?:mob(?:ile)?|home|work|landline|whats\s?app|tel|cell)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\b(?:(?:tele)?phon(?:e|ed|ing)|ring|rang|call(?:ed|ing)?|mob(?:ile)?|tel|cell|landline|whats\s?app|text|txt|contact|reach|(?:my|his|her|their|your|our|contact|home|work|mobile|phone)\s+(?:number|no\b\.?|nr|num))\b[\s:\-–]*(?:(?:me|him|her|them|us|you|back|on|at|is|are|was|number|no|nr|direct|line|my|his|her|their|our|in|son|daughter|cousin|brother|sister|mum|dad|wife|husband|nephew|niece|aunt|uncle|(?-i:\p{Lu}\p{Ll}+))\b\.?[\s:\-–,]*){0,5}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuePattern();

    /// <summary>
    /// The text with a letter typed for a digit put right, where a word is otherwise digits: "O77OO 9OO123" and "0l375"
    /// read as "07700 900123" and "01375". Same length, so offsets still point into the original; the text itself when
    /// no word mixes them.
    /// </summary>
    public static string DigitsForLetters(string s)
    {
        char[]? copy = null;
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            var start = i;
            var digits = 0;
            var letters = 0;
            var other = false;
            for (; i < s.Length && char.IsLetterOrDigit(s[i]); i++)
            {
                if (char.IsAsciiDigit(s[i])) digits++;
                else if (s[i] is 'O' or 'o' or 'l' or 'I') letters++;
                else other = true;
            }
            // Two digits at least, so "lOl" and "OK" stay words; any other letter and it is a word with digits ("1st").
            if (other || letters == 0 || digits < 2) continue;
            copy ??= s.ToCharArray();
            for (var k = start; k < i; k++)
            {
                copy[k] = s[k] switch { 'O' or 'o' => '0', 'l' or 'I' => '1', var c => c };
            }
        }
        return copy is null ? s : new string(copy);
    }
}
