using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// Learns the meaning head beside the words' model (<see cref="MeaningManifest"/>): one small network for every theme
/// (<see cref="MeaningNetwork"/>, the default) or one logistic model per theme on the sentence embedding, on the same
/// folds as the words' model, so every training row has an out-of-fold score from both. The weight of meaning is chosen from a grid by the mean of out-of-fold micro and macro F1 (one weight for all
/// themes, or each theme its own when that does better), with thresholds and the floor tuned on the sums (see
/// <see cref="MeaningManifest"/>). Stacking keeps the words'
/// naive-Bayes model untouched: concatenating the embedding into its features would have its dense dimensions scaled
/// by naive-Bayes ratios that mean nothing for them.
/// </summary>
internal static class MeaningTrainer
{
    /// <summary>The weights of meaning tried; 0 is the words alone, so meaning is only kept where it helps out-of-fold.</summary>
    private static readonly float[] Betas = [0, 0.25f, 0.5f, 0.75f, 1, 1.5f, 2, 3, 4];

    /// <summary>The embedding's size in the sentiment model's features, beside the L2-normalised words' features.</summary>
    public const float SentimentEmbeddingScale = 2;

    /// <summary>
    /// An L2-normalised embedding's components are about 1/√384 ≈ 0.05; fitting on them × √384 puts them near 1, where
    /// the regulariser's strength means what it says. The scale is folded into the stored weights.
    /// </summary>
    internal const float FitScale = 19.6f;

    public sealed record Result(MeaningManifest Manifest, ThemeWeights? Weights, MultiLabelFigures Figures)
    {
        /// <summary>The network head (<see cref="MeaningManifest.Head"/> <c>mlp</c>), instead of <see cref="Weights"/>.</summary>
        public Mlp? Network { get; init; }

        /// <summary>Every training row's out-of-fold combined scores (label order), which <see cref="Manifest"/>'s thresholds were tuned on.</summary>
        public float[][] Scores { get; init; } = [];
    }

    public static Result Train(IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows, int[] folds, float[][] textScores,
        IReadOnlyList<IReadOnlyCollection<string>> truth, int notAssigned, string embeddingModel, TrainingOptions options,
        ILogger? log, CancellationToken ct)
    {
        var dimensions = rows[0].Embedding!.Length;
        float[][] meaningScores;
        ThemeWeights? weights = null;
        Mlp? network = null;
        if (options.MeaningHead == MeaningHeadKind.Network)
        {
            (meaningScores, network) = MeaningNetwork.CrossValidate(labels, rows, folds, FitScale, options, ct);
        }
        else
        {
            var vectors = rows.Select(r => new VBuffer<float>(dimensions, r.Embedding!.Select(v => v * FitScale).ToArray())).ToList();
            var schema = TextFeatures.RowSchema(dimensions);
            (meaningScores, weights) = FoldModels.CrossValidate(labels, rows, vectors, folds, dimensions, options,
                (ml, foldVectors, targets) => Fit(ml, foldVectors, targets, schema),
                (m, r) => Dot(m.Weights, m.Bias, rows[r].Embedding!), float.NaN, ct);
        }

        var (_, textSpread) = Standardise(textScores, labels.Count);
        var (meaningMean, meaningSpread) = Standardise(meaningScores, labels.Count);
        var targets = labels.Select(label => rows.Select(r => r.Labels.Contains(label)).ToArray()).ToList();
        var partial = new MeaningManifest
        {
            EmbeddingModel = embeddingModel, Dimensions = dimensions, Betas = [],
            Head = network is null ? MeaningManifest.LinearHead : MeaningManifest.NetworkHead,
            TextSpread = textSpread, MeaningMean = meaningMean, MeaningSpread = meaningSpread,
            Thresholds = [], Floor = 0, SentimentEmbeddingScale = SentimentEmbeddingScale,
            QuestionInput = network is null ? 0 : MeaningNetwork.QuestionInput(FitScale, options.QuestionKinds && options.QuestionInThemeNetwork),
            SentimentQuestionInput = MeaningNetwork.QuestionInput(FitScale, options.QuestionKinds),
        };
        // One weight of meaning for every theme first; then each theme its own (the weight that gives that theme its
        // best out-of-fold F1), kept only when the whole does better out-of-fold.
        Result? best = null;
        foreach (var beta in Betas)
        {
            ct.ThrowIfCancellationRequested();
            var candidate = Evaluate(partial with { Betas = labels.Select(_ => beta).ToList() });
            log?.LogInformation("Meaning weight {Beta}: out-of-fold micro F1 {Micro:0.000}, macro F1 {Macro:0.000}", beta, candidate.Figures.MicroF1, candidate.Figures.MacroF1);
            if (best is null || Criterion(candidate) > Criterion(best)) best = candidate;
        }
        var perTheme = labels.Select((_, i) => Betas.MaxBy(beta => LabelF1(i, beta))).ToList();
        var tuned = Evaluate(partial with { Betas = perTheme });
        log?.LogInformation("Meaning weight per theme: out-of-fold micro F1 {Micro:0.000}, macro F1 {Macro:0.000}", tuned.Figures.MicroF1, tuned.Figures.MacroF1);
        return Criterion(tuned) > Criterion(best!) ? tuned : best!;

        static double Criterion(Result r) => (r.Figures.MicroF1 + r.Figures.MacroF1) / 2;

        float[][] Combined(MeaningManifest m) =>
            textScores.Select((row, r) => row.Select((t, i) => m.Combine(i, t, meaningScores[r][i])).ToArray()).ToArray();

        Result Evaluate(MeaningManifest m)
        {
            var combined = Combined(m);
            var thresholds = labels.Select((_, i) => combined.All(r => float.IsNegativeInfinity(r[i])) ? (float?)null
                : ThemeTrainer.TuneThreshold(combined, i, targets[i])).ToList();
            var floor = ThemeTrainer.TuneFloor(combined, thresholds, labels, truth, notAssigned);
            var figures = MultiLabelFigures.Compute(truth, ThemeTrainer.Decode(combined, thresholds, floor, labels, notAssigned));
            return new Result(m with { Thresholds = thresholds, Floor = floor }, weights, figures) { Network = network, Scores = combined };
        }

        // One theme's out-of-fold F1 at its tuned threshold with this weight of meaning (ties go to the smaller weight).
        double LabelF1(int label, float beta)
        {
            var column = textScores.Select((row, r) => new[] { partial.Combine(label, row[label], meaningScores[r][label], beta) }).ToArray();
            if (column.All(c => float.IsNegativeInfinity(c[0]))) return beta == 0 ? 1 : 0;
            var threshold = ThemeTrainer.TuneThreshold(column, 0, targets[label]);
            int tp = 0, fp = 0, fn = 0;
            for (var r = 0; r < column.Length; r++)
            {
                var taken = column[r][0] >= threshold;
                if (taken && targets[label][r]) tp++;
                else if (taken) fp++;
                else if (targets[label][r]) fn++;
            }
            return MultiLabelFigures.F1(tp, fp, fn) - beta * 1e-6;
        }
    }

    /// <summary>
    /// Features for the sentiment model that reads words and meaning: the words' sparse features, then the embedding
    /// (scaled) in the dimensions after them.
    /// </summary>
    public static VBuffer<float> Join(in VBuffer<float> words, int wordDimensions, float[] embedding, float scale)
    {
        var wordValues = words.GetValues();
        var count = wordValues.Length + embedding.Length;
        var values = new float[count];
        var indices = new int[count];
        var k = 0;
        if (words.IsDense)
        {
            for (var f = 0; f < wordValues.Length; f++) { indices[k] = f; values[k++] = wordValues[f]; }
        }
        else
        {
            var wordIndices = words.GetIndices();
            for (var j = 0; j < wordValues.Length; j++) { indices[k] = wordIndices[j]; values[k++] = wordValues[j]; }
        }
        for (var e = 0; e < embedding.Length; e++) { indices[k] = wordDimensions + e; values[k++] = scale * embedding[e]; }
        return new VBuffer<float>(wordDimensions + embedding.Length, k, values, indices);
    }

    /// <param name="classWeights">Whether the rows are weighted by their class (<see cref="SentimentModel.ClassWeights"/>).</param>
    public static ITransformer? TrainSentiment(MLContext ml, IReadOnlyList<LabelledRow> rows, IReadOnlyList<VBuffer<float>> words, int wordDimensions,
        bool classWeights = true)
    {
        var withSentiment = rows.Select((r, i) => (r, i)).Where(x => x.r.Sentiment is not null).ToList();
        var weights = SentimentModel.ClassWeights(withSentiment.Select(x => x.r.Sentiment!.Value), classWeights);
        var dimension = wordDimensions + rows[0].Embedding!.Length;
        var view = ml.Data.LoadFromEnumerable(withSentiment.Select(x => new TextFeatures.Row
        {
            Features = Join(words[x.i], wordDimensions, x.r.Embedding!, SentimentEmbeddingScale),
            SentimentClass = x.r.Sentiment!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Weight = weights[SentimentFigures.ToThree(x.r.Sentiment!.Value)],
        }), TextFeatures.RowSchema(dimension));
        return SentimentModel.Train(ml, view, withSentiment.Select(x => x.r.Sentiment).Distinct().Count());
    }

    /// <summary>
    /// The share of the sentiment network in the sentiment probabilities (<see cref="MeaningManifest.SentimentNetworkShare"/>):
    /// chosen on a validation split of the training rows from 0, ¼, ½, ¾ and 1. With the question's kind read, ¼:
    /// three-class accuracy 0.823 and macro F1 0.708 against 0.816 and 0.704 at ½ and 0.806 and 0.673 without the network
    /// (before the question was read, ½ was best; bench/README.md).
    /// </summary>
    public const float SentimentNetworkShare = 0.25f;

    /// <summary>
    /// A softmax network over the five points of the scale on the embedding alone, its rows weighted like the sentiment
    /// model's (<see cref="SentimentModel.ClassWeights"/>); null when fewer than two points have rows.
    /// </summary>
    /// <remarks>The network reads the question's kind when <paramref name="questionKinds"/> (<see cref="MeaningNetwork.Input"/>).</remarks>
    public static Mlp? TrainSentimentNetwork(IReadOnlyList<LabelledRow> rows, int seed, bool questionKinds, CancellationToken ct, bool classWeights = true)
    {
        var withSentiment = rows.Where(r => r.Sentiment is >= 1 and <= SentimentModel.Classes).ToList();
        if (withSentiment.Select(r => r.Sentiment).Distinct().Count() < 2) return null;
        var weights = SentimentModel.ClassWeights(withSentiment.Select(r => r.Sentiment!.Value), classWeights);
        var network = Mlp.Train(
            withSentiment.Select(r => MeaningNetwork.Input(r, FitScale, questionKinds)).ToList(),
            withSentiment.Select(r => Enumerable.Range(1, SentimentModel.Classes).Select(c => c == r.Sentiment ? 1f : 0f).ToArray()).ToList(),
            withSentiment.Select(r => weights[SentimentFigures.ToThree(r.Sentiment!.Value)]).ToArray(), null,
            MeaningNetwork.SentimentSettings with { Seed = seed }, ct);
        network.ScaleInputs(FitScale);
        return network;
    }

    /// <summary>L-BFGS logistic regression on the embedding, the classes balanced; null when the rows are all one class.</summary>
    private static (float[] Weights, float Bias)? Fit(MLContext ml, IReadOnlyList<VBuffer<float>> vectors, bool[] targets, SchemaDefinition schema)
    {
        var positives = targets.Count(t => t);
        if (positives == 0 || positives == targets.Length) return null;
        var positiveWeight = ClassBalance.PositiveWeight(positives, targets.Length);
        var view = ml.Data.LoadFromEnumerable(vectors.Select((v, j) => new TextFeatures.Row
        {
            Features = v, Label = targets[j], Weight = targets[j] ? positiveWeight : 1,
        }), schema);
        var linear = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(TextFeatures.Row.Label), FeatureColumnName = TextFeatures.FeaturesColumn,
            ExampleWeightColumnName = nameof(TextFeatures.Row.Weight),
            NumberOfThreads = 1, L2Regularization = 1e-2f, L1Regularization = 0,
        }).Fit(view).Model.SubModel;
        return (linear.Weights.Select(w => w * FitScale).ToArray(), linear.Bias);
    }

    private static float Dot(float[] weights, float bias, float[] x)
    {
        var sum = bias;
        for (var f = 0; f < x.Length; f++) sum += weights[f] * x[f];
        return sum;
    }

    /// <summary>Each label's mean and standard deviation over the finite scores (spread at least 1e-3).</summary>
    private static (float[] Mean, float[] Spread) Standardise(float[][] scores, int labels)
    {
        var mean = new float[labels];
        var spread = new float[labels];
        for (var i = 0; i < labels; i++)
        {
            var values = scores.Select(r => r[i]).Where(float.IsFinite).ToList();
            if (values.Count == 0) { spread[i] = 1; continue; }
            var m = values.Average();
            mean[i] = m;
            spread[i] = (float)Math.Max(1e-3, Math.Sqrt(values.Average(v => (v - m) * (v - m))));
        }
        return (mean, spread);
    }
}
