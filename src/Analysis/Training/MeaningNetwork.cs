using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// The network meaning head (<see cref="MeaningHeadKind.Network"/>): one <see cref="Mlp"/> with a sigmoid output per
/// theme, on the embedding. Trained on each fold's other rows to score the fold (the out-of-fold scores the weights of
/// meaning and the thresholds are tuned on); the stored model is the mean of those fold networks (<see cref="Mlp.Average"/>),
/// its input scale folded into its first layer.
/// </summary>
internal static class MeaningNetwork
{
    /// <summary>
    /// 128 hidden units, 30 passes: chosen out-of-fold on the seed data's 70% split against 256 units, 60 passes and a
    /// stronger L2 penalty (bench/README.md, "Words and meaning together").
    /// </summary>
    public static Mlp.Options Settings { get; } = new() { Hidden = 128, Epochs = 30, L2 = 1e-4f };

    /// <summary>The sentiment network's settings (a softmax over the five points).</summary>
    public static Mlp.Options SentimentSettings { get; } = Settings with { Softmax = true };

    public static (float[][] Scores, Mlp Network) CrossValidate(IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows, int[] folds,
        float scale, TrainingOptions options, CancellationToken ct)
    {
        var k = folds.Max() + 1;
        var inputs = rows.Select(r => Input(r, scale, options.QuestionKinds && options.QuestionInThemeNetwork)).ToArray();
        var targets = rows.Select(r => labels.Select(l => r.Labels.Contains(l) ? 1f : 0f).ToArray()).ToArray();
        var scores = new float[rows.Count][];
        for (var r = 0; r < rows.Count; r++) scores[r] = new float[labels.Count];
        var networks = new Mlp[k];
        Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = ct }, fold =>
        {
            var inFold = Enumerable.Range(0, rows.Count).Where(r => folds[r] != fold).ToList();
            var positives = labels.Select((_, i) => inFold.Count(r => targets[r][i] > 0)).ToArray();
            // A positive row weighs √ of the balancing weight: out-of-fold macro F1 0.615 against 0.613 fully balanced and
            // 0.606 unweighted (bench/README.md).
            var weights = positives.Select(p => p == 0 ? 1f : MathF.Sqrt(ClassBalance.PositiveWeight(p, inFold.Count))).ToArray();
            networks[fold] = Mlp.Train(inFold.Select(r => inputs[r]).ToList(), inFold.Select(r => targets[r]).ToList(), null, weights,
                Settings with { Seed = options.Seed + fold }, ct);
            var output = new float[labels.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                if (folds[r] != fold) continue;
                networks[fold].Logits(inputs[r], output);
                // A theme this fold's rows never showed has no score, as with the linear head.
                for (var i = 0; i < labels.Count; i++) scores[r][i] = positives[i] == 0 ? float.NaN : output[i];
            }
        });
        // The kept network is the fold networks' mean, not one trained again on every row: the thresholds were tuned on
        // fold networks' scores, and the mean of five is steadier than one (bench/README.md, stop 21: like-for-like micro
        // F1 +0.011 on all four validation splits, macro F1 unchanged, against the network on every row).
        var kept = Mlp.Average(networks);
        kept.ScaleInputs(scale);
        return (scores, kept);
    }

    /// <summary>
    /// A row's input at the fitting scale: its embedding × <paramref name="scale"/>, then, when the question is read,
    /// its kind one-hot at 1 (so, once the scale is folded into the first layer, the stored network reads the kind at
    /// 1 / <paramref name="scale"/>: <see cref="QuestionInput"/>).
    /// </summary>
    public static float[] Input(LabelledRow row, float scale, bool questionKinds) =>
        questionKinds ? QuestionKinds.NetworkInput(row.Embedding!, scale, row.Kind, 1) : row.Embedding!.Select(v => v * scale).ToArray();

    /// <summary>The stored networks' question input (<see cref="MeaningManifest.QuestionInput"/>) for a fitting scale.</summary>
    /// <remarks>At 1 the kind weighs like one of the embedding's (scaled) components; 4 did no better on validation (bench/README.md).</remarks>
    public static float QuestionInput(float scale, bool questionKinds) => questionKinds ? 1 / scale : 0;

}
