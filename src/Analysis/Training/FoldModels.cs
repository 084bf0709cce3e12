using Microsoft.ML;
using Microsoft.ML.Data;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// Cross-validation shared by the words' and the meaning's theme models: every theme is trained on each fold's other
/// rows and scores the fold's own rows. Each theme and fold has its own single-threaded trainer and context (seeded
/// from <see cref="TrainingOptions.Seed"/>), so results do not depend on scheduling.
/// </summary>
internal static class FoldModels
{
    /// <summary>One theme's linear model on the given rows, or null when they are all one class.</summary>
    public delegate (float[] Weights, float Bias)? Fitter(MLContext ml, IReadOnlyList<VBuffer<float>> vectors, bool[] targets);

    /// <summary>A fitted model's score for row <c>r</c>.</summary>
    public delegate float Scorer((float[] Weights, float Bias) model, int r);

    /// <returns>
    /// The out-of-fold scores (<paramref name="missing"/> where a fold's training rows lacked the theme) and the average of
    /// the fold models.
    /// </returns>
    public static (float[][] Scores, ThemeWeights Average) CrossValidate(IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows,
        IReadOnlyList<VBuffer<float>> vectors, int[] folds, int dimension, TrainingOptions options, Fitter fit, Scorer score, float missing,
        CancellationToken ct)
    {
        var k = folds.Max() + 1;
        var scores = new float[rows.Count][];
        for (var r = 0; r < rows.Count; r++) scores[r] = new float[labels.Count];
        var average = new ThemeWeights(dimension, labels.Count);
        Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = ct }, i =>
        {
            var targets = rows.Select(r => r.Labels.Contains(labels[i])).ToArray();
            var models = new List<(float[] Weights, float Bias)>();
            for (var fold = 0; fold < k; fold++)
            {
                ct.ThrowIfCancellationRequested();
                var inFold = Enumerable.Range(0, rows.Count).Where(r => folds[r] != fold).ToList();
                var fitted = fit(new MLContext(options.Seed + i * k + fold), inFold.Select(r => vectors[r]).ToList(), inFold.Select(r => targets[r]).ToArray());
                for (var r = 0; r < rows.Count; r++)
                {
                    if (folds[r] != fold) continue;
                    scores[r][i] = fitted is { } m ? score(m, r) : missing;
                }
                if (fitted is { } model) models.Add(model);
            }
            foreach (var (weights, bias) in models) average.Add(i, weights, bias, 1f / models.Count);
        });
        return (scores, average);
    }
}
