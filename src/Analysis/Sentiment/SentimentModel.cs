using Microsoft.ML;
using Microsoft.ML.Data;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Sentiment;

/// <summary>
/// Sentiment on the QDC five-point scale, learned by L-BFGS maximum entropy. The scale's classes are kept as text keys
/// ("1" … "5"), so a model only predicts classes it has seen. Most feedback is positive, and unweighted the model that
/// reads words and meaning calls too many complaints and mixed comments positive; weighting the three classes the
/// product shows (positive, neutral, negative) to equal totals overcorrects (three-class accuracy 0.70). So that model
/// weights each row by the square root of the balancing weight (<see cref="ClassWeights"/>): on the held-out split,
/// accuracy 0.780 and macro F1 0.678, against 0.799 and 0.616 unweighted and 0.697 and 0.635 fully balanced
/// (bench/README.md). Where an item has its embedding, a small network on the embedding alone is mixed into that
/// model's probabilities (<see cref="Themes.MeaningManifest.SentimentNetworkShare"/>). The words-alone model, the fallback for items not yet embedded, stays unweighted: weighted, it
/// called plain praise neutral when trained on small data. Both read the kind of question the comment answers beside
/// its words (<see cref="Themes.QuestionKinds"/>): "Nothing" is praise when asked what could be better.
/// </summary>
public static class SentimentModel
{
    public const string PredictedColumn = "PredictedSentiment";

    /// <returns>The trained scorer, or null when fewer than two classes have examples.</returns>
    /// <param name="l2">The L2 penalty; the hub's is 0.01 (other values only for measuring).</param>
    public static ITransformer? Train(MLContext ml, IDataView featureRows, int classesWithExamples, float l2 = DefaultL2)
    {
        if (classesWithExamples < 2) return null;
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(TextFeatures.Row.SentimentClass))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                FeatureColumnName = TextFeatures.FeaturesColumn,
                L2Regularization = l2,
                NumberOfThreads = 1,
                ExampleWeightColumnName = nameof(TextFeatures.Row.Weight),
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(PredictedColumn, "PredictedLabel"));
        return pipeline.Fit(featureRows);
    }

    /// <summary>Every row's sentiment (1–5), or null when the model's answer is not a point of the scale.</summary>
    public static int?[] Predict(ITransformer model, IDataView featureRows) =>
        model.Transform(featureRows).GetColumn<string>(PredictedColumn).Select(s => int.TryParse(s, out var v) ? v : (int?)null).ToArray();

    /// <summary>Every row's probability of each point of the scale: index 0 is 1 (very positive) … index 4 is 5; a class the model never saw gets 0.</summary>
    public static float[][] Probabilities(ITransformer model, IDataView featureRows)
    {
        var scored = model.Transform(featureRows);
        var column = scored.Schema["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        var classes = names.DenseValues().Select(n => int.TryParse(n.Span, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
        return scored.GetColumn<VBuffer<float>>(column).Select(scores =>
        {
            var row = new float[Classes];
            var values = scores.DenseValues().ToArray();
            for (var c = 0; c < values.Length && c < classes.Length; c++)
            {
                if (classes[c] is >= 1 and <= Classes) row[classes[c] - 1] = values[c];
            }
            return row;
        }).ToArray();
    }

    /// <summary>The L2 penalty the hub trains with.</summary>
    public const float DefaultL2 = 0.01f;

    /// <summary>The points of the scale.</summary>
    public const int Classes = 5;

    /// <summary>
    /// Each three-class group's row weight (indexed 1–3): the square root of the weight that would make every group weigh
    /// the same; with <paramref name="balance"/> false, 1 for every group (for measuring what the weights do).
    /// </summary>
    /// <example>600 positive, 100 neutral and 300 negative rows: √(1000 / (3 × 600)) = 0.75, √3.33 = 1.83 and √1.11 = 1.05.</example>
    public static float[] ClassWeights(IEnumerable<int> sentiments, bool balance = true)
    {
        if (!balance) return [1f, 1f, 1f, 1f];
        var counts = new int[4];
        foreach (var s in sentiments) counts[SentimentFigures.ToThree(s)]++;
        var total = counts.Sum();
        return counts.Select(c => c == 0 ? 1f : MathF.Sqrt((float)total / (3 * c))).ToArray();
    }
}
