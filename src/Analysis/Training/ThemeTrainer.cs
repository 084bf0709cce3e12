using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// Trains the multi-label theme model and the sentiment model. The featuriser is fitted once on the training rows and
/// every text featurised once; then, for each trainer compared, one binary model per theme is trained on those vectors
/// (themes in parallel), each theme's threshold is tuned on the validation rows to maximise that theme's F1, and the
/// fallback floor to maximise micro F1. The trainer with the best mean of micro and macro F1 on validation is kept.
/// </summary>
public static class ThemeTrainer
{
    /// <summary>Below this many positive validation rows, a theme's threshold is not lowered below the decision boundary.</summary>
    public const int RarePositives = 10;

    /// <summary>
    /// Trains on <paramref name="train"/>: thresholds, floor and trainer are chosen on out-of-fold scores (each row scored
    /// by models that did not see it), then the chosen trainer is trained on every row. When <paramref name="holdout"/>
    /// is given (the hub's fixed validation split), the result's figures are the final model's on it; otherwise they
    /// are the out-of-fold figures.
    /// </summary>
    public static TrainingResult Train(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow>? holdout, TrainingOptions options,
        ILogger? log = null, CancellationToken ct = default)
    {
        if (train.Count == 0) throw new ArgumentException("There is nothing to train on.", nameof(train));
        if (options.Trainers.Count == 0) throw new ArgumentException("Name at least one trainer.", nameof(options));
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(options.Seed);
        var labels = train.SelectMany(r => r.Labels).Distinct().Order(StringComparer.Ordinal).ToList();

        var featuriser = TextFeatures.Build(ml).Fit(ml.Data.LoadFromEnumerable(train.Select(r => new TextFeatures.Input { Text = r.Text })));
        var vectors = Featurise(ml, featuriser, train);
        var dimension = vectors.Count > 0 ? vectors[0].Length : 0;
        log?.LogInformation("Featurised {Train} training rows into {Dimension} features in {Seconds:0.0}s",
            train.Count, dimension, clock.Elapsed.TotalSeconds);

        var folds = Folds(train, Math.Max(2, options.Folds), options.Seed);
        var truth = train.Select(r => (IReadOnlyCollection<string>)r.Labels).ToList();
        var notAssigned = labels.IndexOf(Decoding.NotAssigned);

        Candidate? best = null;
        var trials = new List<TrainerTrial>();
        foreach (var kind in options.Trainers)
        {
            ct.ThrowIfCancellationRequested();
            var started = clock.Elapsed;
            var scores = OutOfFoldScores(kind, labels, train, vectors, folds, dimension, options, ct);
            var thresholds = labels.Select((label, i) => scores.All(r => float.IsNegativeInfinity(r[i])) ? (float?)null
                : TuneThreshold(scores, i, train.Select(r => r.Labels.Contains(label)).ToArray())).ToList();
            var floor = TuneFloor(scores, thresholds, labels, truth, notAssigned);
            var figures = MultiLabelFigures.Compute(truth, Decode(scores, thresholds, floor, labels, notAssigned));
            var seconds = (clock.Elapsed - started).TotalSeconds;
            trials.Add(new TrainerTrial(kind.Code(), figures.MicroF1, figures.MacroF1, seconds));
            log?.LogInformation("Trainer {Trainer}: out-of-fold micro F1 {Micro:0.000}, macro F1 {Macro:0.000} in {Seconds:0.0}s",
                kind.Code(), figures.MicroF1, figures.MacroF1, seconds);
            var candidate = new Candidate(kind, thresholds, floor, figures);
            if (best is null || candidate.Criterion > best.Criterion) best = candidate;
        }

        var chosen = best!;
        var scorers = TrainScorers(chosen.Kind, labels, train, vectors, dimension, options, ct);

        ITransformer? sentiment = null;
        if (options.Sentiment)
        {
            var withSentiment = train.Select((r, i) => (r, i)).Where(x => x.r.Sentiment is not null).ToList();
            var view = ml.Data.LoadFromEnumerable(withSentiment.Select(x => new TextFeatures.Row
            {
                Features = vectors[x.i],
                SentimentClass = x.r.Sentiment!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }), TextFeatures.RowSchema(dimension));
            sentiment = SentimentModel.Train(ml, view, withSentiment.Select(x => x.r.Sentiment).Distinct().Count());
        }

        var manifest = new ModelManifest
        {
            Trainer = chosen.Kind.Code(),
            Labels = labels,
            Thresholds = chosen.Thresholds,
            Floor = chosen.Floor,
            Dimension = dimension,
            HasSentiment = sentiment is not null,
        };
        var model = new ThemeModel(ml, manifest, featuriser, scorers, sentiment);
        var figuresOut = chosen.Figures;
        SentimentFigures? sentimentFigures = null;
        if (holdout is { Count: > 0 })
        {
            var predictions = model.Predict(holdout.Select(r => r.Text).ToList());
            figuresOut = Evaluate(holdout, predictions);
            sentimentFigures = EvaluateSentiment(holdout, predictions);
        }
        log?.LogInformation("Kept {Trainer}; trained in {Seconds:0.0}s", chosen.Kind.Code(), clock.Elapsed.TotalSeconds);
        return new TrainingResult(model, figuresOut, sentimentFigures, trials, train.Count, holdout?.Count ?? 0, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Theme figures of predictions against labelled rows.</summary>
    public static MultiLabelFigures Evaluate(IReadOnlyList<LabelledRow> rows, IReadOnlyList<ThemePrediction> predictions) =>
        MultiLabelFigures.Compute(rows.Select(r => (IReadOnlyCollection<string>)r.Labels).ToList(),
            predictions.Select(p => (IReadOnlyCollection<string>)p.Themes.Select(t => t.Theme).ToList()).ToList());

    /// <summary>Sentiment figures over the rows that have a sentiment, or null when none has or the model has no sentiment.</summary>
    public static SentimentFigures? EvaluateSentiment(IReadOnlyList<LabelledRow> rows, IReadOnlyList<ThemePrediction> predictions)
    {
        var pairs = rows.Select((r, i) => (r.Sentiment, predictions[i].Sentiment)).Where(x => x.Item1 is not null && x.Item2 is not null).ToList();
        return pairs.Count == 0 ? null : SentimentFigures.Compute(pairs.Select(x => x.Item1!.Value).ToList(), pairs.Select(x => x.Item2!.Value).ToList());
    }

    /// <summary>Assigns each row a fold, stratified like <see cref="StratifiedSplit"/>: within each rarest-label group, rows are shuffled and dealt round.</summary>
    private static int[] Folds(IReadOnlyList<LabelledRow> rows, int k, int seed)
    {
        var counts = rows.SelectMany(r => r.Labels).GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var folds = new int[rows.Count];
        var random = new Random(seed);
        var next = 0;
        foreach (var stratum in Enumerable.Range(0, rows.Count)
                     .GroupBy(i => rows[i].Labels.OrderBy(l => counts[l]).ThenBy(l => l, StringComparer.Ordinal).First(), StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = stratum.OrderBy(i => rows[i].Id, StringComparer.Ordinal).ToArray();
            random.Shuffle(members);
            // Continue dealing where the last stratum stopped, so small strata do not all start in fold 0.
            foreach (var i in members) folds[i] = next++ % k;
        }
        return folds;
    }

    private static float[][] OutOfFoldScores(TrainerKind kind, IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows,
        IReadOnlyList<VBuffer<float>> vectors, int[] folds, int dimension, TrainingOptions options, CancellationToken ct)
    {
        var scores = new float[rows.Count][];
        var k = folds.Max() + 1;
        var ml = new MLContext(options.Seed);
        for (var fold = 0; fold < k; fold++)
        {
            var inFold = Enumerable.Range(0, rows.Count).Where(i => folds[i] != fold).ToList();
            var outFold = Enumerable.Range(0, rows.Count).Where(i => folds[i] == fold).ToList();
            var scorers = TrainScorers(kind, labels, inFold.Select(i => rows[i]).ToList(), inFold.Select(i => vectors[i]).ToList(), dimension, options, ct);
            var view = ml.Data.LoadFromEnumerable(outFold.Select(i => new TextFeatures.Row { Features = vectors[i] }), TextFeatures.RowSchema(dimension));
            var foldScores = ScoreAll(scorers, view, outFold.Count);
            for (var j = 0; j < outFold.Count; j++) scores[outFold[j]] = foldScores[j];
        }
        return scores;
    }

    private sealed record Candidate(TrainerKind Kind, IReadOnlyList<float?> Thresholds, float Floor, MultiLabelFigures Figures)
    {
        public double Criterion => (Figures.MicroF1 + Figures.MacroF1) / 2;
    }

    private static List<VBuffer<float>> Featurise(MLContext ml, ITransformer featuriser, IReadOnlyList<LabelledRow> rows) =>
        TextFeatures.Materialise(featuriser.Transform(ml.Data.LoadFromEnumerable(rows.Select(r => new TextFeatures.Input { Text = r.Text }))));

    /// <summary>One binary scorer per label, labels in parallel (each with its own single-threaded trainer and context, so results do not depend on scheduling).</summary>
    private static ITransformer?[] TrainScorers(TrainerKind kind, IReadOnlyList<string> labels, IReadOnlyList<LabelledRow> rows,
        IReadOnlyList<VBuffer<float>> vectors, int dimension, TrainingOptions options, CancellationToken ct)
    {
        var scorers = new ITransformer?[labels.Count];
        var schema = TextFeatures.RowSchema(dimension);
        Parallel.For(0, labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = ct }, i =>
        {
            var label = labels[i];
            var targets = rows.Select(r => r.Labels.Contains(label)).ToArray();
            var positives = targets.Count(t => t);
            if (positives == 0 || positives == targets.Length) return;
            var ml = new MLContext(options.Seed + i);
            var view = ml.Data.LoadFromEnumerable(vectors.Select((v, j) => new TextFeatures.Row { Features = v, Label = targets[j] }), schema);
            scorers[i] = Trainer(ml, kind, (double)positives / targets.Length).Fit(view);
        });
        return scorers;
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, TrainerKind kind, double positiveShare)
    {
        const string label = nameof(TextFeatures.Row.Label);
        const string features = TextFeatures.FeaturesColumn;
        return kind switch
        {
            TrainerKind.SdcaLogistic => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1, L2Regularization = 1e-4f, MaximumNumberOfIterations = 30,
            }),
            TrainerKind.LbfgsLogistic => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1, L2Regularization = 1e-3f, L1Regularization = 0,
            }),
            TrainerKind.AveragedPerceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfIterations = 10,
            }),
            TrainerKind.LinearSvm => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfIterations = 20,
            }),
            TrainerKind.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1, NumberOfIterations = 100,
                NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 5, Deterministic = true, Silent = true,
                WeightOfPositiveExamples = Math.Clamp((1 - positiveShare) / Math.Max(positiveShare, 1e-6), 1, 20),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static float[][] ScoreAll(IReadOnlyList<ITransformer?> scorers, IDataView view, int count)
    {
        var scores = new float[count][];
        for (var r = 0; r < count; r++) scores[r] = new float[scorers.Count];
        for (var i = 0; i < scorers.Count; i++)
        {
            if (scorers[i] is not { } scorer)
            {
                for (var r = 0; r < count; r++) scores[r][i] = float.NegativeInfinity;
                continue;
            }
            var r2 = 0;
            foreach (var s in scorer.Transform(view).GetColumn<float>("Score")) scores[r2++][i] = float.IsNaN(s) ? float.NegativeInfinity : s;
        }
        return scores;
    }

    /// <summary>
    /// The threshold maximising this label's F1 on validation: halfway between the lowest score taken and the next
    /// below it. With no positive in validation, or none found at any cut, 0 (the trainers' own decision boundary).
    /// </summary>
    internal static float TuneThreshold(float[][] scores, int label, bool[] truth)
    {
        var positives = truth.Count(t => t);
        if (positives == 0) return 0;
        var order = Enumerable.Range(0, truth.Length).OrderByDescending(r => scores[r][label]).ToArray();
        int tp = 0, fp = 0;
        var bestF1 = -1.0;
        var bestAt = 0;
        for (var k = 0; k < order.Length; k++)
        {
            // Rows no model could score (a fold whose training rows lacked the label) are never worth a cut.
            if (float.IsNegativeInfinity(scores[order[k]][label])) break;
            if (truth[order[k]]) tp++; else fp++;
            // Only cut between distinct scores.
            if (k + 1 < order.Length && scores[order[k + 1]][label] == scores[order[k]][label]) continue;
            var f1 = MultiLabelFigures.F1(tp, fp, positives - tp);
            if (f1 > bestF1)
            {
                bestF1 = f1;
                bestAt = k;
            }
        }
        if (bestF1 <= 0) return 0;
        var taken = scores[order[bestAt]][label];
        var next = bestAt + 1 < order.Length ? scores[order[bestAt + 1]][label] : taken - 1;
        if (float.IsNegativeInfinity(next)) next = taken - 1;
        var tuned = (taken + next) / 2;
        // A threshold tuned on a handful of positives is mostly luck and, set low, floods the theme with false
        // positives; such a theme never goes below the trainer's own decision boundary.
        return positives < RarePositives ? Math.Max(tuned, 0) : tuned;
    }

    /// <summary>The fallback floor maximising micro F1 on validation, from the best margins of rows no threshold took.</summary>
    private static float TuneFloor(float[][] scores, IReadOnlyList<float?> thresholds, IReadOnlyList<string> labels,
        IReadOnlyList<IReadOnlyCollection<string>> truth, int notAssigned)
    {
        var candidates = new SortedSet<float> { float.PositiveInfinity };
        foreach (var row in scores)
        {
            var bestMargin = float.NegativeInfinity;
            var any = false;
            for (var i = 0; i < row.Length; i++)
            {
                if (thresholds[i] is not { } t) continue;
                var m = row[i] - t;
                if (m >= 0) any = true;
                bestMargin = Math.Max(bestMargin, m);
            }
            if (!any && !float.IsNegativeInfinity(bestMargin)) candidates.Add(bestMargin);
        }
        var bestFloor = float.PositiveInfinity;
        var bestF1 = -1.0;
        // Try from the strictest floor down, keeping the strictest among equals.
        foreach (var floor in candidates.Reverse().Take(400))
        {
            var f1 = MultiLabelFigures.Compute(truth, Decode(scores, thresholds, floor, labels, notAssigned)).MicroF1;
            if (f1 > bestF1 + 1e-9)
            {
                bestF1 = f1;
                bestFloor = floor;
            }
        }
        return float.IsPositiveInfinity(bestFloor) ? float.MaxValue : bestFloor;
    }

    private static List<IReadOnlyCollection<string>> Decode(float[][] scores, IReadOnlyList<float?> thresholds, float floor,
        IReadOnlyList<string> labels, int notAssigned) =>
        scores.Select(row =>
        {
            var chosen = Decoding.Decode(row, thresholds, floor, notAssigned);
            return (IReadOnlyCollection<string>)(chosen.Count == 0 ? [Decoding.NotAssigned] : chosen.Select(i => labels[i]).ToList());
        }).ToList();
}
