using System.Globalization;

namespace VoiceHub.Core.Reporting;

/// <summary>
/// Small-number suppression for counts shown outside staff pages (Our Voice, public pages, the evidence report), as
/// NHS and ONS disclosure practice does: a count under 5 (but above 0) is shown as "fewer than 5", so nobody can be
/// recognised from a small number. When exactly one cell of a table is hidden and the table's total is shown, the
/// next smallest is hidden too, or the hidden one could be worked out by subtraction.
/// </summary>
/// <example>Counts 12, 3, 7 with a total: 3 is hidden, and so is 7 (else 22 − 12 − 7 = 3).</example>
public static class SmallCounts
{
    public const int Threshold = 5;
    public const string Hidden = "fewer than 5";

    public static bool IsSmall(long count) => count is > 0 and < Threshold;

    public static string Show(long count) => IsSmall(count) ? Hidden : count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Which cells of one table to hide, including the secondary cell when a total is shown.</summary>
    public static bool[] Suppress(IReadOnlyList<long> counts, bool totalShown)
    {
        var hide = counts.Select(IsSmall).ToArray();
        if (totalShown && hide.Count(h => h) == 1)
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !hide[i] && counts[i] > 0).OrderBy(i => counts[i]).FirstOrDefault(-1);
            if (next >= 0) hide[next] = true;
        }
        return hide;
    }

    /// <summary>The cells of one table as text, suppressed per <see cref="Suppress"/>.</summary>
    public static IReadOnlyList<string> ShowAll(IReadOnlyList<long> counts, bool totalShown)
    {
        var hide = Suppress(counts, totalShown);
        return counts.Select((c, i) => hide[i] ? (IsSmall(c) ? Hidden : "withheld") : Show(c)).ToList();
    }
}
