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

    /// <summary>The theme's F1 on the test rows when trained by the product's trainer on all its training rows (Run's full-data figure).</summary>
    public static double FullF1(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, string theme, TrainingOptions options, CancellationToken ct) =>
        F1(Binary(train, theme, null), Binary(test, theme, null), theme, options, ct);

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
        using var diag = Environment.GetEnvironmentVariable("VOICEHUB_DIAG") is { Length: > 0 } diagPath ? new StreamWriter(diagPath) : null;
        diag?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
        {
            seed, n = fit.Count,
            counts = fit.SelectMany(r => r.Labels).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count()),
        }));
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
                        if (diag is not null && !drop && setting == settings[0].Settings)
                        {
                            var fitted = FewShotThemes.Score(theme, 0, positives.Take(k).Select(r => Vector(r.Embedding!)).ToList(), others,
                                descriptions?.GetValueOrDefault(theme) is { } dd ? Vector(dd) : null, setting,
                                positives.Take(k).Select(r => terms[r.Id]).ToList(), otherRows.Select(r => terms[r.Id]).ToList(), keepHonest: true);
                            diag.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                            {
                                theme, k, z = fitted.Cut, ex = fitted.Examples, u = fitted.Unlabelled, hx = fitted.HonestExamples, hu = fitted.HonestUnlabelled,
                                ut = otherRows.Select(r => r.Labels.Contains(theme) ? 1 : 0), v = margins.Select(m => m + fitted.Cut), vt = truth.Select(t => t ? 1 : 0),
                            }));
                        }
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
    internal static double BestCutF1(float[] scores, bool[] truth)
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
    internal static List<LabelledRow> Shuffle(List<LabelledRow> positives, string theme, int seed)
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
