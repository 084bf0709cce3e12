using System.Text.RegularExpressions;

namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Sort codes and account numbers, only beside a cue or each other: "sort code 12-34-56", "12-34-56 12345678",
/// "account no 12345678". A bare "12-34-56" or eight digits alone stay (a date, a count, a reference).
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
        var sortCodes = found.Count - before;
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
            || window.Contains("bank", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"(?<![\d\-/.])\d{2}[\-– ]\d{2}[\-– ]\d{2}(?![\d\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SortCodePattern();

    [GeneratedRegex(@"(?<![\d\-/.])\d{8}(?![\d\-/]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AccountPattern();
}
