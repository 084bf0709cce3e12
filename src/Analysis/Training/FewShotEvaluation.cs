using System.Diagnostics;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>One theme's F1 on the held-out rows when trained on all its rows and on only k of them.</summary>
public sealed record FewShotTheme(string Theme, int TrainPositives, int TestPositives, double FullF1, IReadOnlyDictionary<int, double?> F1AtK);

/// <summary>
/// One few-shot setting's macro F1 at each k on the validation split, with the other rows in or left out; and, as a
/// measurement only, the macro F1 at each theme's best cut read from the validation labels (an oracle: how good the
/// ranking is, whatever the threshold).
/// </summary>
public sealed record FewShotTrial(string Setting, bool DropUnknown, int Themes, IReadOnlyDictionary<int, double> MacroF1AtK,
    IReadOnlyDictionary<int, double> OracleF1AtK);

/// <summary>
/// How well a theme is learned from a few examples, as a council's new theme is. For each theme of a labelled file, on a
/// held-out split: a model for that theme alone (its rows against every other row) trained by the product's trainer
/// (<see cref="ThemeTrainer"/>: words, the meaning head when the rows carry embeddings, and the few-shot route of
/// <see cref="FewShotThemes"/> for a theme with fewer than <see cref="FewShotSettings.Below"/> rows) on all its
/// training rows, and trained knowing only k of them. The other training rows about the theme stay in, unlabelled for
/// it (so they count against it), which is what the product does with a theme that has no QDC counterpart: the
/// labelled rows about it are there, under other labels. With <c>dropUnknown</c>, those rows are left out instead (the
/// theme's other examples simply do not exist). A k larger than the theme's training rows is not measured (null).
/// </summary>
public static class FewShotEvaluation
{
    public const string Other = "Not assigned";

    public static IReadOnlyList<FewShotTheme> Run(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, IReadOnlyList<int> ks,
        IReadOnlyList<string> themes, TrainingOptions options, int seed, bool dropUnknown = false, Action<string>? progress = null, CancellationToken ct = default)
    {
        var results = new List<FewShotTheme>();
        var cases = CutCases(train, themes, options, seed, dropUnknown);
        var general = options;
        foreach (var theme in themes)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            // In the product a new theme's cut is learned from the council's other themes; here, every theme but this one.
            options = cases is null ? general : general with { FewShot = LeaveOut(general.FewShot, cases, theme) };
            var positives = train.Where(r => r.Labels.Contains(theme)).ToList();
            var testRows = Binary(test, theme, null);
            var full = F1(Binary(train, theme, null), testRows, theme, options, ct);
            var atK = new Dictionary<int, double?>();
            var shuffled = Shuffle(positives, theme, seed);
            foreach (var k in ks)
            {
                atK[k] = k > positives.Count ? null
                    : F1(Known(train, theme, shuffled.Take(k).Select(r => r.Id).ToHashSet(StringComparer.Ordinal), dropUnknown), testRows, theme,
                        // With the theme's other rows kept, unlabelled, they were never judged for it, as in the product.
                        dropUnknown ? options : options with { PartlyLabelled = new HashSet<string>(StringComparer.Ordinal) { theme } }, ct);
            }
            results.Add(new FewShotTheme(theme, positives.Count, test.Count(r => r.Labels.Contains(theme)), full, atK));
            progress?.Invoke($"{theme}: full {full:0.000}, " + string.Join(", ", atK.Select(p => $"k={p.Key} {p.Value:0.000}")) + $" ({clock.Elapsed.TotalSeconds:0}s)");
        }
        return results;
    }

    /// <summary>
    /// Compares few-shot settings by meaning alone (no words' model, so it takes seconds) on a validation split of the
    /// training rows (a quarter, seeded), never on the test rows: for each theme and k, the scorer from k examples
    /// against the rest of the validation-training rows, F1 on the validation rows. Rows must carry embeddings.
    /// </summary>
    public static IReadOnlyList<FewShotTrial> Explore(IReadOnlyList<LabelledRow> train, IReadOnlyList<int> ks, IReadOnlyList<string> themes,
        IReadOnlyDictionary<string, float[]>? descriptions, IReadOnlyList<(string Name, FewShotSettings Settings)> settings, int seed)
    {
        var (fit, validation) = StratifiedSplit.Split(train, 0.25, seed + 1);
        var centre = FewShotThemes.Mean(fit.Select(r => r.Embedding!).ToList());
        var whitenings = settings.Select(s => s.Settings.Whiten).Where(w => !float.IsNaN(w)).Distinct()
            .ToDictionary(w => w, w => FewShotThemes.Whitening(fit.Select(r => r.Embedding!).ToList(), centre, w));
        var terms = train.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => FewShotWords.Terms(g.First().Text), StringComparer.Ordinal);
        var trials = new List<FewShotTrial>();
        foreach (var drop in new[] { false, true })
        {
            foreach (var (name, setting) in settings)
            {
                var cache = new Dictionary<float[], float[]>(ReferenceEqualityComparer.Instance);
                float[] Vector(float[] v)
                {
                    if (cache.TryGetValue(v, out var known)) return known;
                    return cache[v] = !float.IsNaN(setting.Whiten) ? FewShotThemes.Whitened(v, centre, whitenings[setting.Whiten])
                        : setting.Centre ? FewShotThemes.Subtract(v, centre) : v;
                }
                var perTheme = new List<(Dictionary<int, double> F1, Dictionary<int, double> Oracle)>();
                // A learned cut: every theme simulated once; each theme's cut is learned from the others' cases only.
                var cases = setting is { Cut: FewShotCut.Learned, CutModel: null }
                    ? FewShotCutModel.Cases(themes, fit.Select(r => r with { Embedding = Vector(r.Embedding!) }).ToList(),
                        descriptions?.ToDictionary(p => p.Key, p => Vector(p.Value), StringComparer.Ordinal), setting, seed, drop,
                        fit.Select(r => terms[r.Id]).ToList())
                    : null;
                foreach (var theme in themes)
                {
                    var positives = Shuffle(fit.Where(r => r.Labels.Contains(theme)).ToList(), theme, seed);
                    if (ks.Any(k => k > positives.Count) || !validation.Any(r => r.Labels.Contains(theme))) continue;
                    var truth = validation.Select(r => r.Labels.Contains(theme)).ToArray();
                    var f1 = new Dictionary<int, double>();
                    var oracle = new Dictionary<int, double>();
                    foreach (var k in ks)
                    {
                        var known = positives.Take(k).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                        var otherRows = fit.Where(r => !known.Contains(r.Id) && !(drop && r.Labels.Contains(theme))).ToList();
                        var others = otherRows.Select(r => Vector(r.Embedding!)).ToList();
                        var scorer = FewShotThemes.FitOne(theme, 0, positives.Take(k).Select(r => Vector(r.Embedding!)).ToList(), others,
                            descriptions?.GetValueOrDefault(theme) is { } d ? Vector(d) : null,
                            cases is null ? setting : LeaveOut(setting, cases, theme),
                            positives.Take(k).Select(r => terms[r.Id]).ToList(), otherRows.Select(r => terms[r.Id]).ToList());
                        var margins = validation.Select(r => scorer.Margin(Vector(r.Embedding!), terms[r.Id])).ToArray();
                        int tp = 0, fp = 0, fn = 0;
                        for (var r = 0; r < validation.Count; r++)
                        {
                            var taken = margins[r] >= 0;
                            if (taken && truth[r]) tp++;
                            else if (taken) fp++;
                            else if (truth[r]) fn++;
                        }
                        f1[k] = MultiLabelFigures.F1(tp, fp, fn);
                        oracle[k] = BestCutF1(margins, truth);
                    }
                    perTheme.Add((f1, oracle));
                }
                trials.Add(new FewShotTrial(name, drop, perTheme.Count,
                    ks.ToDictionary(k => k, k => perTheme.Count == 0 ? 0 : perTheme.Average(t => t.F1[k])),
                    ks.ToDictionary(k => k, k => perTheme.Count == 0 ? 0 : perTheme.Average(t => t.Oracle[k]))));
            }
        }
        return trials;
    }

    /// <summary>
    /// Label spreading beside the kept route, on the same validation split and examples as <see cref="Explore"/> (rows
    /// in): for each k-nearest-neighbour graph size, α and blend weight a, the route's combined score plus a × the spread
    /// score (in spreads of the unlabelled rows'), at the kept rule's threshold (0.8 of the way to the examples' mean
    /// leave-one-out score, the spread read with each example left out of the seeds) and at the oracle cut.
    /// Transductive: the validation rows are nodes of the graph; inductive: the graph holds the training rows only and a
    /// validation row takes the weighted mean of its nearest training rows' spread scores.
    /// </summary>
    public static IReadOnlyList<FewShotTrial> ExploreGraph(IReadOnlyList<LabelledRow> train, IReadOnlyList<int> ks, IReadOnlyList<string> themes,
        IReadOnlyDictionary<string, float[]>? descriptions, int seed, IReadOnlyList<int> graphSizes, IReadOnlyList<float> alphas,
        IReadOnlyList<float> blends, TrainingOptions? model = null, Action<string>? progress = null,
        IReadOnlyList<LabelledRow>? test = null, CancellationToken ct = default)
    {
        var setting = FewShotSettings.Default;
        // With test rows: the route fitted on all the training rows and measured on them (the oracle only reads their labels).
        var (fit, validation) = test is null ? StratifiedSplit.Split(train, 0.25, seed + 1) : (train.ToList(), test.ToList());
        var space = FewShotThemes.Space(fit.Select(r => r.Embedding!).ToList(), setting);
        var fitVectors = fit.Select(r => space.Transform(r.Embedding!)).ToList();
        var validationVectors = validation.Select(r => space.Transform(r.Embedding!)).ToList();
        var terms = train.Concat(test ?? []).GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => FewShotWords.Terms(g.First().Text), StringComparer.Ordinal);
        var fitUnit = fitVectors.Select(FewShotGraph.Unit).ToList();
        var graphs = new List<(string Mode, int Size, FewShotGraph Graph, List<(int Row, float Weight)>[]? Near)>();
        // The graph in the route's whitened space, and in the centred space (whitening lifts minor directions' noise).
        var centre = space.Centre!;
        var fitCentred = fit.Select(r => FewShotThemes.Subtract(r.Embedding!, centre)).ToList();
        var validationCentred = validation.Select(r => FewShotThemes.Subtract(r.Embedding!, centre)).ToList();
        var fitCentredUnit = fitCentred.Select(FewShotGraph.Unit).ToList();
        foreach (var size in graphSizes)
        {
            var clock = Stopwatch.StartNew();
            graphs.Add(("transductive", size, FewShotGraph.Build(fitVectors.Concat(validationVectors).ToList(), size), null));
            graphs.Add(("inductive", size, FewShotGraph.Build(fitVectors, size), validationVectors.Select(v => FewShotGraph.Nearest(fitUnit, v, size)).ToArray()));
            graphs.Add(("transductive centred", size, FewShotGraph.Build(fitCentred.Concat(validationCentred).ToList(), size), null));
            progress?.Invoke($"graphs k={size}: {clock.Elapsed.TotalSeconds:0.0}s");
        }
        var index = fit.Select((r, i) => (r, i)).ToDictionary(x => (object)x.r, x => x.i, ReferenceEqualityComparer.Instance);
        // The other themes' full prototypes (all their training rows' unit mean), each cosine in spreads of the training rows'.
        var others0 = themes.ToDictionary(t => t, t =>
        {
            var p = FewShotGraph.Unit(FewShotThemes.Mean(fit.Select((r, i) => (r, i)).Where(x => x.r.Labels.Contains(t)).Select(x => fitUnit[x.i]).ToList()));
            var (m, sd) = MeanSd(fitVectors.Select(v => (double)FewShotThemes.Cosine(p, v)).ToArray());
            return validationVectors.Select(v => (FewShotThemes.Cosine(p, v) - m) / Math.Max(sd, 1e-9)).ToArray();
        }, StringComparer.Ordinal);
        var results = new Dictionary<string, List<(Dictionary<int, double> F1, Dictionary<int, double> Oracle)>>();
        var names = new List<string>();
        void Add(string name, string theme, int k, double f1, double oracle)
        {
            if (!results.TryGetValue(name, out var list)) { results[name] = list = []; names.Add(name); }
            if (list.Count == 0 || list[^1].F1.ContainsKey(k)) list.Add(([], []));
            list[^1].F1[k] = f1;
            list[^1].Oracle[k] = oracle;
        }
        foreach (var theme in themes)
        {
            var positives = Shuffle(fit.Where(r => r.Labels.Contains(theme)).ToList(), theme, seed);
            if (ks.Any(k => k > positives.Count) || !validation.Any(r => r.Labels.Contains(theme))) continue;
            var truth = validation.Select(r => r.Labels.Contains(theme)).ToArray();
            // How pure the graph is for the theme: the share of a theme row's 20 nearest rows that carry it, against its share of all rows.
            var purity = positives.Average(r => FewShotGraph.Nearest(fitUnit, fitVectors[index[r]], 20, index[r]).Count(n => fit[n.Row].Labels.Contains(theme)) / 20.0);
            progress?.Invoke($"{theme}: {positives.Count} rows, share {positives.Count / (double)fit.Count:0.000}, neighbours' share {purity:0.000}");
            foreach (var k in ks)
            {
                var seeds = positives.Take(k).Select(r => index[r]).ToList();
                var known = seeds.ToHashSet();
                var others = Enumerable.Range(0, fit.Count).Where(i => !known.Contains(i)).ToList();
                var (scorer, exampleScores, _, cut) = FewShotThemes.Score(theme, 0, seeds.Select(i => fitVectors[i]).ToList(), others.Select(i => fitVectors[i]).ToList(),
                    descriptions?.GetValueOrDefault(theme) is { } d ? space.Transform(d) : null, setting,
                    seeds.Select(i => terms[fit[i].Id]).ToList(), others.Select(i => terms[fit[i].Id]).ToList());
                var route = validation.Select((r, v) => scorer.Margin(validationVectors[v], terms[r.Id]) + cut).ToArray();
                Add("route alone (kept)", theme, k, F1At(route, truth, setting.Position * exampleScores.Average()), BestCutF1(route.Select(x => (float)x).ToArray(), truth));
                // Per theme, the best of several rankings read from the labels (an oracle of a per-theme choice): what
                // any statistic choosing among them could reach at best.
                var choices = new Dictionary<string, double[]>();
                var meaningOnly = validation.Select((r, v) => (double)scorer.Margin(validationVectors[v], null) + cut).ToArray();
                var wordsPart = route.Select((x, v) => x - meaningOnly[v]).ToArray();
                foreach (var w in new[] { 0.0, 0.35, 0.7, 1.5 })
                    choices[$"words {w}"] = meaningOnly.Select((x, v) => x + w / setting.WordsWeight * wordsPart[v]).ToArray();
                var pairwise = seeds.SelectMany(i => seeds.Where(j => j > i).Select(j => (double)FewShotThemes.Cosine(fitVectors[i], fitVectors[j]))).Average();
                if (model is not null)
                {
                    ct.ThrowIfCancellationRequested();
                    var rows = Known(fit, theme, seeds.Select(i => fit[i].Id).ToHashSet(StringComparer.Ordinal), false);
                    var trained = ThemeTrainer.Train(rows, null, model with { FewShot = model.FewShot with { Below = 0 } }, null, ct).Model;
                    var at = trained.Labels.ToList().IndexOf(theme);
                    var scores = trained.Score(validation.Select(r => r.Text).ToList(), validation.Select(r => r.Embedding).ToList()).Select(row => (double)row[at]).ToArray();
                    var (mm, ms) = MeanSd(scores);
                    foreach (var w in new[] { 0.5, 1.0, 2.0 })
                        choices[$"model {w}"] = route.Select((x, v) => x + w * (scores[v] - mm) / Math.Max(ms, 1e-9)).ToArray();
                }
                // Other themes compete: an item well explained by another theme's prototype is pushed down.
                var competitor = validation.Select((_, v) => themes.Where(t => t != theme).Max(t => others0[t][v])).ToArray();
                foreach (var beta in new[] { 0.1, 0.25, 0.5 })
                {
                    var total = route.Select((x, v) => x - beta * competitor[v]).ToArray();
                    Add($"other themes compete (oracle only), beta {beta}", theme, k, -1, BestCutF1(total.Select(x => (float)x).ToArray(), truth));
                }
                foreach (var (name, ranking) in choices)
                    Add($"ranking: {name}", theme, k, -1, BestCutF1(ranking.Select(x => (float)x).ToArray(), truth));
                Add("ranking: best per theme (oracle choice)", theme, k, -1, choices.Values.Max(c => BestCutF1(c.Select(x => (float)x).ToArray(), truth)));
                progress?.Invoke($"{theme} k={k}: examples' mean pairwise cosine {pairwise:0.000}; oracle " +
                                 string.Join(", ", choices.Select(c => $"{c.Key} {BestCutF1(c.Value.Select(x => (float)x).ToArray(), truth):0.000}")));
                // Several prototypes: the examples in c clusters, an item's meaning the best of its cosines to them.
                foreach (var c in new[] { 2, 3 })
                {
                    var protos = Clusters(seeds.Select(i => fitUnit[i]).ToList(), c);
                    double Best(float[] v) => protos.Max(p => (double)FewShotThemes.Cosine(p, v));
                    var (pm, ps) = MeanSd(others.Select(i => Best(fitVectors[i])).ToArray());
                    ps = Math.Max(ps, 1e-12);
                    var multi = validationVectors.Select(v => (Best(v) - pm) / ps).ToArray();
                    foreach (var b in new[] { 0.25, 0.5, 1.0 })
                    {
                        var total = route.Select((x, v) => x + b * multi[v]).ToArray();
                        Add($"{c} prototypes, b {b}", theme, k, -1, BestCutF1(total.Select(x => (float)x).ToArray(), truth));
                    }
                }
                foreach (var (mode, size, graph, near) in graphs)
                foreach (var alpha in alphas)
                {
                    var f = graph.Spread(seeds, alpha);
                    var (mean, sd) = MeanSd(others.Select(i => f[i]).ToArray());
                    sd = Math.Max(sd, 1e-12);
                    var spread = validation.Select((_, v) => near is null ? f[fit.Count + v]
                        : near[v].Sum(n => n.Weight * f[n.Row]) / Math.Max(near[v].Sum(n => n.Weight), 1e-12)).Select(x => (x - mean) / sd).ToArray();
                    var loo = seeds.Select(e => (graph.Spread(seeds.Where(s => s != e).ToList(), alpha)[e] - mean) / sd).ToArray();
                    foreach (var a in blends)
                    {
                        var total = route.Select((x, v) => x + a * spread[v]).ToArray();
                        var threshold = setting.Position * exampleScores.Select((x, e) => x + a * loo[e]).Average();
                        Add($"{mode}, k_graph {size}, alpha {alpha}, a {a}", theme, k, F1At(total, truth, threshold), BestCutF1(total.Select(x => (float)x).ToArray(), truth));
                    }
                }
            }
            progress?.Invoke($"{theme} done");
        }
        return names.Select(n => new FewShotTrial(n, false, results[n].Count,
            ks.ToDictionary(k => k, k => results[n].Average(t => t.F1[k])), ks.ToDictionary(k => k, k => results[n].Average(t => t.Oracle[k])))).ToList();
    }

    /// <summary>Unit prototypes of <paramref name="c"/> clusters of the unit vectors (farthest-point start, 10 rounds of k-means).</summary>
    private static List<float[]> Clusters(List<float[]> unit, int c)
    {
        var centres = new List<float[]> { unit[0] };
        while (centres.Count < Math.Min(c, unit.Count))
            centres.Add(unit.OrderBy(u => centres.Max(m => FewShotThemes.Cosine(m, u))).First());
        for (var round = 0; round < 10; round++)
        {
            var assigned = unit.GroupBy(u => Enumerable.Range(0, centres.Count).MaxBy(j => FewShotThemes.Cosine(centres[j], u))).ToList();
            centres = assigned.Select(g => FewShotGraph.Unit(FewShotThemes.Mean(g.ToList()))).ToList();
        }
        return centres;
    }

    private static double F1At(double[] scores, bool[] truth, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var r = 0; r < scores.Length; r++)
        {
            var taken = scores[r] >= threshold;
            if (taken && truth[r]) tp++;
            else if (taken) fp++;
            else if (truth[r]) fn++;
        }
        return MultiLabelFigures.F1(tp, fp, fn);
    }

    private static (double Mean, double Sd) MeanSd(double[] values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Average(v => (v - mean) * (v - mean))));
    }

    /// <summary>
    /// How good the "might be this theme" list is (<see cref="ThemeSuggestions"/>): for each theme and k, the share of the
    /// top <paramref name="at"/> training rows (the k examples left out of the candidates) that carry the theme, by the
    /// whitened few-shot scoring and by the older Rocchio query on raw embeddings; then, after staff reject the wrong
    /// ones of that list (and confirm the right ones), the share in the next <paramref name="at"/>. Macro over themes.
    /// </summary>
    public static IReadOnlyList<(string Ranking, int K, double Precision, double AfterFeedback)> Suggestions(IReadOnlyList<LabelledRow> train,
        IReadOnlyList<int> ks, IReadOnlyList<string> themes, IReadOnlyDictionary<string, float[]> descriptions, int seed, int at = 20)
    {
        var results = new List<(string, int, double, double)>();
        var rankings = new (string Name, Func<float[], IReadOnlyList<float[]>, IReadOnlyList<float[]>, IReadOnlyList<float[]>, float[]> Score)[]
        {
            ("whitened few-shot prototype", (d, e, r, c) => ThemeSuggestions.Score(d, e, r, c)),
            ("Rocchio on raw embeddings (before)", (d, e, r, c) =>
            {
                var q = ThemeSuggestions.Combine(d, e, r);
                return c.Select(v => System.Numerics.Tensors.TensorPrimitives.Dot(q, v)).ToArray();
            }),
        };
        foreach (var (name, score) in rankings)
        foreach (var k in ks)
        {
            var before = new List<double>();
            var after = new List<double>();
            foreach (var theme in themes)
            {
                if (descriptions.GetValueOrDefault(theme) is not { } description) continue;
                var positives = Shuffle(train.Where(r => r.Labels.Contains(theme)).ToList(), theme, seed);
                if (positives.Count < k + at) continue;
                var known = positives.Take(k).ToList();
                var ids = known.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                var candidates = train.Where(r => !ids.Contains(r.Id)).ToList();
                var vectors = candidates.Select(r => r.Embedding!).ToList();
                var first = Top(score(description, known.Select(r => r.Embedding!).ToList(), [], vectors), at);
                before.Add(first.Count(i => candidates[i].Labels.Contains(theme)) / (double)at);
                // Staff confirm the right ones and reject the wrong ones; the next list leaves out what they have seen.
                var seen = first.ToHashSet();
                var examples = known.Select(r => r.Embedding!).Concat(first.Where(i => candidates[i].Labels.Contains(theme)).Select(i => vectors[i])).ToList();
                var rejected = first.Where(i => !candidates[i].Labels.Contains(theme)).Select(i => vectors[i]).ToList();
                var rest = Enumerable.Range(0, candidates.Count).Where(i => !seen.Contains(i)).ToList();
                var second = Top(score(description, examples, rejected, rest.Select(i => vectors[i]).ToList()), at);
                after.Add(second.Count(i => candidates[rest[i]].Labels.Contains(theme)) / (double)at);
            }
            results.Add((name, k, before.Count == 0 ? 0 : before.Average(), after.Count == 0 ? 0 : after.Average()));
        }
        return results;
    }

    /// <summary>
    /// What the whitening adds to a stored model: a manifest holding only the centre and the whitening of these rows,
    /// serialised as the model's manifest.json is, in bytes, and in the model's zip (compressed as it is stored).
    /// </summary>
    public static (int Dimensions, long JsonBytes, long StoredBytes) WhiteningSize(IReadOnlyList<LabelledRow> rows)
    {
        var vectors = rows.Select(r => r.Embedding!).ToList();
        var centre = FewShotThemes.Mean(vectors);
        var manifest = new FewShotManifest { Below = FewShotSettings.Default.Below, Themes = [], Centre = centre, Whitening = FewShotThemes.Whitening(vectors, centre, FewShotSettings.Default.Whiten) };
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(manifest);
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("manifest.json", System.IO.Compression.CompressionLevel.Fastest).Open();
            entry.Write(json);
        }
        return (centre.Length, json.Length, buffer.Length);
    }

    /// <summary>
    /// With a learned cut (<see cref="FewShotCut.Learned"/>), the cases every theme teaches, simulated on the training
    /// rows in the space the route will use for them (centred and whitened as <see cref="FewShotThemes.Fit"/> does);
    /// otherwise null.
    /// </summary>
    private static List<FewShotCutCase>? CutCases(IReadOnlyList<LabelledRow> train, IReadOnlyList<string> themes, TrainingOptions options, int seed, bool drop)
    {
        var settings = options.FewShot;
        if (settings is not { Cut: FewShotCut.Learned, CutModel: null } || train.Any(r => r.Embedding is not { Length: > 0 })) return null;
        var space = FewShotThemes.Space(train.Select(r => r.Embedding!).ToList(), settings);
        return FewShotCutModel.Cases(themes, train.Select(r => r with { Embedding = space.Transform(r.Embedding!) }).ToList(),
            options.ThemeDescriptions?.ToDictionary(p => p.Key, p => space.Transform(p.Value), StringComparer.Ordinal), settings, seed, drop);
    }

    /// <summary>The setting with its cut learned from every theme's cases but <paramref name="theme"/>'s (the position rule if too few).</summary>
    private static FewShotSettings LeaveOut(FewShotSettings setting, IReadOnlyList<FewShotCutCase> cases, string theme) =>
        FewShotCutModel.Learn(cases.Where(c => c.Theme != theme).ToList()) is { } model
            ? setting with { CutModel = model }
            : setting with { Cut = FewShotCut.Position };

    /// <summary>The F1 at the best cut of the scores, read from the labels (measurement only).</summary>
    private static double BestCutF1(float[] scores, bool[] truth)
    {
        var positives = truth.Count(t => t);
        var (best, tp) = (0.0, 0);
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        for (var j = 0; j < order.Length; j++)
        {
            if (truth[order[j]]) tp++;
            best = Math.Max(best, MultiLabelFigures.F1(tp, j + 1 - tp, positives - tp));
        }
        return best;
    }

    private static List<int> Top(float[] scores, int n) =>
        Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(n).ToList();

    /// <summary>Macro F1 over the themes measured at every k (so each column averages the same themes).</summary>
    public static (double Full, IReadOnlyDictionary<int, double> AtK, int Themes) Macro(IReadOnlyList<FewShotTheme> results, IReadOnlyList<int> ks)
    {
        var measured = results.Where(r => ks.All(k => r.F1AtK[k] is not null)).ToList();
        if (measured.Count == 0) return (0, ks.ToDictionary(k => k, _ => 0.0), 0);
        return (measured.Average(r => r.FullF1), ks.ToDictionary(k => k, k => measured.Average(r => r.F1AtK[k]!.Value)), measured.Count);
    }

    /// <summary>The theme's rows in a seeded order, the same for every setting and k (the first k are the known examples).</summary>
    private static List<LabelledRow> Shuffle(List<LabelledRow> positives, string theme, int seed)
    {
        // A stable hash: string.GetHashCode and HashCode.Combine differ from process to process, which chose other examples each run.
        var hash = theme.Aggregate(2166136261u, (h, c) => (h ^ c) * 16777619u);
        var random = new Random(unchecked(seed * 31 + (int)hash) & int.MaxValue);
        return positives.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>The rows labelled with the theme or with <see cref="Other"/>; with <paramref name="known"/>, only those rows keep the theme.</summary>
    private static List<LabelledRow> Binary(IReadOnlyList<LabelledRow> rows, string theme, IReadOnlySet<string>? known) =>
        rows.Select(r => r with
        {
            Labels = r.Labels.Contains(theme) && (known is null || known.Contains(r.Id)) ? [theme] : [Other],
        }).ToList();

    private static List<LabelledRow> Known(IReadOnlyList<LabelledRow> train, string theme, IReadOnlySet<string> known, bool dropUnknown) =>
        Binary(dropUnknown ? train.Where(r => !r.Labels.Contains(theme) || known.Contains(r.Id)).ToList() : train, theme, known);

    private static double F1(List<LabelledRow> train, List<LabelledRow> test, string theme, TrainingOptions options, CancellationToken ct)
    {
        var model = ThemeTrainer.Train(train, null, options, null, ct).Model;
        var predicted = model.Predict(test.Select(r => r.Text).ToList(), test.Select(r => r.Embedding).ToList());
        var figures = ThemeTrainer.Evaluate(test, predicted);
        return figures.PerLabel.FirstOrDefault(l => l.Label == theme)?.F1 ?? 0;
    }
}
