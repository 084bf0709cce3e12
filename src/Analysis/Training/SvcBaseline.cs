using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// The plain baseline every figure is measured against in the same run: the same TF-IDF features (word 1–2 and
/// character 2–5 grams), one linear SVM per class, class-balanced (each class's rows weighted so positives and
/// negatives weigh the same in total), each decision at the SVM's own boundary — no naive-Bayes scaling, no tuned
/// thresholds, no meaning. It is what the NHS's pxtextmining linear SVC does with scikit-learn. Given
/// <c>questionKinds</c>, it reads the kind of question each row answers as the hub's models do (a one-hot block after
/// the words, at 1), so the comparison stays fair.
/// </summary>
public static class SvcBaseline
{
    /// <summary>Trains one-vs-rest theme SVMs; the returned function predicts theme sets ("Not assigned" when none fires).</summary>
    public static Func<IReadOnlyList<LabelledRow>, IReadOnlyList<IReadOnlyCollection<string>>> Themes(IReadOnlyList<LabelledRow> train,
        bool questionKinds, int seed = 1)
    {
        var ml = new MLContext(seed);
        var labels = train.SelectMany(r => r.Labels).Distinct().Order(StringComparer.Ordinal).ToList();
        var featuriser = Featuriser(ml, train);
        var vectors = Featurise(ml, featuriser, train, questionKinds);
        var dimension = vectors[0].Length;
        var models = labels.Select(label => Fit(ml, vectors, train.Select(r => r.Labels.Contains(label)).ToArray(), dimension)).ToList();
        return rows =>
        {
            var test = Featurise(ml, featuriser, rows, questionKinds);
            return test.Select(v =>
            {
                var chosen = labels.Where((_, i) => models[i] is { } m && Score(m, v) > 0).ToList();
                return (IReadOnlyCollection<string>)(chosen.Count == 0 ? [Decoding.NotAssigned] : chosen);
            }).ToList();
        };
    }

    /// <summary>Trains one-vs-rest SVMs on three sentiment classes; the function predicts 1 (positive), 3 (neutral) or 5 (negative) per row.</summary>
    public static Func<IReadOnlyList<LabelledRow>, IReadOnlyList<int>> Sentiment(IReadOnlyList<LabelledRow> train, bool questionKinds, int seed = 1)
    {
        var scores = SentimentScores(train, questionKinds, seed);
        return test => scores(test).Select(s => s.AsSpan().IndexOf(s.Max()) switch { 0 => 1, 1 => 3, _ => 5 }).ToList();
    }

    /// <summary>
    /// The same SVMs' decision values per row, positive, neutral and negative (−∞ for a class the rows never showed),
    /// for a second stage to read (<see cref="SentimentSecondStage"/>).
    /// </summary>
    public static Func<IReadOnlyList<LabelledRow>, IReadOnlyList<float[]>> SentimentScores(IReadOnlyList<LabelledRow> train, bool questionKinds, int seed = 1)
    {
        var ml = new MLContext(seed);
        var rows = train.Where(r => r.Sentiment is not null).ToList();
        var featuriser = Featuriser(ml, rows);
        var vectors = Featurise(ml, featuriser, rows, questionKinds);
        var dimension = vectors[0].Length;
        int[] classes = [1, 2, 3];
        var truth = rows.Select(r => SentimentFigures.ToThree(r.Sentiment!.Value)).ToArray();
        var models = classes.Select(c => Fit(ml, vectors, truth.Select(t => t == c).ToArray(), dimension)).ToList();
        return test => Featurise(ml, featuriser, test, questionKinds)
            .Select(v => models.Select(m => m is { } model ? Score(model, v) : float.NegativeInfinity).ToArray()).ToList();
    }

    private static ITransformer Featuriser(MLContext ml, IReadOnlyList<LabelledRow> rows) =>
        TextFeatures.Build(ml).Fit(ml.Data.LoadFromEnumerable(rows.Select(r => new TextFeatures.Input { Text = r.Text })));

    private static List<VBuffer<float>> Featurise(MLContext ml, ITransformer featuriser, IReadOnlyList<LabelledRow> rows, bool questionKinds)
    {
        var vectors = TextFeatures.Materialise(featuriser.Transform(ml.Data.LoadFromEnumerable(rows.Select(r => new TextFeatures.Input { Text = r.Text ?? "" }))));
        if (!questionKinds) return vectors;
        var crossed = QuestionCrosses ? TextFeatures.WordDimensions(ml, featuriser) : 0;
        return vectors.Select((v, i) => QuestionKinds.Append(v, rows[i].Kind, 1, crossed)).ToList();
    }

    /// <summary>The baseline reads the question as the hub's model does by default: with the words crossed with the kind when it does.</summary>
    private static readonly bool QuestionCrosses = new TrainingOptions().QuestionCrosses;

    private static (float[] Weights, float Bias)? Fit(MLContext ml, IReadOnlyList<VBuffer<float>> vectors, bool[] targets, int dimension)
    {
        var positives = targets.Count(t => t);
        if (positives == 0 || positives == targets.Length) return null;
        float positiveWeight = (float)targets.Length / (2 * positives), negativeWeight = (float)targets.Length / (2 * (targets.Length - positives));
        var schema = SchemaDefinition.Create(typeof(WeightedRow));
        schema[nameof(WeightedRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var view = ml.Data.LoadFromEnumerable(vectors.Select((v, j) => new WeightedRow
        {
            Features = v, Label = targets[j], Weight = targets[j] ? positiveWeight : negativeWeight,
        }), schema);
        // Hinge loss by dual coordinate ascent is liblinear's LinearSVC; λ = 1 / (C n) with scikit-learn's default C = 1.
        var model = ml.BinaryClassification.Trainers.SdcaNonCalibrated(new SdcaNonCalibratedBinaryTrainer.Options
        {
            LabelColumnName = nameof(WeightedRow.Label), FeatureColumnName = nameof(WeightedRow.Features),
            ExampleWeightColumnName = nameof(WeightedRow.Weight), LossFunction = new HingeLoss(),
            L2Regularization = 1f / targets.Length, MaximumNumberOfIterations = 50, NumberOfThreads = 1,
        }).Fit(view).Model;
        return ([.. model.Weights], model.Bias);
    }

    private static float Score((float[] Weights, float Bias) model, in VBuffer<float> v) => ThemeTrainer.Dot(model.Weights, model.Bias, v);

    private sealed class WeightedRow
    {
        public VBuffer<float> Features { get; set; }
        public bool Label { get; set; }
        public float Weight { get; set; }
    }
}
