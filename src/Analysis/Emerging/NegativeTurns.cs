using System.Globalization;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// A rise in the share of negative comments (sentiment 4 or 5) about a theme, or from a locality, against its own
/// baseline weeks: an issue in its own right even when the number of comments did not rise. The week's negatives are
/// judged as a binomial draw from the baseline share, with the baseline's extra week-to-week variation allowed for
/// (quasi-binomial: the variance <c>φ·n·p(1−p)</c>, φ from the baseline weeks' Pearson χ², at least 1), one-sided at the
/// detector's alpha.
/// <para>
/// Worked example: care at home had 300 comments with sentiment over 26 weeks, 90 negative (p = 0.30), week to week no
/// more varied than binomial (φ = 1). This week 16 of 25 are negative: expected 7.5, sd √(25·0.3·0.7) = 2.29, z = 3.7,
/// above 2.58 (α = 0.005): "Negative comments about Care at home rose to 64% from about 30% (16 of 25 comments)."
/// </para>
/// </summary>
public static class NegativeTurns
{
    /// <summary>The week must have at least this many comments with a sentiment: 5 negatives of 6 is not yet a turn.</summary>
    public const int MinimumTotal = 10;

    /// <summary>The baseline needs this many comments with a sentiment, or its share is too uncertain to judge against.</summary>
    public const int MinimumBaselineTotal = 30;

    /// <summary>A rise smaller than this (10 points) is not worth a reader's time, however significant at high volume.</summary>
    public const double MinimumRise = 0.10;

    public sealed record Turn(int Negative, int Total, double Share, double BaselineShare, double Z, bool Flagged);

    /// <param name="baseline">Each baseline week's (negative, total).</param>
    public static Turn Judge(IReadOnlyList<(int Negative, int Total)> baseline, int negative, int total, EmergingOptions options)
    {
        var share = total == 0 ? 0 : negative / (double)total;
        var sumN = baseline.Sum(b => b.Total);
        var sumK = baseline.Sum(b => b.Negative);
        var p = (sumK + 0.5) / (sumN + 1.0);
        var weeks = baseline.Where(b => b.Total > 0).ToList();
        var chi2 = weeks.Sum(b => Math.Pow(b.Negative - b.Total * p, 2) / (b.Total * p * (1 - p)));
        var phi = weeks.Count > 1 ? Math.Max(1, chi2 / (weeks.Count - 1)) : 1;
        var z = total == 0 ? 0 : (negative - total * p) / Math.Sqrt(phi * total * p * (1 - p));
        var flagged = total >= MinimumTotal && negative >= options.MinimumCount && sumN >= MinimumBaselineTotal
                      && share - p >= MinimumRise && z > Normal.Quantile(1 - options.Alpha);
        return new Turn(negative, total, share, p, z, flagged);
    }

    /// <summary>
    /// A theme's turn and a locality's turn that are largely the same negative comments are one issue, told once under the
    /// theme: their common negative items must be at least 60% of the smaller turn's negatives and at least 60% of the
    /// larger turn's excess over its baseline share (<see cref="IssueGrouping.MinimumShare"/>, the rule that groups the
    /// count flags). The locality's turn is then a clause of the theme's sentence, not an issue of its own.
    /// <para>
    /// Worked example: Transport 14 negative of 20 (about 25% before) and Tilbury 15 negative of 30 (about 20% before)
    /// share 13 negatives: 13 ≥ 0.6 × 14, and the larger's excess is 15 − 30 × 0.2 = 9, 13 ≥ 0.6 × 9: one issue, "Negative
    /// comments about Transport rose to 70% … Most were from Tilbury, where negative comments rose to 50% from about 20%."
    /// </para>
    /// </summary>
    public static IReadOnlyList<NegativeTurn> Merge(IReadOnlyList<NegativeTurn> turns, Func<NegativeTurn, IReadOnlySet<long>> negativeItems)
    {
        var merged = new List<NegativeTurn>();
        var absorbed = new HashSet<NegativeTurn>(ReferenceEqualityComparer.Instance);
        var localities = turns.Where(t => t.Locality is not null).ToList();
        foreach (var turn in turns)
        {
            if (turn.Theme is null) continue;
            var items = negativeItems(turn);
            var same = localities.Where(l => !absorbed.Contains(l) && SameTurn(turn, items, l, negativeItems(l)))
                .OrderByDescending(l => items.Count(negativeItems(l).Contains)).ThenBy(l => l.Locality, StringComparer.Ordinal).ToList();
            if (same.Count == 0)
            {
                merged.Add(turn);
                continue;
            }
            var en = CultureInfo.GetCultureInfo("en-GB");
            var clauses = same.Select(l => $"{l.Locality}, where negative comments rose to {Math.Round(100 * l.Judgement.Share).ToString("N0", en)}% " +
                                           $"from about {Math.Round(100 * l.Judgement.BaselineShare).ToString("N0", en)}%");
            merged.Add(turn with { Sentence = $"{turn.Sentence} Most were from {string.Join("; and ", clauses)}." });
            absorbed.UnionWith(same);
        }
        merged.AddRange(localities.Where(l => !absorbed.Contains(l)));
        return merged;
    }

    private static bool SameTurn(NegativeTurn a, IReadOnlySet<long> aItems, NegativeTurn b, IReadOnlySet<long> bItems)
    {
        if (aItems.Count == 0 || bItems.Count == 0) return false;
        var (small, large, largeTurn) = aItems.Count <= bItems.Count ? (aItems, bItems, b) : (bItems, aItems, a);
        var common = small.Count(large.Contains);
        var excess = Math.Max(1, largeTurn.Judgement.Negative - largeTurn.Judgement.Total * largeTurn.Judgement.BaselineShare);
        return common >= IssueGrouping.MinimumShare * small.Count && common >= IssueGrouping.MinimumShare * Math.Min(excess, large.Count);
    }

    /// <summary>"Negative comments about Home care rose to 64% from about 30% (16 of 25 comments with a sentiment)."</summary>
    public static string Sentence(string subject, Turn t)
    {
        var en = CultureInfo.GetCultureInfo("en-GB");
        return $"Negative comments {subject} rose to {Math.Round(100 * t.Share).ToString("N0", en)}% from about " +
               $"{Math.Round(100 * t.BaselineShare).ToString("N0", en)}% ({t.Negative.ToString("N0", en)} of {t.Total.ToString("N0", en)} comments with a sentiment).";
    }
}
