using Microsoft.ML;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Sentiment;

/// <summary>
/// Sentiment on the QDC five-point scale, learned from the same features as the themes by L-BFGS maximum entropy.
/// The scale's classes are kept as text keys ("1" … "5"), so a model only predicts classes it has seen.
/// </summary>
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
}
