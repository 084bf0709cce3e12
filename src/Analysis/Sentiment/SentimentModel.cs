using Microsoft.ML;
using Microsoft.ML.Data;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Sentiment;

/// <summary>
/// Sentiment on the QDC five-point scale, learned by L-BFGS maximum entropy. The scale's classes are kept as text keys
/// ("1" … "5"), so a model only predicts classes it has seen. The product shows three classes (positive, neutral,
/// negative), so a prediction first chooses the most probable of the three (adding the probabilities of 1 and 2, and of
/// 4 and 5), then the most probable point within it.
/// </summary>
/// <example>
/// Probabilities 1: 0.05, 2: 0.32, 3: 0.35, 4: 0.18, 5: 0.10 — the five-point argmax says 3 (neutral), but positive
/// holds 0.37 against neutral's 0.35 and negative's 0.28, so the answer is 2. Probabilities 0.05, 0.10, 0.40, 0.25,
/// 0.20 give negative (0.45 against 0.40): the answer is 4.
/// </example>
public static class SentimentModel
{
    public const string PredictedColumn = "PredictedSentiment";

    /// <returns>The trained scorer, or null when fewer than two classes have examples.</returns>
    public static ITransformer? Train(MLContext ml, IDataView featureRows, int classesWithExamples)
    {
        if (classesWithExamples < 2) return null;
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(TextFeatures.Row.SentimentClass))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                FeatureColumnName = TextFeatures.FeaturesColumn,
                L2Regularization = 0.01f,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(PredictedColumn, "PredictedLabel"));
        return pipeline.Fit(featureRows);
    }

    /// <summary>Every row's sentiment (1–5), chosen three classes first (see the class's summary).</summary>
    public static int?[] Predict(ITransformer model, IDataView featureRows)
    {
        var scored = model.Transform(featureRows);
        var keys = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["PredictedLabel"].GetKeyValues(ref keys);
        var classes = keys.DenseValues().Select(k => int.TryParse(k.Span, out var v) ? v : (int?)null).ToArray();
        return scored.GetColumn<VBuffer<float>>("Score").Select(score =>
        {
            var p = score.DenseValues().ToArray();
            var groups = new double[3];
            for (var k = 0; k < p.Length && k < classes.Length; k++)
            {
                if (classes[k] is { } c) groups[SentimentFigures.ToThree(c) - 1] += p[k];
            }
            var group = Array.IndexOf(groups, groups.Max()) + 1;
            int? best = null;
            var bestP = float.NegativeInfinity;
            for (var k = 0; k < p.Length && k < classes.Length; k++)
            {
                if (classes[k] is not { } c || SentimentFigures.ToThree(c) != group || p[k] <= bestP) continue;
                bestP = p[k];
                best = c;
            }
            return best;
        }).ToArray();
    }
}
