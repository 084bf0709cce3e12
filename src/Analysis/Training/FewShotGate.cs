using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// Keeps the few-shot route (<see cref="FewShotThemes"/>) for a theme only where it does at least as well out of fold as
/// the words-and-meaning model it replaces. The route is fitted again on each fold's other rows and decides the fold's
/// own rows; the words-and-meaning model's out-of-fold decisions are its combined scores against thresholds tuned on the
/// other folds' scores only. Its own thresholds were tuned on every fold's scores, the judged fold's included, which
/// flatters it most where a theme has few rows (a cut fitted to ten examples finds them again); the route's threshold
/// never sees a label it is judged on, so both are now judged the same way.
/// A theme the fold's rows cannot teach (too few examples there) keeps the words-and-meaning decision in that fold, so
/// a theme whose examples are too few to tell the two apart keeps the route. A theme taught by staff examples among rows
/// never judged for it (<see cref="TrainingOptions.PartlyLabelled"/>) is not judged: its unlabelled rows about it would
/// count against the route and for the full model, which learned them as negatives (in the few-shot bench, judging such
/// themes took Positive experience at k = 10 from the route's 0.50 to 0.03).
/// </summary>
/// <example>
/// Drop-unknown few-shot bench, ten rows per theme: at its own thresholds the model's out-of-fold F1 for Interaction
/// with family was 0.53, at thresholds from the other fold 0.24.
/// Discharge, 18 training rows: words and meaning find 8 of them out of fold with 6 false positives (F1 0.47); the
/// prototype finds 5 with 12 false positives (F1 0.29): the words-and-meaning model keeps it.
/// </example>
public static class FewShotGate
{
    internal static FewShotManifest? Keep(FewShotManifest? fewShot, IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows, int[] folds,
        MeaningTrainer.Result meaning, TrainingOptions options, CancellationToken ct) =>
        Keep(fewShot, labels, rows, folds, meaning.Scores, meaning.Manifest.Thresholds, options, ct);

    /// <param name="fewShot">The route fitted on every row; its themes are the candidates.</param>
    /// <param name="folds">Each row's fold, the folds <paramref name="scores"/> came from.</param>
    /// <param name="scores">Each row's out-of-fold words-and-meaning scores, in label order.</param>
    /// <param name="thresholds">The words-and-meaning thresholds tuned on <paramref name="scores"/> (used for a fold whose other folds hold no example of the theme).</param>
    /// <returns>The route with only the themes it keeps, or null when it keeps none.</returns>
    public static FewShotManifest? Keep(FewShotManifest? fewShot, IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows, int[] folds,
        float[][] scores, IReadOnlyList<float?> thresholds, TrainingOptions options, CancellationToken ct = default)
    {
        if (fewShot is null || scores.Length != rows.Count) return fewShot;
        var k = folds.Max() + 1;
        // Each row's few-shot margin per theme, from the route fitted without the row's fold (NaN: not fitted there).
        var margins = new float[rows.Count][];
        for (var r = 0; r < rows.Count; r++) margins[r] = Enumerable.Repeat(float.NaN, labels.Count).ToArray();
        for (var fold = 0; fold < k; fold++)
        {
            ct.ThrowIfCancellationRequested();
            var other = Enumerable.Range(0, rows.Count).Where(r => folds[r] != fold).Select(r => rows[r]).ToList();
            if (FewShotThemes.Fit(labels, other, options.ThemeDescriptions, options.FewShot, options.FromSuggestions) is not { } partial) continue;
            for (var r = 0; r < rows.Count; r++)
            {
                if (folds[r] != fold) continue;
                var embedding = partial.Transform(rows[r].Embedding!);
                // Scored as the product scores an item: meaning, and the words of the examples where the theme has them.
                var terms = partial.Themes.Any(t => t.Words is not null) ? FewShotWords.Terms(rows[r].Text) : null;
                foreach (var theme in partial.Themes) margins[r][theme.Index] = theme.Margin(embedding, terms);
            }
        }
        var kept = fewShot.Themes.Where(theme =>
        {
            if (options.PartlyLabelled?.Contains(theme.Label) == true) return true;
            if (thresholds[theme.Index] is not { } threshold) return true;
            var truth = rows.Select(r => r.Labels.Contains(theme.Label)).ToArray();
            var nested = NestedThresholds(scores, theme.Index, truth, folds, k, threshold);
            var model = F1(r => scores[r][theme.Index] >= nested[folds[r]], truth);
            var route = F1(r => float.IsNaN(margins[r][theme.Index]) ? scores[r][theme.Index] >= nested[folds[r]] : margins[r][theme.Index] >= 0, truth);
            return route >= model;
        }).ToList();
        return kept.Count == 0 ? null : fewShot with { Themes = kept };
    }

    /// <summary>
    /// Each fold's threshold for the words-and-meaning model, tuned on the other folds' out-of-fold scores only, so the
    /// fold it decides never chose it; a fold whose other folds hold no example of the theme takes the model's own.
    /// </summary>
    private static float[] NestedThresholds(float[][] scores, int label, bool[] truth, int[] folds, int k, float fallback)
    {
        var nested = new float[k];
        for (var fold = 0; fold < k; fold++)
        {
            var other = Enumerable.Range(0, truth.Length).Where(r => folds[r] != fold).ToList();
            nested[fold] = other.Any(r => truth[r])
                ? ThemeTrainer.TuneThreshold(other.Select(r => scores[r]).ToArray(), label, other.Select(r => truth[r]).ToArray())
                : fallback;
        }
        return nested;
    }

    private static double F1(Func<int, bool> taken, bool[] truth)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var r = 0; r < truth.Length; r++)
        {
            var t = taken(r);
            if (t && truth[r]) tp++;
            else if (t) fp++;
            else if (truth[r]) fn++;
        }
        return MultiLabelFigures.F1(tp, fp, fn);
    }
}
