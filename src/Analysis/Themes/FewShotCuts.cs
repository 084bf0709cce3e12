namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Thresholds for a theme learned from a few examples that follow how common the theme is among the unlabelled rows,
/// read from the shape of those rows' scores rather than from the examples alone (<see cref="FewShotCut"/>). Scores are
/// in spreads of the unlabelled rows' (their mean 0). Each rule estimates, for every cut, how many of the rows it takes
/// are the theme, and returns the cut of highest expected F1: 2 × expected true positives / (rows taken + expected
/// rows of the theme).
/// </summary>
/// <example>
/// Ten examples whose leave-one-out scores rank 3rd, 9th, 20th, 41st … among the unlabelled rows: the third says the
/// top 20 rows hold about 3 / 10 of the theme, so the theme has at most 20 × 10 / 3 = 67 rows there (<see cref="Recall"/>
/// from the first example on); cutting just below it would find 0.3 × 67 = 20 of them in 20 rows taken, expected F1
/// 2 × 20 / (20 + 67) = 0.46.
/// </example>
public static class FewShotCuts
{
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
    /// The examples' leave-one-out ranks among the unlabelled rows, taken as a sample of where the theme's rows rank:
    /// the j-th of k examples (best first) at rank r_j says about j / k of the theme's rows rank within the top r_j, and
    /// as no more than r_j rows can be the theme there, the theme has at most r_j × k / j rows; the smallest such bound
    /// from the example at share <paramref name="from"/> of them on is taken as its number N (as if the top rows were all
    /// the theme). With <paramref name="from"/> 0, N is <paramref name="multiple"/> × the examples' median rank instead.
    /// The cut is at the example j of highest expected F1, 2 × min(N × j / k, r_j) / (r_j + N). Returns the cut (a
    /// score), or NaN with no rows or no examples.
    /// </summary>
    public static double Recall(IReadOnlyList<double> scores, IReadOnlyList<double> examples, double from, double multiple = 1)
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

    private static double Normal(double x, double mean, double sd) => Math.Exp(-0.5 * Sq((x - mean) / sd)) / sd;

    private static double Sq(double x) => x * x;

    private static (double Mean, double Sd) MeanSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }
}
