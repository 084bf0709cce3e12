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

    /// <summary>
    /// The cut c of highest estimated F1, the quantity the bench scores. Recall(c) is read from a normal fitted to the
    /// examples' leave-one-out scores (their spread at least a quarter of the rows'); n(c) is the number of unlabelled
    /// rows at or above c. Since at most n(c) rows above c can be the theme's, it has at most n(c) / recall(c) rows; the
    /// smallest such bound where recall is between <paramref name="low"/> and <paramref name="high"/> (where ten
    /// examples say something about it) is taken as its number N. The estimated F1 at c is
    /// 2 × min(recall(c) × N, n(c)) / (n(c) + N). Returns the cut (a score), or NaN with no rows or fewer than two
    /// examples.
    /// </summary>
    /// <example>
    /// Examples averaging 3.0 (spread 1.0) among 3,000 rows: 40 rows score above 3.0, where recall is 0.5, so N ≤ 80; if
    /// that is the smallest bound, a cut at 2.0 (recall 0.84) taking 110 rows is estimated at 2 × min(67, 110) / (110 +
    /// 80) = 0.71, and the cut is wherever that figure is highest.
    /// </example>
    public static double ExpectedF1(IReadOnlyList<double> scores, IReadOnlyList<double> examples, double low = 0.2, double high = 0.8)
    {
        var n = ThemeRows(scores, examples, low, high);
        if (double.IsNaN(n)) return double.NaN;
        var (mean, sd) = MeanSd(examples);
        sd = Math.Max(sd, 0.25);
        var sorted = scores.OrderDescending().ToArray();
        double RecallAt(double c) => 0.5 * Erfc((c - mean) / (sd * Math.Sqrt(2)));
        var (best, cut) = (0.0, double.NaN);
        for (var j = 0; j < sorted.Length; j++)
        {
            if (j + 1 < sorted.Length && sorted[j + 1] == sorted[j]) continue;
            var f1 = 2 * Math.Min(RecallAt(sorted[j]) * n, j + 1) / (j + 1 + n);
            if (f1 > best) (best, cut) = (f1, sorted[j]);
        }
        return cut;
    }

    /// <summary>
    /// How many of the unlabelled rows are the theme, estimated as in positive-unlabelled learning: recall(c), the share
    /// of the theme's rows scoring at least c, is read from a normal fitted to the examples' (leave-one-out) scores, their
    /// spread at least a quarter of the rows'; n(c) rows score at least c, and at most all of them are the theme, so it
    /// has at most n(c) / recall(c) rows. The bound is tight where no other row scores that high; the smallest bound
    /// where recall is between <paramref name="low"/> and <paramref name="high"/> (where the examples say something about
    /// it) is taken. NaN with no rows, fewer than two examples, or no cut in that range.
    /// </summary>
    /// <example>
    /// Examples averaging 3.0 (spread 1.0): 40 of 3,000 rows score above 3.0, where recall is 0.5, so at most 80 rows are
    /// the theme; 70 score above 3.5 (recall 0.31), at most 227; the estimate is the smallest such bound, here 80.
    /// </example>
    public static double ThemeRows(IReadOnlyList<double> scores, IReadOnlyList<double> examples, double low = 0.2, double high = 0.8)
    {
        if (scores.Count == 0 || examples.Count < 2) return double.NaN;
        var (mean, sd) = MeanSd(examples);
        sd = Math.Max(sd, 0.25);
        var sorted = scores.OrderDescending().ToArray();
        var n = double.PositiveInfinity;
        for (var j = 0; j < sorted.Length; j++)
        {
            if (j + 1 < sorted.Length && sorted[j + 1] == sorted[j]) continue;
            var recall = 0.5 * Erfc((sorted[j] - mean) / (sd * Math.Sqrt(2)));
            if (recall >= low && recall <= high) n = Math.Min(n, (j + 1) / recall);
        }
        return double.IsPositiveInfinity(n) ? double.NaN : n;
    }

    /// <summary>The score of the <paramref name="count"/>-th highest row (rounded; at least the first, at most the last).</summary>
    public static double AtCount(IReadOnlyList<double> scores, double count)
    {
        var sorted = scores.OrderDescending().ToArray();
        return sorted[Math.Clamp((int)Math.Round(count), 1, sorted.Length) - 1];
    }

    /// <summary>
    /// The complementary error function from the series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), whose
    /// terms are all positive (no cancellation); beyond |x| = 6 it is 0 or 2 to double precision.
    /// </summary>
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        if (z >= 6) return x > 0 ? 0 : 2;
        double term = z, sum = z;
        for (var n = 1; term > 1e-17 * sum; n++)
        {
            term *= 2 * z * z / (2 * n + 1);
            sum += term;
        }
        var erf = 2 / Math.Sqrt(Math.PI) * Math.Exp(-z * z) * sum;
        return x >= 0 ? 1 - erf : 1 + erf;
    }

    private static double Normal(double x, double mean, double sd) => Math.Exp(-0.5 * Sq((x - mean) / sd)) / sd;

    private static double Sq(double x) => x * x;

    private static (double Mean, double Sd) MeanSd(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }
}
