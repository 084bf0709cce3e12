using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Sort codes and account numbers, only beside a cue or each other, in either order: "sort code 12-34-56", "12-34-56
/// 12345678", "12345678 12-34-56", "account no 12345678", "acc 12345678 sort 12-34-56", "s/c 123456 a/c 1234 5678"; an
/// account number's eight digits as people group them, in fours or pairs, with spaces, dashes or dots ("acc no 41 22 90
/// 17", "account 1234-5678", "a/c 12.34.56.78"); a sort code spaced round its dashes ("20 - 41 - 77"); and a UK IBAN, which
/// holds both ("GB29 NWBK 6016 1331 9268 19"). The short cues ("acc", "acct", "a/c", "sort", "s/c") count only as words of
/// their own. A payment card's sixteen digits go with no cue when they pass the Luhn check ("4111 1111 1111
/// 1111"). A bare "12-34-56" or eight digits alone stay (a date, a count, a reference); six digits run
/// together or with dots or slashes are a sort code only after "sort", "sort code", "s/c" or "sc".
/// </summary>
internal static partial class BankDetails
{
    public static void Find(string s, List<Found> found)
    {
        var before = found.Count;
        foreach (Match m in SortCodePattern().Matches(s))
        {
            // Cued, or an account number beside it: anywhere in the next words, or right before ("12345678 12-34-56": a date
            // after a reference number would need a word between).
            if (Cued(s, m.Index) || AccountPattern().IsMatch(s.AsSpan(m.Index + m.Length, Math.Min(25, s.Length - m.Index - m.Length)))
                || AccountRightBefore().IsMatch(s.AsSpan(0, m.Index)))
                found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
        // "sort code 123456", "s/c 20.00.00", "sort code 20/00/00": only after the cue, since such digits are often a date.
        foreach (Match m in SixDigitsPattern().Matches(s))
        {
            var window = s.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
            if (window.Contains("sort code", StringComparison.OrdinalIgnoreCase) || window.Contains("sortcode", StringComparison.OrdinalIgnoreCase)
                || window.Contains("sort-code", StringComparison.OrdinalIgnoreCase) || WordIn(window, "s/c") || SortJustBefore(s, m.Index))
                found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
        var sortCodes = found.Count - before;
        foreach (Match m in IbanPattern().Matches(s)) found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        foreach (Match m in CardPattern().Matches(s))
        {
            if (Luhn(m.ValueSpan)) found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
        foreach (Match m in AccountPattern().Matches(s))
        {
            // Beside a sort code taken above, before it or after it ("12345678 sort 12-34-56").
            if (Cued(s, m.Index) || (sortCodes > 0 && (SortCodePattern().IsMatch(s.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index)))
                || SortCodeAfter(found, before, m.Index + m.Length))))
                found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
    }

    private static bool Cued(string s, int at)
    {
        var window = s.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        return window.Contains("sort", StringComparison.OrdinalIgnoreCase) || window.Contains("account", StringComparison.OrdinalIgnoreCase)
            || window.Contains("a/c", StringComparison.OrdinalIgnoreCase) || window.Contains("acc no", StringComparison.OrdinalIgnoreCase)
            || window.Contains("bank", StringComparison.OrdinalIgnoreCase) || WordIn(window, "s/c") || WordIn(window, "acct")
            || WordIn(window, "acc");
    }

    // "sort 123456", "sort: 12.34.56", "sc 123456": the bare word "sort" or "sc" only right before the digits ("what sort of
    // help, 123456" stays).
    private static bool SortJustBefore(string s, int at)
    {
        var before = s.AsSpan(0, at).TrimEnd(" \t:#-");
        return WordAtEnd(before, "sort") || WordAtEnd(before, "sc");
    }

    private static bool WordAtEnd(ReadOnlySpan<char> s, string word) =>
        s.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (s.Length == word.Length || !char.IsLetterOrDigit(s[^(word.Length + 1)]));

    private static bool SortCodeAfter(List<Found> found, int before, int end)
    {
        for (var i = before; i < found.Count; i++) if (found[i].Start >= end && found[i].Start - end <= 25) return true;
        return false;
    }

    // The cue as a word of its own: "s/c 123456", not the "s/c" of a path such as "units/code", nor the "acc" of "accident"
    // or the "sort" of "resort".
    private static bool WordIn(ReadOnlySpan<char> window, string cue)
    {
        for (var i = window.IndexOf(cue, StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            var end = i + cue.Length;
            if ((i == 0 || !char.IsLetterOrDigit(window[i - 1]) && window[i - 1] != '/')
                && (end == window.Length || !char.IsLetter(window[end]) || !char.IsLetter(cue[^1]))) return true;
            var next = window[(i + 1)..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    // "12-34-56", "12 34 56", and "12 - 34 - 56" spaced throughout.
    [GeneratedRegex(@"(?<![\d\-/.])\d{2}(?:[\-– ]\d{2}[\-– ]| [\-–] \d{2} [\-–] )\d{2}(?![\d\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SortCodePattern();

    [GeneratedRegex(@"(?<![\d\-/.])" + AccountShape + @"[ ,/]{1,3}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AccountRightBefore();

    // "12345678", "1234 5678", "1234-5678", "12 34 56 78", "12-34-56-78", "12.34.56.78"; not two years ("the accounts for
    // 2019-2020"), and four pairs only standing alone or before a dashed sort code (in "20 41 77 12 34 56 78" the pairs cannot
    // be told apart). No back-reference: AccountRightBefore reads right to left.
    private const string AccountShape = @"(?!(?:19|20)\d\d[ \-](?:19|20)\d\d(?!\d))(?:\d{8}|\d{4}[ \-]\d{4}|(?<!\d )\d{2}(?:(?: \d{2}){3}|(?:-\d{2}){3}|(?:\.\d{2}){3})(?! \d(?!\d[\-–]\d{2}[\-–]\d{2}(?![\d\-/]))))";

    // A space and a digit after it only as a sort code's start ("12345678 12-34-56").
    [GeneratedRegex(@"(?<![\d\-/.])" + AccountShape + @"(?![\d\-/]|\.\d| \d(?!\d[\-– ]\d{2}[\-– ]\d{2}(?![\d\-/])))", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    [GeneratedRegex(@"(?<![\w\-/.])(?:\d{6}|\d{2}([./])\d{2}\1\d{2})(?![\w\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SixDigitsPattern();

    // A payment card's number passes the Luhn check, which one random sixteen digits in ten also pass.
    private static bool Luhn(ReadOnlySpan<char> number)
    {
        var sum = 0;
        var odd = false;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(number[i])) continue;
            var d = number[i] - '0';
            if (odd && (d *= 2) > 9) d -= 9;
            sum += d;
            odd = !odd;
        }
        return sum % 10 == 0;
    }

    // A payment card's sixteen digits, run together or in fours: "4111 1111 1111 1111", "4111-1111-1111-1111"; not inside
    // a longer word such as a commit's hash.
    [GeneratedRegex(@"(?<![\w\-/.])\d{4}(?<s>[ \-]?)\d{4}\k<s>\d{4}\k<s>\d{4}(?![\w\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex CardPattern();

    // A UK IBAN: "GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19".
    [GeneratedRegex(@"\bGB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IbanPattern();
}
