using System.Diagnostics;

namespace VoiceHub.Analysis.Training;

/// <summary>One theme's F1 on the held-out rows when trained on all its rows and on only k of them.</summary>
public sealed record FewShotTheme(string Theme, int TrainPositives, int TestPositives, double FullF1, IReadOnlyDictionary<int, double?> F1AtK);

/// <summary>
/// How well a theme is learned from a few examples, as a council's new theme is. For each theme of a labelled file, on a
/// held-out split: a model for that theme alone (its rows against every other row) trained on all its training rows,
/// and trained knowing only k of them. The other training rows about the theme stay in, unlabelled for it (so they
/// count against it), which is what the product does with a theme that has no QDC counterpart: the labelled rows about
/// it are there, under other labels. With <c>dropUnknown</c>, those rows are left out instead (the theme's other
/// examples simply do not exist). A k larger than the theme's training rows is not measured (null).
/// </summary>
public static class FewShotEvaluation
{
    public const string Other = "Not assigned";

    public static IReadOnlyList<FewShotTheme> Run(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, IReadOnlyList<int> ks,
        IReadOnlyList<string> themes, TrainingOptions options, int seed, bool dropUnknown = false, Action<string>? progress = null, CancellationToken ct = default)
    {
        var results = new List<FewShotTheme>();
        foreach (var theme in themes)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var positives = train.Where(r => r.Labels.Contains(theme)).ToList();
            var testRows = Binary(test, theme, null);
            var full = F1(Binary(train, theme, null), testRows, theme, options, ct);
            var atK = new Dictionary<int, double?>();
            var random = new Random(HashCode.Combine(seed, StringComparer.Ordinal.GetHashCode(theme)) & int.MaxValue);
            var shuffled = positives.OrderBy(_ => random.Next()).ToList();
            foreach (var k in ks)
            {
                atK[k] = k > positives.Count ? null
                    : F1(Known(train, theme, shuffled.Take(k).Select(r => r.Id).ToHashSet(StringComparer.Ordinal), dropUnknown), testRows, theme, options, ct);
            }
            results.Add(new FewShotTheme(theme, positives.Count, test.Count(r => r.Labels.Contains(theme)), full, atK));
            progress?.Invoke($"{theme}: full {full:0.000}, " + string.Join(", ", atK.Select(p => $"k={p.Key} {p.Value:0.000}")) + $" ({clock.Elapsed.TotalSeconds:0}s)");
        }
        return results;
    }

    /// <summary>Macro F1 over the themes measured at every k (so each column averages the same themes).</summary>
    public static (double Full, IReadOnlyDictionary<int, double> AtK, int Themes) Macro(IReadOnlyList<FewShotTheme> results, IReadOnlyList<int> ks)
    {
        var measured = results.Where(r => ks.All(k => r.F1AtK[k] is not null)).ToList();
        if (measured.Count == 0) return (0, ks.ToDictionary(k => k, _ => 0.0), 0);
        return (measured.Average(r => r.FullF1), ks.ToDictionary(k => k, k => measured.Average(r => r.F1AtK[k]!.Value)), measured.Count);
    }

    /// <summary>The rows labelled with the theme or with <see cref="Other"/>; with <paramref name="known"/>, only those rows keep the theme.</summary>
    private static List<LabelledRow> Binary(IReadOnlyList<LabelledRow> rows, string theme, IReadOnlySet<string>? known) =>
        rows.Select(r => r with
        {
            Labels = r.Labels.Contains(theme) && (known is null || known.Contains(r.Id)) ? [theme] : [Other],
            Embedding = null,
        }).ToList();

    private static List<LabelledRow> Known(IReadOnlyList<LabelledRow> train, string theme, IReadOnlySet<string> known, bool dropUnknown) =>
        Binary(dropUnknown ? train.Where(r => !r.Labels.Contains(theme) || known.Contains(r.Id)).ToList() : train, theme, known);

    private static double F1(List<LabelledRow> train, List<LabelledRow> test, string theme, TrainingOptions options, CancellationToken ct)
    {
        var model = ThemeTrainer.Train(train, null, options, null, ct).Model;
        var predicted = model.Predict(test.Select(r => r.Text).ToList());
        var figures = ThemeTrainer.Evaluate(test, predicted);
        return figures.PerLabel.FirstOrDefault(l => l.Label == theme)?.F1 ?? 0;
    }
}
