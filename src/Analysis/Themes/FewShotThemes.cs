using System.Numerics.Tensors;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Learns a theme from a few examples by meaning: every embedding is first centred on the training rows' mean and
/// whitened by their covariance (shrunk towards its mean variance), so the direction all comments share no longer
/// makes every cosine high; then a prototype (the normalised mean of the examples plus the theme description's,
/// weighted) and a cosine threshold set from the examples themselves rather than from folds of a handful of rows. The
/// other rows are treated as unlabelled, not as negatives: they only say where an ordinary item sits (their mean and
/// spread of cosines), because the rows about a new theme are there, under other labels. Since round 2 the prototype is
/// refined once on those rows (self-training) and a words score from the examples is added (<see cref="FewShotWords"/>),
/// both chosen on validation (bench/README.md).
/// </summary>
/// <example>
/// Ten examples whose leave-one-out cosines to the prototype average 0.50, against training rows averaging 0.00 with
/// spread 0.08: with <see cref="FewShotSettings.Position"/> 0.9 the threshold is 0.00 + 0.9 × (0.50 − 0.00) = 0.45, and
/// an item at 0.53 has margin (0.53 − 0.45) / 0.08 = 1.0.
/// </example>
public static class FewShotThemes
{
    /// <summary>
    /// One scorer per theme in <paramref name="labels"/> (except "Not assigned") with at least
    /// <see cref="FewShotSettings.MinExamples"/> and fewer than <see cref="FewShotSettings.Below"/> rows; null when
    /// there is none, or the rows lack embeddings.
    /// </summary>
    /// <param name="fromSuggestions">
    /// Per theme, the ids of the rows staff confirmed from its "might be this theme" list: they shape its prototype, and
    /// its threshold is set from its other examples when there are at least two (<see cref="FitTheme"/>'s cutFrom).
    /// </param>
    public static FewShotManifest? Fit(IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows,
        IReadOnlyDictionary<string, float[]>? descriptions, FewShotSettings? settings = null,
        IReadOnlyDictionary<string, IReadOnlySet<string>>? fromSuggestions = null)
    {
        settings ??= FewShotSettings.Default;
        if (settings.Below <= 0 || rows.Count == 0 || rows.Any(r => r.Embedding is not { Length: > 0 })) return null;
        var space = Space(rows.Select(r => r.Embedding!).ToList(), settings);
        rows = rows.Select(r => r with { Embedding = space.Transform(r.Embedding!) }).ToList();
        descriptions = descriptions?.ToDictionary(p => p.Key, p => space.Transform(p.Value), StringComparer.Ordinal);
        var scorers = new List<FewShotScorer>();
        var terms = settings.WordsWeight > 0 ? rows.Select(r => FewShotWords.Terms(r.Text)).ToList() : null;
        if (settings is { Cut: FewShotCut.Learned, CutModel: null }
            && labels.Any(l => rows.Count(r => r.Labels.Contains(l)) is var n && n >= settings.MinExamples && n < settings.Below))
        {
            // The cut is learned from the council's well-labelled themes, each simulated as if it had a few examples.
            var references = labels.Where(l => l != Decoding.NotAssigned).ToList();
            var learned = FewShotCutModel.Learn(FewShotCutModel.Cases(references, rows, descriptions, settings, terms: terms));
            settings = learned is null ? settings with { Cut = FewShotCut.Position } : settings with { CutModel = learned };
        }
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == Decoding.NotAssigned) continue;
            var count = rows.Count(r => r.Labels.Contains(labels[i]));
            if (count < settings.MinExamples || count >= settings.Below) continue;
            scorers.Add(FitTheme(labels[i], i, rows, terms, descriptions?.GetValueOrDefault(labels[i]), settings,
                OwnExamples(labels[i], rows, fromSuggestions?.GetValueOrDefault(labels[i]))).Scorer);
        }
        return scorers.Count == 0 ? null : space with { Themes = scorers };
    }

    /// <summary>
    /// One theme's scorer, as <see cref="Fit"/> makes it, from rows already in the route's space: the rows labelled with
    /// the theme are its examples, every other row is unlabelled for it. Rows staff rejected for the theme from its "might
    /// be this theme" list stay unlabelled: reading them as negatives did not help (bench/README.md, round 9).
    /// </summary>
    /// <param name="terms">Each row's terms (<see cref="FewShotWords.Terms"/>), or null: meaning alone.</param>
    /// <param name="cutFrom">
    /// The ids of the examples whose scores set the threshold (the others only shape the prototype), or null: all. The
    /// examples staff confirm from the list are the rows the prototype already ranks highest, so they would pull the
    /// threshold up (bench/README.md, round 9); <see cref="Fit"/> leaves them out of it.
    /// </param>
    public static (FewShotScorer Scorer, double[] Examples, double[] Unlabelled, double Cut, double[]? HonestExamples, double[]? HonestUnlabelled) FitTheme(
        string label, int index, IReadOnlyList<LabelledRow> rows, IReadOnlyList<HashSet<string>>? terms, float[]? description, FewShotSettings settings,
        IReadOnlySet<string>? cutFrom = null)
    {
        var examples = Enumerable.Range(0, rows.Count).Where(r => rows[r].Labels.Contains(label)).ToList();
        var others = Enumerable.Range(0, rows.Count).Where(r => !rows[r].Labels.Contains(label)).ToList();
        return Score(label, index, examples.Select(r => rows[r].Embedding!).ToList(), others.Select(r => rows[r].Embedding!).ToList(), description, settings,
            terms is null ? null : examples.Select(r => terms[r]).ToList(), terms is null ? null : others.Select(r => terms[r]).ToList(),
            setsCut: cutFrom is null ? null : examples.Select(r => cutFrom.Contains(rows[r].Id)).ToArray());
    }

    /// <summary>
    /// The ids of the theme's examples that staff did not confirm from its list, when there are at least two (they then
    /// set the threshold alone); null when none came from the list or too few did not.
    /// </summary>
    /// <example>Eight examples, three confirmed from the list: the other five set the threshold. Two examples, one from the list: null, both set it.</example>
    public static IReadOnlySet<string>? OwnExamples(string label, IReadOnlyList<LabelledRow> rows, IReadOnlySet<string>? fromSuggestions)
    {
        if (fromSuggestions is not { Count: > 0 }) return null;
        var own = rows.Where(r => r.Labels.Contains(label) && !fromSuggestions.Contains(r.Id)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return own.Count >= 2 ? own : null;
    }

    /// <summary>The route's space for these vectors: their centre and whitening as the settings ask, no themes yet.</summary>
    public static FewShotManifest Space(IReadOnlyList<float[]> vectors, FewShotSettings settings)
    {
        var centre = settings.Centre || !float.IsNaN(settings.Whiten) ? Mean(vectors) : null;
        var whitening = centre is not null && !float.IsNaN(settings.Whiten) ? Whitening(vectors, centre, settings.Whiten) : null;
        return new FewShotManifest { Below = settings.Below, Themes = [], Centre = centre, Whitening = whitening };
    }

    /// <summary>
    /// The lower-triangular inverse Cholesky factor of the vectors' covariance (about <paramref name="centre"/>) plus
    /// <paramref name="shrink"/> × its mean variance on the diagonal: z = W (x − centre) has about unit covariance.
    /// </summary>
    public static float[][] Whitening(IReadOnlyList<float[]> vectors, float[] centre, float shrink)
    {
        var d = centre.Length;
        var cov = new double[d, d];
        foreach (var v in vectors)
        {
            for (var i = 0; i < d; i++)
            {
                var a = v[i] - centre[i];
                for (var j = 0; j <= i; j++) cov[i, j] += a * (v[j] - centre[j]);
            }
        }
        var trace = 0.0;
        for (var i = 0; i < d; i++) trace += cov[i, i] / vectors.Count;
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++) cov[i, j] /= vectors.Count;
            cov[i, i] += shrink * trace / d;
        }
        // Cholesky: cov = L Lᵀ, then W = L⁻¹ by forward substitution.
        var l = new double[d, d];
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = cov[i, j];
                for (var k = 0; k < j; k++) s -= l[i, k] * l[j, k];
                l[i, j] = i == j ? Math.Sqrt(Math.Max(s, 1e-12)) : s / l[j, j];
            }
        }
        // Row i holds only its first i + 1 entries (the rest are 0): half the stored size. Older models stored full rows.
        var w = new float[d][];
        for (var i = 0; i < d; i++) w[i] = new float[i + 1];
        for (var c = 0; c < d; c++)
        {
            var col = new double[d];
            for (var i = c; i < d; i++)
            {
                var s = i == c ? 1.0 : 0.0;
                for (var k = c; k < i; k++) s -= l[i, k] * col[k];
                col[i] = s / l[i, i];
            }
            for (var i = c; i < d; i++) w[i][c] = (float)col[i];
        }
        return w;
    }

    /// <summary>W (x − centre), W lower-triangular (each row read to its diagonal, so full or triangular rows both work).</summary>
    public static float[] Whitened(float[] x, float[] centre, float[][] w)
    {
        var z = new float[x.Length];
        if (x.Length != centre.Length) return z;
        var diff = new float[x.Length];
        TensorPrimitives.Subtract(x, centre, diff);
        for (var i = 0; i < x.Length; i++) z[i] = TensorPrimitives.Dot(w[i].AsSpan(0, i + 1), diff.AsSpan(0, i + 1));
        return z;
    }

    /// <summary>The mean of the vectors.</summary>
    public static float[] Mean(IReadOnlyList<float[]> vectors)
    {
        var mean = new float[vectors.Count > 0 ? vectors[0].Length : 0];
        foreach (var v in vectors)
            for (var d = 0; d < mean.Length; d++) mean[d] += v[d] / vectors.Count;
        return mean;
    }

    /// <summary>a − b, a new vector (a when the lengths differ).</summary>
    public static float[] Subtract(float[] a, float[] b)
    {
        if (a.Length != b.Length) return a;
        var d = new float[a.Length];
        TensorPrimitives.Subtract(a, b, d);
        return d;
    }

    /// <summary>
    /// One theme's scorer from its examples and the other (unlabelled) rows' embeddings. With
    /// <see cref="FewShotSettings.Rounds"/> above 0, the prototype is refined on the unlabelled rows (self-training): the
    /// <see cref="FewShotSettings.PseudoMultiple"/> × k rows closest to it join as soft pseudo-examples (each weighted by
    /// how far its cosine is above the rows' mean), their weighted mean entering the prototype with
    /// <see cref="FewShotSettings.PseudoWeight"/>; then the threshold is set again.
    /// </summary>
    /// <remarks>
    /// With <see cref="FewShotSettings.WordsWeight"/> above 0 and the rows' terms given, the words' score
    /// (<see cref="FewShotWords"/>, from the examples against the unlabelled rows) is added to the meaning's, each in
    /// spreads of the unlabelled rows' scores, and the threshold rule applies to the sum.
    /// </remarks>
    public static FewShotScorer FitOne(string label, int index, IReadOnlyList<float[]> examples, IReadOnlyList<float[]> others,
        float[]? description, FewShotSettings settings, IReadOnlyList<HashSet<string>>? exampleTerms = null,
        IReadOnlyList<HashSet<string>>? otherTerms = null) =>
        Score(label, index, examples, others, description, settings, exampleTerms, otherTerms).Scorer;

    /// <summary>
    /// <see cref="FitOne"/>, with what it set the threshold from: the examples' leave-one-out combined scores, the
    /// unlabelled rows' combined scores (both in spreads of the unlabelled rows'), and the cut on them; with the share cut
    /// or <paramref name="keepHonest"/>, also both as <see cref="HonestScores"/> gives them (else null).
    /// </summary>
    /// <param name="setsCut">Per example, whether its score sets the threshold (at least two must); null: all do.</param>
    public static (FewShotScorer Scorer, double[] Examples, double[] Unlabelled, double Cut, double[]? HonestExamples, double[]? HonestUnlabelled) Score(
        string label, int index, IReadOnlyList<float[]> examples, IReadOnlyList<float[]> others, float[]? description, FewShotSettings settings,
        IReadOnlyList<HashSet<string>>? exampleTerms = null, IReadOnlyList<HashSet<string>>? otherTerms = null, bool keepHonest = false,
        bool[]? setsCut = null)
    {
        if (examples.Count < 2) throw new ArgumentException("A threshold needs at least two examples.", nameof(examples));
        var (prototype, pseudo, pseudoRows) = SelfTrain(examples, others, description, settings);
        var loo = new double[examples.Count];
        for (var e = 0; e < examples.Count; e++)
        {
            var rest = examples.Where((_, j) => j != e).ToList();
            loo[e] = Cosine(Prototype(rest, description, settings.DescriptionWeight, pseudo, settings.PseudoWeight), examples[e]);
        }
        var background = others.Select(o => (double)Cosine(prototype, o)).ToArray();
        var (bgMean, bgSd) = background.Length > 1 ? MeanSd(background) : (0, 0.1);
        bgSd = Math.Max(bgSd, 1e-9);
        // Both scores in spreads of the unlabelled rows' (their mean is then 0); the threshold rule on their sum.
        var combined = loo.Select(c => (c - bgMean) / bgSd).ToArray();
        var unlabelled = background.Select(c => (c - bgMean) / bgSd).ToArray();
        Dictionary<string, float>? weights = null;
        double wMean = 0, wSd = 1;
        if (settings.WordsWeight > 0 && exampleTerms?.Count == examples.Count && otherTerms?.Count == others.Count && others.Count > 1)
        {
            var df = FewShotWords.DocumentFrequencies(otherTerms);
            weights = FewShotWords.Weights(exampleTerms, df, others.Count);
            var words = otherTerms.Select(t => (double)FewShotWords.Score(weights, t)).ToArray();
            (wMean, wSd) = MeanSd(words);
            wSd = Math.Max(wSd, 1e-3);
            for (var e = 0; e < examples.Count; e++)
            {
                var rest = FewShotWords.Weights(exampleTerms.Where((_, j) => j != e).ToList(), df, others.Count);
                combined[e] += settings.WordsWeight * (FewShotWords.Score(rest, exampleTerms[e]) - wMean) / wSd;
            }
            for (var i = 0; i < unlabelled.Length; i++) unlabelled[i] += settings.WordsWeight * (words[i] - wMean) / wSd;
        }
        // The share cut reads the theme's number of rows from scores the self-training did not lift (HonestScores).
        var honest = settings.Cut == FewShotCut.Share || keepHonest ? HonestScores(examples, others, description, settings, prototype, pseudoRows, background) : default;
        if (honest.Examples is not null)
        {
            for (var e = 0; e < examples.Count; e++) honest.Examples[e] = combined[e] + (honest.Examples[e] - loo[e]) / bgSd;
            for (var i = 0; i < others.Count; i++) honest.Unlabelled[i] = unlabelled[i] + (honest.Unlabelled[i] - background[i]) / bgSd;
        }
        var cutBy = setsCut?.Length == combined.Length && setsCut.Count(b => b) >= 2 ? combined.Where((_, e) => setsCut[e]).ToArray() : combined;
        var z = settings.Cut == FewShotCut.Share ? ShareCut(combined, unlabelled, honest.Examples!, honest.Unlabelled, settings) : Threshold(cutBy, unlabelled, settings);
        var scorer = new FewShotScorer(label, index, prototype, (float)(bgMean + z * bgSd), (float)(1 / Math.Max(bgSd, 1e-3)), examples.Count);
        if (weights is not null) scorer = scorer with { Words = weights, WordsCentre = (float)wMean, WordsScale = (float)(settings.WordsWeight / wSd) };
        return (scorer, combined, unlabelled, z, honest.Examples, honest.Unlabelled);
    }

    /// <summary>
    /// The prototype after <see cref="FewShotSettings.Rounds"/> of self-training, the pseudo-examples' unit mean (null
    /// without), and the rows that made it with their weights (the last round's).
    /// </summary>
    private static (float[] Prototype, float[]? Pseudo, List<(int Row, float Weight)> PseudoRows) SelfTrain(IReadOnlyList<float[]> examples,
        IReadOnlyList<float[]> others, float[]? description, FewShotSettings settings)
    {
        var prototype = Prototype(examples, description, settings.DescriptionWeight);
        float[]? pseudo = null;
        var rows = new List<(int, float)>();
        var m = (int)Math.Round(settings.PseudoMultiple * examples.Count);
        for (var round = 0; round < settings.Rounds && m > 0 && others.Count > m; round++)
        {
            var cosines = others.Select(o => (double)Cosine(prototype, o)).ToArray();
            var mean = cosines.Average();
            var top = Enumerable.Range(0, others.Count).OrderByDescending(i => cosines[i]).Take(m).ToList();
            rows = top.Select(i => (i, (float)Math.Max(cosines[i] - mean, 0))).ToList();
            pseudo = new float[prototype.Length];
            foreach (var (i, w) in rows) TensorPrimitives.MultiplyAdd(others[i], w, pseudo, pseudo);
            Normalise(pseudo);
            prototype = Prototype(examples, description, settings.DescriptionWeight, pseudo, settings.PseudoWeight);
        }
        return (prototype, pseudo, rows);
    }

    /// <summary>
    /// Meaning cosines that no row helped choose for itself: each example's against the prototype the other examples
    /// would have made, self-training included (the pseudo-examples chosen without it), and each pseudo-example's
    /// against the prototype without it. The usual leave-one-out keeps the pseudo-examples each example helped choose, and
    /// the pseudo-examples score their own prototype, so both sit above the theme's other rows (the examples by 0.70,
    /// 0.23 and 0.05 spreads at k = 5, 10 and 20 on the labelled file, bench/README.md round 8); a count read from those
    /// scores is off.
    /// </summary>
    private static (double[] Examples, double[] Unlabelled) HonestScores(IReadOnlyList<float[]> examples, IReadOnlyList<float[]> others,
        float[]? description, FewShotSettings settings, float[] prototype, List<(int Row, float Weight)> pseudoRows, double[] background)
    {
        var ex = new double[examples.Count];
        for (var e = 0; e < examples.Count; e++)
            ex[e] = Cosine(SelfTrain(examples.Where((_, j) => j != e).ToList(), others, description, settings).Prototype, examples[e]);
        var un = (double[])background.Clone();
        if (pseudoRows.Count == 0) return (ex, un);
        var sum = new float[prototype.Length];
        foreach (var (i, w) in pseudoRows) TensorPrimitives.MultiplyAdd(others[i], w, sum, sum);
        foreach (var (i, w) in pseudoRows)
        {
            var without = new float[sum.Length];
            TensorPrimitives.MultiplyAdd(others[i], -w, sum, without);
            Normalise(without);
            un[i] = Cosine(Prototype(examples, description, settings.DescriptionWeight, without, settings.PseudoWeight), others[i]);
        }
        return (ex, un);
    }

    /// <summary>
    /// <see cref="FewShotCut.Share"/>: the theme's number of rows among the unlabelled ones estimated from the honest
    /// scores (<see cref="FewShotCuts.ThemeRows"/>), times <see cref="FewShotSettings.ShareMultiple"/>; the cut takes that
    /// many of them. Blended with the position rule by <see cref="FewShotSettings.CutBlend"/>; the position rule when
    /// no estimate is found.
    /// </summary>
    private static double ShareCut(double[] examples, double[] unlabelled, double[] honestExamples, double[] honestUnlabelled, FewShotSettings settings)
    {
        var z = Threshold(examples, unlabelled, settings with { Cut = FewShotCut.Position });
        var rows = FewShotCuts.ThemeRows(honestUnlabelled, honestExamples);
        if (double.IsNaN(rows)) return z;
        var cut = FewShotCuts.AtCount(honestUnlabelled, settings.ShareMultiple * rows);
        return (1 - settings.CutBlend) * z + settings.CutBlend * cut;
    }

    /// <summary>
    /// The threshold on the combined score (in spreads of the unlabelled rows', their mean 0) from the examples'
    /// leave-one-out scores and the unlabelled rows' scores, by <see cref="FewShotSettings.Cut"/>.
    /// </summary>
    private static double Threshold(double[] examples, double[] unlabelled, FewShotSettings settings)
    {
        var (mean, sd) = MeanSd(examples);
        var z = double.NegativeInfinity;
        if (!float.IsNaN(settings.Position)) z = settings.Position * mean;
        if (!float.IsNaN(settings.Spread)) z = Math.Max(z, mean - settings.Spread * sd);
        if (double.IsNegativeInfinity(z)) throw new ArgumentException("Name at least one threshold rule.", nameof(settings));
        var cut = settings.Cut switch
        {
            FewShotCut.Mixture => FewShotCuts.Mixture(unlabelled, examples, settings.MixtureAnchor),
            FewShotCut.Recall => FewShotCuts.Recall(unlabelled, examples, settings.RecallFrom, settings.RankMultiple),
            FewShotCut.Learned => settings.CutModel?.Cut(examples, unlabelled) ?? double.NaN,
            FewShotCut.ExpectedF1 => FewShotCuts.ExpectedF1(unlabelled, examples),
            FewShotCut.Ensemble => Median(
            [
                z,
                FewShotCuts.Mixture(unlabelled, examples, settings.MixtureAnchor),
                FewShotCuts.Recall(unlabelled, examples, settings.RecallFrom, settings.RankMultiple),
                FewShotCuts.ExpectedF1(unlabelled, examples),
            ]),
            _ => double.NaN,
        };
        return double.IsNaN(cut) ? z : (1 - settings.CutBlend) * z + settings.CutBlend * cut;
    }

    /// <summary>The median of the values that are not NaN (NaN when all are).</summary>
    private static double Median(double[] values)
    {
        var found = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (found.Length == 0) return double.NaN;
        return found.Length % 2 == 1 ? found[found.Length / 2] : (found[found.Length / 2 - 1] + found[found.Length / 2]) / 2;
    }

    /// <summary>
    /// normalise(normalise(mean of the examples) + pseudoWeight × pseudo + weight × description): the examples count as
    /// one, whatever their number; <paramref name="pseudo"/> (unit, or null) is the self-training's pseudo-examples.
    /// </summary>
    /// <remarks>
    /// With <paramref name="away"/> (unit, or null), <paramref name="awayWeight"/> × it is subtracted before the last
    /// normalising: ranking by cosine to that is ranking by cos(prototype, x) − awayWeight × cos(away, x).
    /// </remarks>
    public static float[] Prototype(IReadOnlyList<float[]> examples, float[]? description, float descriptionWeight,
        float[]? pseudo = null, float pseudoWeight = 0, float[]? away = null, float awayWeight = 0)
    {
        var dimensions = examples.Count > 0 ? examples[0].Length : description?.Length ?? 0;
        var p = new float[dimensions];
        foreach (var e in examples.Where(e => e.Length == dimensions)) TensorPrimitives.Add(p, e, p);
        Normalise(p);
        if (pseudo is { } u && u.Length == dimensions && pseudoWeight > 0) TensorPrimitives.MultiplyAdd(u, pseudoWeight, p, p);
        if (description is { } desc && desc.Length == dimensions && descriptionWeight > 0)
        {
            var n = TensorPrimitives.Norm(desc);
            TensorPrimitives.MultiplyAdd(desc, descriptionWeight / (n > 0 ? n : 1), p, p);
        }
        if (away is { } a && a.Length == dimensions && awayWeight > 0)
        {
            // The direction of the positive part must be unit first, or the weight would mean something else each time.
            Normalise(p);
            TensorPrimitives.MultiplyAdd(a, -awayWeight, p, p);
        }
        Normalise(p);
        return p;
    }

    /// <summary>Cosine of two vectors of the same length (0 when either is zero).</summary>
    public static float Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length) return float.NaN;
        if (a.Length == 0) return 0;
        var cosine = TensorPrimitives.CosineSimilarity(a, b);
        return float.IsNaN(cosine) ? 0 : cosine;
    }

    private static void Normalise(float[] v)
    {
        var n = TensorPrimitives.Norm(v);
        if (n > 0) TensorPrimitives.Divide(v, n, v);
    }

    private static (double Mean, double Sd) MeanSd(double[] values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }
}
