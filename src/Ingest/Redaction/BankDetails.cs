using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Sort codes and account numbers, only beside a cue or each other: "sort code 12-34-56", "12-34-56 12345678",
/// "account no 12345678", "s/c 123456 a/c 1234 5678"; and a UK IBAN, which holds both ("GB29 NWBK 6016 1331 9268 19").
/// A bare "12-34-56" or eight digits alone stay (a date, a count, a reference); six digits run together are a sort code
/// only after "sort code" or "s/c".
/// </summary>
internal static partial class BankDetails
{
    public static void Find(string s, List<Found> found)
    {
        var before = found.Count;
        foreach (Match m in SortCodePattern().Matches(s))
        {
            if (Cued(s, m.Index) || AccountPattern().IsMatch(s.AsSpan(m.Index + m.Length, Math.Min(25, s.Length - m.Index - m.Length))))
                found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
        // "sort code 123456", "s/c 20.00.00", "sort code 20/00/00": only after the cue, since such digits are often a date.
        foreach (Match m in SixDigitsPattern().Matches(s))
        {
            var window = s.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
            if (window.Contains("sort code", StringComparison.OrdinalIgnoreCase) || window.Contains("sortcode", StringComparison.OrdinalIgnoreCase)
                || window.Contains("sort-code", StringComparison.OrdinalIgnoreCase) || WordIn(window, "s/c"))
                found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
        var sortCodes = found.Count - before;
        foreach (Match m in IbanPattern().Matches(s)) found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        foreach (Match m in AccountPattern().Matches(s))
        {
            if (Cued(s, m.Index) || (sortCodes > 0 && SortCodePattern().IsMatch(s.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index)))))
                found.Add(new(m.Index, m.Length, Redactor.BankDetails, false));
        }
    }

    private static bool Cued(string s, int at)
    {
        var window = s.AsSpan(Math.Max(0, at - 40), Math.Min(40, at));
        return window.Contains("sort", StringComparison.OrdinalIgnoreCase) || window.Contains("account", StringComparison.OrdinalIgnoreCase)
            || window.Contains("a/c", StringComparison.OrdinalIgnoreCase) || window.Contains("acc no", StringComparison.OrdinalIgnoreCase)
            || window.Contains("bank", StringComparison.OrdinalIgnoreCase) || WordIn(window, "s/c") || WordIn(window, "acct")
            || WordIn(window, "acc:") || WordIn(window, "acc.") || WordIn(window, "acc num");
    }

    // The cue as a word of its own: "s/c 123456", not the "s/c" of a path such as "units/code".
    private static bool WordIn(ReadOnlySpan<char> window, string cue)
    {
        for (var i = window.IndexOf(cue, StringComparison.OrdinalIgnoreCase); i >= 0;)
        {
            if (i == 0 || !char.IsLetterOrDigit(window[i - 1]) && window[i - 1] != '/') return true;
            var next = window[(i + 1)..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\d\-/.])\d{2}[\-– ]\d{2}[\-– ]\d{2}(?![\d\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SortCodePattern();

    // "12345678", "1234 5678".
    [GeneratedRegex(@"(?<![\d\-/.])(?:\d{8}|\d{4} \d{4})(?![\d\-/]|\.\d| \d)", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();

    [GeneratedRegex(@"(?<![\w\-/.])(?:\d{6}|\d{2}([./])\d{2}\1\d{2})(?![\w\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SixDigitsPattern();

    // A UK IBAN: "GB29NWBK60161331926819", "GB29 NWBK 6016 1331 9268 19".
    [GeneratedRegex(@"\bGB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IbanPattern();
}
