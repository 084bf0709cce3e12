namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Thresholds for a theme learned from a few examples that follow how common the theme is among the unlabelled rows,
/// read from the shape of those rows' scores rather than from the examples alone (<see cref="FewShotCut"/>). Scores are
/// in spreads of the unlabelled rows' (their mean 0). Each rule estimates, for every cut, how many of the rows it takes
/// are the theme, and returns the cut of highest expected F1: 2 × expected true positives / (rows taken + expected
/// rows of the theme).
/// </summary>
/// <example>
/// Scores whose mode is 0: 100 rows at or above 1.5 and 10 at or below −1.5 give an estimated 90 of the theme among those
/// 100; with 200 rows of the theme estimated in all, that cut's expected F1 is 2 × 90 / (100 + 200) = 0.60.
/// </example>
public static class FewShotCuts
{
    /// <summary>
    /// The rows about other themes are taken to score symmetrically about the scores' mode: above a cut t they number
    /// about as many as score below 2 × mode − t, the rest above t are the theme's; all of the theme's, the excess of
    /// rows above the mode over those below. Returns the cut (a score), or NaN when no excess is seen.
    /// </summary>
    public static double Mirror(IReadOnlyList<double> scores)
    {
        if (scores.Count < 20) return double.NaN;
        var sorted = scores.Order().ToArray();
        var mode = Mode(sorted);
        var below = LowerBound(sorted, mode);
        var above = sorted.Length - UpperBound(sorted, mode);
        var theme = above - below;
        if (theme <= 0) return double.NaN;
        var (best, cut) = (0.0, double.NaN);
        for (var i = sorted.Length - 1; i >= 0 && sorted[i] > mode; i--)
        {
            if (i > 0 && sorted[i - 1] == sorted[i]) continue;
            var taken = sorted.Length - i;
            var others = Math.Min(taken, UpperBound(sorted, 2 * mode - sorted[i]));
            var f1 = 2.0 * (taken - others) / (taken + theme);
            if (f1 > best) (best, cut) = (f1, sorted[i]);
        }
        return cut;
    }

    /// <summary>
    /// A two-normal mixture of the unlabelled rows' scores fitted by EM, the examples' (leave-one-out) scores counted in
    /// the theme's component with <paramref name="anchor"/> × their number as weight; each row's chance of being the
    /// theme is its posterior. Returns the cut (a score), or NaN when the fit finds no theme.
    /// </summary>
    public static double Mixture(IReadOnlyList<double> scores, IReadOnlyList<double> examples, double anchor = 1, int iterations = 100)
    {
        if (scores.Count < 20 || examples.Count == 0) return double.NaN;
        var (m0, s0) = MeanSd(scores);
        var (m1, s1) = MeanSd(examples);
        s0 = Math.Max(s0, 1e-3);
        s1 = Math.Max(s1, 0.25 * s0);
        var share = 0.05;
        var a = anchor * examples.Count;
        var posterior = new double[scores.Count];
        for (var it = 0; it < iterations; it++)
        {
            for (var i = 0; i < scores.Count; i++)
            {
                var p1 = share * Normal(scores[i], m1, s1);
                var p0 = (1 - share) * Normal(scores[i], m0, s0);
                posterior[i] = p1 + p0 > 0 ? p1 / (p1 + p0) : scores[i] > m1 ? 1 : 0;
            }
            double w1 = a, w0 = 0, x1 = a * examples.Average(), x0 = 0;
            for (var i = 0; i < scores.Count; i++) (w1, w0, x1, x0) = (w1 + posterior[i], w0 + 1 - posterior[i], x1 + posterior[i] * scores[i], x0 + (1 - posterior[i]) * scores[i]);
            if (w0 <= 0) return double.NaN;
            m1 = x1 / w1;
            m0 = x0 / w0;
            double v1 = examples.Sum(e => (e - m1) * (e - m1)) * anchor, v0 = 0;
            for (var i = 0; i < scores.Count; i++) (v1, v0) = (v1 + posterior[i] * Sq(scores[i] - m1), v0 + (1 - posterior[i]) * Sq(scores[i] - m0));
            s1 = Math.Max(Math.Sqrt(v1 / w1), 0.25 * s0);
            s0 = Math.Max(Math.Sqrt(v0 / w0), 1e-3);
            share = Math.Clamp(posterior.Average(), 1e-4, 0.9);
        }
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var total = posterior.Sum();
        if (total < 0.5) return double.NaN;
        var (best, cut, tp) = (0.0, double.NaN, 0.0);
        for (var j = 0; j < order.Length; j++)
        {
            tp += posterior[order[j]];
            if (j + 1 < order.Length && scores[order[j + 1]] == scores[order[j]]) continue;
            var f1 = 2 * tp / (j + 1 + total);
            if (f1 > best) (best, cut) = (f1, scores[order[j]]);
        }
        return cut;
    }

    /// <summary>
    /// If the examples are a fair sample of the theme's rows and the scores ranked the theme's rows first, an example
    /// would rank (among the unlabelled rows) uniformly between the top and the number of the theme's rows there, so
    /// twice the examples' median rank estimates that number; rows of other themes ranked among them only raise it.
    /// Returns the score of the row at <paramref name="multiple"/> × the median rank, or NaN with no unlabelled rows.
    /// </summary>
    public static double Ranks(IReadOnlyList<double> scores, IReadOnlyList<double> examples, double multiple)
    {
        if (scores.Count == 0 || examples.Count == 0) return double.NaN;
        var sorted = scores.OrderDescending().ToArray();
        var ranks = examples.Select(e => (double)sorted.Count(s => s > e)).Order().ToArray();
        var median = ranks.Length % 2 == 1 ? ranks[ranks.Length / 2] : (ranks[ranks.Length / 2 - 1] + ranks[ranks.Length / 2]) / 2;
        var take = (int)Math.Clamp(Math.Round(multiple * median), 1, sorted.Length);
        return sorted[take - 1];
    }

    /// <summary>
    /// The examples' leave-one-out ranks among the unlabelled rows, taken as a sample of where the theme's rows rank:
    /// the j-th of k examples at rank r_j says about j / k of the theme's rows rank within the top r_j + 1, and as no
    /// more than r_j + 1 rows can be the theme there, the theme has at most (r_j + 1) × k / j rows; the smallest such
    /// bound from the <paramref name="from"/>-th example on is taken as its number N (as if the top rows were all the
    /// theme). The cut is then at the example j of highest expected F1, 2 × N × j / k / (r_j + 1 + N).
    /// </summary>
    public static double Recall(IReadOnlyList<double> scores, IReadOnlyList<double> examples, double from, double multiple = 2)
    {
        var k = examples.Count;
        if (scores.Count == 0 || k == 0) return double.NaN;
        var sorted = examples.OrderDescending().ToArray();
        var ranks = sorted.Select(e => (double)scores.Count(s => s > e) + 1).ToArray();
        var n = double.PositiveInfinity;
        if (from <= 0) n = multiple * (k % 2 == 1 ? ranks[k / 2] : (ranks[k / 2 - 1] + ranks[k / 2]) / 2);
        else for (var j = Math.Clamp((int)Math.Ceiling(from * k), 1, k); j <= k; j++) n = Math.Min(n, ranks[j - 1] * k / j);
        var (best, cut) = (0.0, double.NaN);
        for (var j = 1; j <= k; j++)
        {
            var f1 = 2 * Math.Min(n * j / k, ranks[j - 1]) / (ranks[j - 1] + n);
            if (f1 > best) (best, cut) = (f1, sorted[j - 1]);
        }
        return cut;
    }

    /// <summary>The mode of sorted scores: the peak of a normal-kernel density (Silverman's bandwidth) on a grid between the 5th and 95th percentiles.</summary>
    public static double Mode(double[] sorted)
    {
        var n = sorted.Length;
        var (_, sd) = MeanSd(sorted);
        var iqr = sorted[(int)(0.75 * (n - 1))] - sorted[(int)(0.25 * (n - 1))];
        var h = 0.9 * Math.Max(Math.Min(sd, iqr / 1.34), 1e-6) * Math.Pow(n, -0.2);
        double lo = sorted[(int)(0.05 * (n - 1))], hi = sorted[(int)(0.95 * (n - 1))];
        var (mode, peak) = (sorted[n / 2], double.NegativeInfinity);
        for (var g = 0; g <= 200; g++)
        {
            var x = lo + (hi - lo) * g / 200;
            var density = 0.0;
            for (var i = LowerBound(sorted, x - 4 * h); i < n && sorted[i] <= x + 4 * h; i++) density += Math.Exp(-0.5 * Sq((sorted[i] - x) / h));
            if (density > peak) (mode, peak) = (x, density);
        }
        return mode;
    }

    /// <summary>How many sorted values are below <paramref name="x"/>.</summary>
    private static int LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>How many sorted values are at or below <paramref name="x"/>.</summary>
    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static double Normal(double x, double mean, double sd) => Math.Exp(-0.5 * Sq((x - mean) / sd)) / sd;

    private static double Sq(double x) => x * x;

    private static (double Mean, double Sd) MeanSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }
}
