using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// One simulated few-shot theme: a theme with many labelled rows trained as if only k of them were known
/// (<see cref="FewShotCutModel.Cases"/>), what the route could see then (<see cref="Features"/>) and the cut that would
/// have been best (<see cref="Best"/>, read from the theme's labels on the rows it did not learn from).
/// </summary>
public sealed record FewShotCutCase(string Theme, int K, double[] Features, double Best);

/// <summary>
/// A threshold for a theme learned from a few examples, learned across the council's other themes: for each theme with
/// many labelled rows the route is trained as if only k of its rows were known, and the best cut on its other rows
/// (from their labels) is recorded against what the route can see with k examples. Least squares maps those statistics
/// to the cut, and a new theme's cut is read from its own (<see cref="FewShotCut.Learned"/>). Scores are the route's
/// combined score in spreads of the unlabelled rows' (their mean 0).
/// </summary>
/// <example>
/// Twenty themes with enough rows, each simulated at k = 5, 10 and 20 with two draws of examples: 120 cases. For a new
/// theme with ten examples whose leave-one-out scores average 3.1 (spread 0.9), the median of them ranking 40th of
/// 3,000 unlabelled rows and the rows' 99th percentile at 2.6, the model gives, say, 2.2 where the position rule would
/// cut at 0.8 × 3.1 = 2.5: it has learned that a theme whose examples rank that low among the rows is a common one.
/// </example>
public sealed record FewShotCutModel(double[] Weights)
{
    /// <summary>The number of examples a theme is simulated with.</summary>
    public static readonly int[] SimulatedK = [5, 10, 20];

    /// <summary>Draws of examples per theme and k.</summary>
    public const int Draws = 2;

    /// <summary>A theme needs this many labelled rows, and twice the simulated k, to teach the cut at that k.</summary>
    public const int MinReferenceRows = 15;

    /// <summary>Fewer cases than this (about two themes) teach nothing: the position rule is kept.</summary>
    public const int MinCases = 12;

    /// <summary>The cut for a theme whose examples' leave-one-out scores and unlabelled rows' scores are these.</summary>
    public double Cut(IReadOnlyList<double> examples, IReadOnlyList<double> unlabelled)
    {
        var x = Features(examples, unlabelled);
        var cut = 0.0;
        for (var i = 0; i < x.Length; i++) cut += Weights[i] * x[i];
        return cut;
    }

    /// <summary>
    /// What the route can see with k examples: 1; the examples' mean leave-one-out score and its spread; where the
    /// examples at their 25th, 50th and 75th percentiles rank among the unlabelled rows (log of the share of rows above);
    /// the unlabelled rows' 95th and 99th percentiles (how heavy their tail is); and log k.
    /// </summary>
    public static double[] Features(IReadOnlyList<double> examples, IReadOnlyList<double> unlabelled)
    {
        var mean = examples.Average();
        var sd = Math.Sqrt(examples.Average(e => (e - mean) * (e - mean)));
        var sorted = examples.Order().ToArray();
        var rows = unlabelled.Order().ToArray();
        double Above(double p)
        {
            var x = Percentile(sorted, p);
            var above = rows.Length - UpperBound(rows, x);
            return Math.Log((above + 1.0) / (rows.Length + 1.0));
        }
        return [1, mean, sd, Above(50), Above(25), Above(75), Percentile(rows, 99), Percentile(rows, 95), Math.Log(examples.Count)];
    }

    /// <summary>The p-th percentile of sorted values, interpolated between neighbours (0 when there are none).</summary>
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return 0;
        var at = p / 100 * (sorted.Length - 1);
        var lo = (int)Math.Floor(at);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>The number of sorted values at or below x.</summary>
    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Least squares (a little ridge on all but the constant) over the cases; null with fewer than <see cref="MinCases"/>.</summary>
    public static FewShotCutModel? Learn(IReadOnlyList<FewShotCutCase> cases, double ridge = 1e-3)
    {
        if (cases.Count < MinCases) return null;
        var d = cases[0].Features.Length;
        var a = new double[d, d];
        var b = new double[d];
        foreach (var c in cases)
        {
            for (var i = 0; i < d; i++)
            {
                b[i] += c.Features[i] * c.Best;
                for (var j = 0; j < d; j++) a[i, j] += c.Features[i] * c.Features[j];
            }
        }
        for (var i = 1; i < d; i++) a[i, i] += ridge * cases.Count;
        return new FewShotCutModel(Solve(a, b));
    }

    /// <summary>
    /// The cases the council's well-labelled themes teach: for each of <paramref name="references"/> with at least
    /// <see cref="MinReferenceRows"/> rows, k of its rows (seeded draws) as examples and every other row unlabelled for
    /// it (its own other rows too, as for a new theme; with <paramref name="drop"/> they are left out), the route fitted
    /// by <paramref name="settings"/> on three quarters of the other rows, and the best cut on the remaining quarter from
    /// the theme's labels (a draw whose quarter holds no row of the theme is skipped). Rows and descriptions are in the
    /// route's space (centred and whitened).
    /// </summary>
    public static List<FewShotCutCase> Cases(IReadOnlyList<string> references, IReadOnlyList<LabelledRow> rows, IReadOnlyDictionary<string, float[]>? descriptions,
        FewShotSettings settings, int seed = 1, bool drop = false, IReadOnlyList<HashSet<string>>? terms = null)
    {
        settings = settings with { Cut = FewShotCut.Position, CutModel = null };
        terms ??= settings.WordsWeight > 0 ? rows.Select(r => FewShotWords.Terms(r.Text)).ToList() : null;
        var cases = new List<FewShotCutCase>();
        foreach (var theme in references)
        {
            var positives = Enumerable.Range(0, rows.Count).Where(r => rows[r].Labels.Contains(theme)).ToList();
            var hash = theme.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);
            var random = new Random(unchecked(seed * 31 + (int)hash) & int.MaxValue);
            foreach (var k in SimulatedK.Where(k => positives.Count >= 2 * k && positives.Count >= MinReferenceRows))
            for (var draw = 0; draw < Draws; draw++)
            {
                var known = positives.OrderBy(_ => random.Next()).Take(k).ToHashSet();
                // The best cut is read on a quarter of the rows the route did not see: on the rows it self-trained on,
                // the theme's rows score higher than new items do, and the cut learned there sits too high.
                var judged = Enumerable.Range(0, rows.Count).Where(r => !known.Contains(r) && random.Next(4) == 0).ToList();
                var judgedSet = judged.ToHashSet();
                var other = Enumerable.Range(0, rows.Count).Where(r => !known.Contains(r) && !judgedSet.Contains(r) && !(drop && rows[r].Labels.Contains(theme))).ToList();
                var fit = FewShotThemes.Score(theme, 0, known.Select(r => rows[r].Embedding!).ToList(), other.Select(r => rows[r].Embedding!).ToList(),
                    descriptions?.GetValueOrDefault(theme), settings,
                    terms is null ? null : known.Select(r => terms[r]).ToList(), terms is null ? null : other.Select(r => terms[r]).ToList());
                var truth = judged.Select(r => rows[r].Labels.Contains(theme)).ToArray();
                if (!truth.Contains(true)) continue; // no row of the theme to read a best cut from
                var margins = judged.Select(r => (double)fit.Scorer.Margin(rows[r].Embedding!, terms?[r])).ToArray();
                var best = BestCut(margins, truth);
                cases.Add(new FewShotCutCase(theme, k, Features(fit.Examples, fit.Unlabelled), fit.Cut + best));
            }
        }
        return cases;
    }

    /// <summary>The margin midway between the last row taken at the cut of highest F1 and the next (from the labels).</summary>
    public static double BestCut(double[] margins, bool[] truth)
    {
        var positives = truth.Count(t => t);
        var order = Enumerable.Range(0, margins.Length).OrderByDescending(i => margins[i]).ToArray();
        var (best, cut, tp) = (-1.0, 0.0, 0);
        for (var j = 0; j < order.Length; j++)
        {
            if (truth[order[j]]) tp++;
            var f1 = MultiLabelFigures.F1(tp, j + 1 - tp, positives - tp);
            if (f1 > best) (best, cut) = (f1, j + 1 < order.Length ? (margins[order[j]] + margins[order[j + 1]]) / 2 : margins[order[j]]);
        }
        return cut;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(m[r, c]));
            for (var j = 0; j < n; j++) (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            (x[c], x[pivot]) = (x[pivot], x[c]);
            if (Math.Abs(m[c, c]) < 1e-12) continue;
            for (var r = 0; r < n; r++)
            {
                if (r == c) continue;
                var f = m[r, c] / m[c, c];
                for (var j = c; j < n; j++) m[r, j] -= f * m[c, j];
                x[r] -= f * x[c];
            }
        }
        for (var c = 0; c < n; c++) x[c] = Math.Abs(m[c, c]) < 1e-12 ? 0 : x[c] / m[c, c];
        return x;
    }
}
