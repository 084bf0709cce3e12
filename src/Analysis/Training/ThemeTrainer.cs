using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// Trains the multi-label theme model and the sentiment model. The featuriser is fitted once on the training rows and
/// every text featurised once. Then, for each trainer compared, the rows are split into folds and one binary linear
/// model per theme is trained on each fold's other rows (themes in parallel), on features scaled by that theme's
/// naive-Bayes log-count ratios (NB-SVM: words that tell a theme apart count for more, which helps most the rare themes
/// a plain linear model learns little from). Every row is scored by the models that did not see it; on those
/// out-of-fold scores each theme's threshold is tuned to maximise its F1 and the fallback floor to maximise micro F1.
/// The trainer with the best mean of micro and macro F1 is kept, and its model is the average of its fold models
/// (a linear model too), so the thresholds were tuned on exactly the kind of scorer that is kept and nothing is
/// trained again. Every featurised row carries the kind of question it answers after its words, alone and crossed with
/// the word n-grams (<see cref="QuestionKinds.Append"/>), so the theme and sentiment models read it as they read words.
/// </summary>
public static class ThemeTrainer
{
    /// <summary>Below this many positive rows, a theme's tuned threshold may not take more than <see cref="RareCutFactor"/> × that many rows.</summary>
    /// <remarks>
    /// 30 and 1.5 since stop 21 (10 and 2 before): on four validation splits the themes with 10–20 scored rows were
    /// predicted for about three times as many rows as had them (Service location 40 for 10, Mental Health Act 29 for 12);
    /// capped, like-for-like micro and macro F1 rose by 0.003 each on average (bench/README.md).
    /// </remarks>
    public const int RarePositives = 30;

    /// <summary>
    /// A threshold tuned on a handful of positives is mostly luck and, set low, floods the theme with false positives;
    /// capping how many rows it may take keeps the rare theme's recall without the flood (bench/README.md).
    /// </summary>
    public const double RareCutFactor = 1.5;

    /// <summary>Additive smoothing of the naive-Bayes feature counts.</summary>
    private const double NbSmoothing = 1;

    /// <summary>
    /// Trains on <paramref name="train"/>: thresholds, floor and trainer are chosen on out-of-fold scores (each row scored
    /// by models that did not see it). When <paramref name="holdout"/> is given, the result's figures are the kept
    /// model's on it; otherwise they are the out-of-fold figures, over <see cref="TrainingOptions.ExamRows"/> when named
    /// (the hub's seed rows), else over every row. The kept model is built from fold models that together saw every
    /// row of <paramref name="train"/>.
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
        var words = Featurise(ml, featuriser, train);
        // The question's kind goes after the words, so every model that reads the words reads it too, each at its own weight.
        var crossedWords = options.QuestionKinds && options.QuestionCrosses ? TextFeatures.WordDimensions(ml, featuriser) : 0;
        var questionWeight = options.QuestionKinds ? options.QuestionWeight : 0;
        var sentimentQuestionWeight = options.QuestionKinds ? options.SentimentQuestionWeight : 0;
        List<VBuffer<float>> WithQuestion(float weight) =>
            weight > 0 ? words.Select((v, i) => QuestionKinds.Append(v, train[i].Kind, weight, crossedWords)).ToList() : words;
        var vectors = WithQuestion(questionWeight);
        var sentimentVectors = sentimentQuestionWeight == questionWeight ? vectors : WithQuestion(sentimentQuestionWeight);
        var dimension = vectors.Count > 0 ? vectors[0].Length : 0;
        var sentimentDimension = sentimentVectors.Count > 0 ? sentimentVectors[0].Length : 0;
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
            var schema = TextFeatures.RowSchema(dimension);
            var (scores, weights) = FoldModels.CrossValidate(labels, train, vectors, folds, dimension, options,
                (ml, foldVectors, targets) => Fit(ml, kind, foldVectors, targets, dimension, schema),
                (m, r) => Dot(m.Weights, m.Bias, vectors[r]), float.NegativeInfinity, ct);
            var thresholds = labels.Select((label, i) => scores.All(r => float.IsNegativeInfinity(r[i])) ? (float?)null
                : TuneThreshold(scores, i, train.Select(r => r.Labels.Contains(label)).ToArray())).ToList();
            var floor = TuneFloor(scores, thresholds, labels, truth, notAssigned);
            var figures = MultiLabelFigures.Compute(truth, Decode(scores, thresholds, floor, labels, notAssigned));
            var seconds = (clock.Elapsed - started).TotalSeconds;
            trials.Add(new TrainerTrial(kind.Code(), figures.MicroF1, figures.MacroF1, seconds));
            log?.LogInformation("Trainer {Trainer}: out-of-fold micro F1 {Micro:0.000}, macro F1 {Macro:0.000} in {Seconds:0.0}s",
                kind.Code(), figures.MicroF1, figures.MacroF1, seconds);
            var candidate = new Candidate(kind, thresholds, floor, figures, weights, scores);
            if (best is null || candidate.Criterion > best.Criterion) best = candidate;
        }

        var chosen = best!;
        ITransformer? sentiment = null;
        if (options.Sentiment)
        {
            var withSentiment = train.Select((r, i) => (r, i)).Where(x => x.r.Sentiment is not null).ToList();
            var view = ml.Data.LoadFromEnumerable(withSentiment.Select(x => new TextFeatures.Row
            {
                Features = sentimentVectors[x.i],
                SentimentClass = x.r.Sentiment!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }), TextFeatures.RowSchema(sentimentDimension));
            sentiment = SentimentModel.Train(ml, view, withSentiment.Select(x => x.r.Sentiment).Distinct().Count());
        }

        MeaningTrainer.Result? meaning = null;
        ITransformer? meaningSentiment = null;
        FewShotManifest? fewShot = null;
        Mlp? sentimentNetwork = null;
        if (options.EmbeddingModel is { } embeddingModel && train.All(r => r.Embedding is { Length: > 0 }))
        {
            var started = clock.Elapsed;
            meaning = MeaningTrainer.Train(labels, train, folds, chosen.Scores, truth, notAssigned, embeddingModel, options, log, ct);
            if (options.Sentiment) meaningSentiment = MeaningTrainer.TrainSentiment(ml, train, sentimentVectors, sentimentDimension, options.SentimentClassWeights);
            if (meaningSentiment is not null) sentimentNetwork = MeaningTrainer.TrainSentimentNetwork(train, options.Seed, options.QuestionKinds, ct, options.SentimentClassWeights);
            log?.LogInformation("Meaning head (weights {Betas}): out-of-fold micro F1 {Micro:0.000}, macro F1 {Macro:0.000} in {Seconds:0.0}s",
                string.Join(' ', meaning.Manifest.Betas.Distinct().Order()), meaning.Figures.MicroF1, meaning.Figures.MacroF1, (clock.Elapsed - started).TotalSeconds);
            // A theme with few examples is scored by meaning alone (FewShotThemes): its words' threshold, tuned on folds
            // of a handful of rows, rejects nearly everything.
            fewShot = FewShotThemes.Fit(labels, train, options.ThemeDescriptions, options.FewShot, options.FromSuggestions);
            // ...but only where it does at least as well out of fold as the words-and-meaning model it would replace:
            // on the seed data's validation split, the route for all 13 themes under 25 rows cost 0.033 macro F1.
            var candidates = fewShot?.Themes.Count ?? 0;
            fewShot = FewShotGate.Keep(fewShot, labels, train, folds, meaning, options, ct);
            log?.LogInformation("Few-shot route kept for {Kept} of {Themes} themes: {Labels}", fewShot?.Themes.Count ?? 0, candidates,
                string.Join(", ", fewShot?.Themes.Select(t => t.Label) ?? []));
        }

        var manifest = new ModelManifest
        {
            Trainer = chosen.Kind.Code(),
            Labels = labels,
            Thresholds = chosen.Thresholds,
            Floor = chosen.Floor,
            Dimension = dimension,
            ReadsQuestion = options.QuestionKinds,
            QuestionWeight = questionWeight,
            SentimentQuestionWeight = sentimentQuestionWeight,
            SentimentDimension = sentimentDimension == dimension ? 0 : sentimentDimension,
            QuestionCrossedWords = crossedWords,
            HasSentiment = sentiment is not null,
            Meaning = meaning?.Manifest is { } m ? m with
            {
                HasSentiment = meaningSentiment is not null,
                SentimentNetworkShare = sentimentNetwork is null ? 0 : MeaningTrainer.SentimentNetworkShare,
            } : null,
            FewShot = fewShot,
            Examples = labels.Select(l => train.Count(r => r.Labels.Contains(l))).ToList(),
        };
        var model = new ThemeModel(ml, manifest, featuriser, chosen.Weights, sentiment, meaning?.Weights, meaning?.Network, meaningSentiment, sentimentNetwork);
        var figuresOut = meaning?.Figures ?? chosen.Figures;
        var scored = train.Count;
        SentimentFigures? sentimentFigures = null;
        if (holdout is { Count: > 0 })
        {
            var predictions = model.Predict(holdout);
            figuresOut = Evaluate(holdout, predictions);
            sentimentFigures = EvaluateSentiment(holdout, predictions);
            scored = holdout.Count;
        }
        else if (options.ExamRows is { } exam)
        {
            var exams = Enumerable.Range(0, train.Count).Where(r => exam.Contains(train[r].Id)).ToList();
            var decoded = meaning is null
                ? Decode(chosen.Scores, chosen.Thresholds, chosen.Floor, labels, notAssigned)
                : Decode(meaning.Scores, meaning.Manifest.Thresholds, meaning.Manifest.Floor, labels, notAssigned);
            figuresOut = MultiLabelFigures.Compute(exams.Select(r => truth[r]).ToList(), exams.Select(r => decoded[r]).ToList());
            scored = exams.Count;
        }
        log?.LogInformation("Kept {Trainer}; trained in {Seconds:0.0}s", chosen.Kind.Code(), clock.Elapsed.TotalSeconds);
        return new TrainingResult(model, figuresOut, sentimentFigures, trials, train.Count, scored, clock.Elapsed.TotalSeconds);
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

    private sealed record Candidate(TrainerKind Kind, IReadOnlyList<float?> Thresholds, float Floor, MultiLabelFigures Figures, ThemeWeights Weights, float[][] Scores)
    {
        public double Criterion => (Figures.MicroF1 + Figures.MacroF1) / 2;
    }

    private static List<VBuffer<float>> Featurise(MLContext ml, ITransformer featuriser, IReadOnlyList<LabelledRow> rows) =>
        TextFeatures.Materialise(featuriser.Transform(ml.Data.LoadFromEnumerable(rows.Select(r => new TextFeatures.Input { Text = r.Text }))));

    /// <summary>
    /// One theme's linear model on naive-Bayes-scaled features, returned in the unscaled feature space (weight × ratio),
    /// so it scores the shared features directly. Null when the rows are all one class.
    /// </summary>
    private static (float[] Weights, float Bias)? Fit(MLContext ml, TrainerKind kind, IReadOnlyList<VBuffer<float>> vectors, bool[] targets,
        int dimension, SchemaDefinition schema)
    {
        var positives = targets.Count(t => t);
        if (positives == 0 || positives == targets.Length) return null;
        var ratios = NbRatios(vectors, targets, dimension);
        var view = ml.Data.LoadFromEnumerable(vectors.Select((v, j) => new TextFeatures.Row { Features = Scale(v, ratios), Label = targets[j] }), schema);
        const string label = nameof(TextFeatures.Row.Label);
        const string features = TextFeatures.FeaturesColumn;
        LinearBinaryModelParameters linear = kind switch
        {
            TrainerKind.SdcaLogistic => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1, L2Regularization = 1e-6f, MaximumNumberOfIterations = 50,
            }).Fit(view).Model.SubModel,
            TrainerKind.LbfgsLogistic => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfThreads = 1, L2Regularization = 1e-3f, L1Regularization = 0,
            }).Fit(view).Model.SubModel,
            TrainerKind.AveragedPerceptron => ml.BinaryClassification.Trainers.AveragedPerceptron(new AveragedPerceptronTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfIterations = 10,
            }).Fit(view).Model,
            TrainerKind.LinearSvm => ml.BinaryClassification.Trainers.LinearSvm(new LinearSvmTrainer.Options
            {
                LabelColumnName = label, FeatureColumnName = features, NumberOfIterations = 30, Lambda = 1e-3f,
            }).Fit(view).Model,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var weights = new float[dimension];
        var learned = linear.Weights;
        for (var f = 0; f < dimension; f++) weights[f] = learned[f] * ratios[f];
        return (weights, linear.Bias);
    }

    /// <summary>
    /// |log((p_f / ‖p‖₁) / (q_f / ‖q‖₁))| per feature, where p and q count the positive and negative rows having the
    /// feature (smoothed). The sign does not matter to a linear model; the size says how much the feature tells.
    /// </summary>
    private static float[] NbRatios(IReadOnlyList<VBuffer<float>> vectors, bool[] targets, int dimension)
    {
        var p = new double[dimension];
        var q = new double[dimension];
        for (var r = 0; r < vectors.Count; r++)
        {
            var counts = targets[r] ? p : q;
            var values = vectors[r].GetValues();
            if (vectors[r].IsDense)
            {
                for (var f = 0; f < values.Length; f++) if (values[f] != 0) counts[f]++;
                continue;
            }
            var indices = vectors[r].GetIndices();
            for (var j = 0; j < indices.Length; j++) if (values[j] != 0) counts[indices[j]]++;
        }
        double sp = 0, sq = 0;
        for (var f = 0; f < dimension; f++)
        {
            p[f] += NbSmoothing;
            q[f] += NbSmoothing;
            sp += p[f];
            sq += q[f];
        }
        var ratios = new float[dimension];
        for (var f = 0; f < dimension; f++) ratios[f] = (float)Math.Abs(Math.Log(p[f] / sp / (q[f] / sq)));
        return ratios;
    }

    private static VBuffer<float> Scale(in VBuffer<float> vector, float[] ratios)
    {
        var values = vector.GetValues().ToArray();
        if (vector.IsDense)
        {
            for (var f = 0; f < values.Length; f++) values[f] *= ratios[f];
            return new VBuffer<float>(vector.Length, values);
        }
        var indices = vector.GetIndices().ToArray();
        for (var j = 0; j < indices.Length; j++) values[j] *= ratios[indices[j]];
        return new VBuffer<float>(vector.Length, indices.Length, values, indices);
    }

    /// <summary>A linear model's score for one featurised row, dense or sparse.</summary>
    internal static float Dot(float[] weights, float bias, in VBuffer<float> vector)
    {
        var sum = bias;
        var values = vector.GetValues();
        if (vector.IsDense)
        {
            for (var f = 0; f < values.Length; f++) sum += weights[f] * values[f];
            return sum;
        }
        var indices = vector.GetIndices();
        for (var j = 0; j < indices.Length; j++) sum += weights[indices[j]] * values[j];
        return sum;
    }

    /// <summary>
    /// Cuts whose F1 is at least this share of the best cut's (1 − 0.10 = 90%) count as equally good, and the threshold is
    /// the middle one of them. The single best cut on out-of-fold scores is partly luck, most of all for a theme with a
    /// handful of positives, where one row moves F1 a lot; the middle of the near-best cuts moves less. Chosen on four
    /// validation splits of the training rows (bench/README.md, stop 20): against the single best cut, 0.10 gained
    /// like-for-like macro F1 0.013 on average (−0.018 to +0.035) and lost micro F1 0.006; 0.05 gained 0.005 and 0.001;
    /// 0.15–0.30 lost more micro F1 on the first split. A weak gain, within the splits' noise.
    /// </summary>
    public const double NearBest = 0.10;

    /// <summary>
    /// The threshold for this label from its F1 on validation: the middle of the cuts within <see cref="NearBest"/> of
    /// the best F1, halfway between the lowest score taken and the next below it. With no positive in validation, or
    /// none found at any cut, 0 (the trainers' own decision boundary). A label with fewer than
    /// <see cref="RarePositives"/> positives may not take more than <see cref="RareCutFactor"/> × its positives.
    /// </summary>
    /// <example>
    /// Cuts taking 8, 12, 15, 21 and 30 rows with F1 0.50, 0.62, 0.60, 0.57 and 0.40: the best is 0.62, the cuts at
    /// 0.558 or more are 12, 15 and 21 rows, and the threshold takes 15.
    /// </example>
    public static float TuneThreshold(float[][] scores, int label, bool[] truth)
    {
        var positives = truth.Count(t => t);
        if (positives == 0) return 0;
        var order = Enumerable.Range(0, truth.Length).OrderByDescending(r => scores[r][label]).ToArray();
        int tp = 0, fp = 0;
        var cuts = new List<(int At, double F1)>();
        for (var k = 0; k < order.Length; k++)
        {
            // Rows no model could score (a fold whose training rows lacked the label) are never worth a cut.
            if (float.IsNegativeInfinity(scores[order[k]][label])) break;
            if (positives < RarePositives && k + 1 > RareCutFactor * positives) break;
            if (truth[order[k]]) tp++; else fp++;
            // Only cut between distinct scores.
            if (k + 1 < order.Length && scores[order[k + 1]][label] == scores[order[k]][label]) continue;
            cuts.Add((k, MultiLabelFigures.F1(tp, fp, positives - tp)));
        }
        var bestF1 = cuts.Count == 0 ? 0 : cuts.Max(c => c.F1);
        if (bestF1 <= 0) return 0;
        var near = cuts.Where(c => c.F1 >= bestF1 * (1 - NearBest)).ToList();
        var bestAt = near[near.Count / 2].At;
        var taken = scores[order[bestAt]][label];
        var next = bestAt + 1 < order.Length ? scores[order[bestAt + 1]][label] : taken - 1;
        if (float.IsNegativeInfinity(next)) next = taken - 1;
        return (taken + next) / 2;
    }

    /// <summary>The fallback floor maximising micro F1 on validation, from the best margins of rows no threshold took.</summary>
    internal static float TuneFloor(float[][] scores, IReadOnlyList<float?> thresholds, IReadOnlyList<string> labels,
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

    internal static List<IReadOnlyCollection<string>> Decode(float[][] scores, IReadOnlyList<float?> thresholds, float floor,
        IReadOnlyList<string> labels, int notAssigned) =>
        scores.Select(row =>
        {
            var chosen = Decoding.Decode(row, thresholds, floor, notAssigned);
            return (IReadOnlyCollection<string>)(chosen.Count == 0 ? [Decoding.NotAssigned] : chosen.Select(i => labels[i]).ToList());
        }).ToList();
}
