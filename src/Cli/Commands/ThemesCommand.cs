using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Embeddings;
using Microsoft.Extensions.Options;
using System.CommandLine;
using Microsoft.Extensions.Configuration;
using VoiceHub.Core;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VoiceHub.Analysis.Training;
using VoiceHub.Cli.Bench;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub themes split|evaluate|train</c>: the theme classifier for operators and benchmarks. <c>split</c> and
/// <c>evaluate</c> read only the files they are given (no database, no stored model); <c>train</c> stores a model in
/// the hub's database and makes it active.
/// </summary>
public static class ThemesCommand
{
    public static Command Create()
    {
        var command = new Command("themes", "Train, evaluate and split data for the theme classifier")
        {
            Split(),
            Evaluate(),
            Sentiment(),
            ThemesTrainCommand.Create(),
            ThemesFewShotCommand.Create(),
        };
        return command;
    }

    private static Command Split()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled CSV (id,text,labels[,sentiment][,question])", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write train.csv and test.csv into", Required = true };
        var fraction = new Option<double>("--test-fraction") { Description = "Share held out for testing", DefaultValueFactory = _ => 0.3 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 42 };
        var command = new Command("split", "Split labelled data into train.csv and test.csv, stratified by each row's rarest label")
        {
            data, output, fraction, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            var f = parse.GetValue(fraction);
            if (f is <= 0 or >= 1)
            {
                await Console.Error.WriteLineAsync("voicehub themes split: --test-fraction must be between 0 and 1, for example 0.3.");
                return 2;
            }
            if (await ReadAsync("split", parse.GetValue(data)!) is not [var rows]) return 2;
            var dir = parse.GetValue(output)!;
            dir.Create();
            var (train, test) = StratifiedSplit.Split(rows, f, parse.GetValue(seed));
            var trainPath = Path.Combine(dir.FullName, "train.csv");
            var testPath = Path.Combine(dir.FullName, "test.csv");
            LabelledData.Write(trainPath, train);
            LabelledData.Write(testPath, test);
            Json.Print(new { train = train.Count, test = test.Count, trainPath, testPath });
            return 0;
        });
        return command;
    }

    private static readonly float[] SentimentShares = [0, 0.25f, 0.5f, 0.75f, 1];

    private static Command Sentiment()
    {
        var train = new Option<FileInfo>("--train") { Description = "Labelled CSV with a sentiment column (1–5) to learn from", Required = true };
        var test = new Option<FileInfo>("--test") { Description = "Labelled CSV with a sentiment column to score", Required = true };
        var wordsOnly = new Option<bool>("--words-only") { Description = "Do not embed the rows: the model learns from the words alone" };
        var noQuestion = new Option<bool>("--no-question") { Description = "Do not read the question each row answers: the text alone, as before" };
        var cache = new Option<DirectoryInfo?>("--vector-cache") { Description = "Folder to keep the rows' classification vectors in between runs (a file per model id)" };
        var classWeights = new Option<string>("--class-weights")
        {
            Description = "How the models that read meaning weigh the classes: sqrt (as the hub trains) or none (every row the same)",
            DefaultValueFactory = _ => "sqrt",
        };
        classWeights.AcceptOnlyFromAmong("sqrt", "none");
        var predictionsFile = new Option<FileInfo?>("--predictions")
        {
            Description = "Write the test rows' three-class probabilities (positive neutral negative), one line a row with a sentiment",
        };
        var secondStage = new Option<int>("--second-stage-folds")
        {
            Description = "Also measure (not ship) the routes of stop 26, chosen on this many out-of-fold parts of the training rows: a neutral shift, a second stage over the hub's model and the SVC, the hub model's settings re-chosen",
        };
        var settings = new Option<string>("--second-stage-settings")
        {
            Description = "With --second-stage-folds: the hub model's L2 penalty and embedding scale pairs to try, for example 0.003:2,0.03:2,0.01:1,0.01:4 (its own, 0.01:2, always)",
            DefaultValueFactory = _ => "",
        };
        var command = new Command("sentiment", "Train the sentiment model on one file only and print its figures on another, on five and three classes, as one line of JSON")
        {
            train, test, wordsOnly, noQuestion, cache, classWeights, predictionsFile, secondStage, settings,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(predictionsFile) is { Directory.Exists: false } missing)
            {
                await Console.Error.WriteLineAsync($"voicehub themes sentiment: --predictions: the folder {missing.DirectoryName} does not exist.");
                return 2;
            }
            if (ParseSettings(parse.GetValue(settings)!) is not { } pairs)
            {
                await Console.Error.WriteLineAsync("voicehub themes sentiment: --second-stage-settings: write L2:scale pairs separated by commas, for example 0.003:2,0.01:4.");
                return 2;
            }
            var stageFolds = parse.GetValue(secondStage);
            if (stageFolds is 1 or < 0 || (stageFolds > 1 && parse.GetValue(wordsOnly)))
            {
                await Console.Error.WriteLineAsync("voicehub themes sentiment: --second-stage-folds must be 2 or more, and needs the rows' vectors (not --words-only).");
                return 2;
            }
            if (await ReadAsync("sentiment", parse.GetValue(train)!, parse.GetValue(test)!) is not [var trainRows, var testRows]) return 2;
            double? embedSeconds = null;
            string? embeddingModel = null;
            if (!parse.GetValue(wordsOnly))
            {
                if (await EmbedOrSayAsync("sentiment", trainRows, testRows, parse.GetValue(cache), ct) is not { } embedded) return 1;
                (trainRows, testRows, embedSeconds, embeddingModel) = embedded;
            }
            var questions = !parse.GetValue(noQuestion);
            var clock = Stopwatch.StartNew();
            // The sentiment model is trained with the themes; the fastest theme trainer keeps this quick.
            var result = ThemeTrainer.Train(trainRows, null,
                new TrainingOptions
                {
                    Trainers = [TrainerKind.AveragedPerceptron], Folds = 2, EmbeddingModel = embeddingModel, QuestionKinds = questions,
                    SentimentClassWeights = parse.GetValue(classWeights) == "sqrt",
                }, null, ct);
            var trainSeconds = clock.Elapsed.TotalSeconds;
            // Themes and sentiment together, as the hub classifies an item; the first call JIT-compiles the scoring path.
            result.Model.Predict(testRows.Take(50).ToList());
            clock.Restart();
            var predictions = result.Model.Predict(testRows);
            var predictSeconds = clock.Elapsed.TotalSeconds;
            var figures = ThemeTrainer.EvaluateSentiment(testRows, predictions);
            if (figures is null)
            {
                await Console.Error.WriteLineAsync("voicehub themes sentiment: the files have no sentiment values to learn from or score.");
                return 2;
            }
            // The same model with other shares of the sentiment network mixed in (nothing retrained), for the bench.
            var shares = embeddingModel is null ? [] : SentimentShares.Select(share => (share,
                figures: ThemeTrainer.EvaluateSentiment(testRows, result.Model.WithSentimentNetworkShare(share).Predict(testRows))!)).ToList();
            var confusion = new int[3, 3];
            for (var i = 0; i < testRows.Count; i++)
            {
                if (testRows[i].Sentiment is { } t && predictions[i].Sentiment is { } p)
                    confusion[SentimentFigures.ToThree(t) - 1, SentimentFigures.ToThree(p) - 1]++;
            }
            var scored = testRows.Where(r => r.Sentiment is not null).ToList();
            if (parse.GetValue(predictionsFile) is { } file) await WriteSentimentProbabilitiesAsync(file, result.Model.SentimentProbabilities(scored), ct);
            clock.Restart();
            var svcFigures = SentimentFigures.Compute(scored.Select(r => r.Sentiment!.Value).ToList(), SvcBaseline.Sentiment(trainRows, questions)(scored));
            var svcSeconds = clock.Elapsed.TotalSeconds;
            // The same baseline reading the text alone, so both sides of the question's gain are in the one run.
            var svcPlain = questions
                ? SentimentFigures.Compute(scored.Select(r => r.Sentiment!.Value).ToList(), SvcBaseline.Sentiment(trainRows, false)(scored))
                : svcFigures;
            clock.Restart();
            var routes = stageFolds > 1
                ? SentimentSecondStage.Run(trainRows, scored, stageFolds, pairs, 1, m => Console.Error.WriteLine($"second stage: {m}"), ct)
                : [];
            var stageSeconds = clock.Elapsed.TotalSeconds;
            Json.Print(new
            {
                rows = figures.Rows,
                accuracy5 = Math.Round(figures.Accuracy5, 4),
                macroF15 = Math.Round(figures.MacroF15, 4),
                accuracy3 = Math.Round(figures.Accuracy3, 4),
                macroF13 = Math.Round(figures.MacroF13, 4),
                trainSeconds = Math.Round(trainSeconds, 2),
                itemsPerSecond = Math.Round(testRows.Count / Math.Max(predictSeconds, 1e-6)),
                questionKinds = questions,
                classWeights = parse.GetValue(classWeights),
                baseline = new
                {
                    name = "TF-IDF + one-vs-rest linear SVC on three classes, class-balanced" + (questions ? ", with the question's kind" : ""),
                    accuracy3 = Math.Round(svcFigures.Accuracy3, 4),
                    macroF13 = Math.Round(svcFigures.MacroF13, 4),
                    seconds = Math.Round(svcSeconds, 2),
                },
                baselineTextAlone = new { accuracy3 = Math.Round(svcPlain.Accuracy3, 4), macroF13 = Math.Round(svcPlain.MacroF13, 4) },
                embeddingModel,
                embedSeconds = embedSeconds is { } e ? Math.Round(e, 2) : (double?)null,
                sentimentNetworkShare = result.Model.Manifest.Meaning?.SentimentNetworkShare,
                // Rows: the truth (positive, neutral, negative); columns: the prediction.
                confusion3 = Enumerable.Range(0, 3).Select(t => Enumerable.Range(0, 3).Select(p => confusion[t, p]).ToArray()).ToArray(),
                secondStage = routes.Count == 0 ? null : new
                {
                    folds = stageFolds,
                    seconds = Math.Round(stageSeconds, 1),
                    routes = routes.Select(route =>
                    {
                        var truth3 = scored.Select(r => SentimentFigures.ToThree(r.Sentiment!.Value)).ToList();
                        var f = SentimentFigures.Compute(truth3.Select(t => 2 * t - 1).ToList(), route.Predicted.Select(p => 2 * p - 1).ToList());
                        return new
                        {
                            name = route.Name,
                            accuracy3 = Math.Round(f.Accuracy3, 4),
                            macroF13 = Math.Round(f.MacroF13, 4),
                            outOfFoldAccuracy3 = Math.Round(route.OutOfFoldAccuracy, 4),
                            chosen = route.Chosen,
                            confusion3 = Enumerable.Range(1, 3).Select(t => Enumerable.Range(1, 3)
                                .Select(p => truth3.Where((v, i) => v == t && route.Predicted[i] == p).Count()).ToArray()).ToArray(),
                        };
                    }),
                },
                networkShares = shares.Select(s => new
                {
                    s.share,
                    accuracy3 = Math.Round(s.figures.Accuracy3, 4),
                    macroF13 = Math.Round(s.figures.MacroF13, 4),
                    accuracy5 = Math.Round(s.figures.Accuracy5, 4),
                    macroF15 = Math.Round(s.figures.MacroF15, 4),
                }),
            });
            return 0;
        });
        return command;
    }

    /// <returns>The L2:scale pairs of <c>--second-stage-settings</c>, or null when one does not read as two numbers.</returns>
    private static List<(float L2, float EmbeddingScale)>? ParseSettings(string text)
    {
        var pairs = new List<(float, float)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var values = part.Split(':');
            if (values.Length != 2
                || !float.TryParse(values[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var l2)
                || !float.TryParse(values[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var scale)
                || l2 <= 0 || scale <= 0) return null;
            pairs.Add((l2, scale));
        }
        return pairs;
    }

    /// <summary>
    /// One line a row: its probabilities of positive (points 1–2 of the scale), neutral (3) and negative (4–5),
    /// space-separated, the format of <c>bench/FineTune</c>'s <c>train --predictions</c>, so its <c>ensemble</c> can
    /// average the two.
    /// </summary>
    private static async Task WriteSentimentProbabilitiesAsync(FileInfo file, IReadOnlyList<float[]?> probabilities, CancellationToken ct)
    {
        var lines = probabilities.Select(p => p is null ? throw new InvalidOperationException("A row has no sentiment probabilities.")
            : string.Join(' ', new[] { p[0] + p[1], p[2], p[3] + p[4] }.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
        await File.WriteAllLinesAsync(file.FullName, lines, ct);
    }

    private static Command Evaluate()
    {
        var train = new Option<FileInfo>("--train") { Description = "Labelled CSV to learn from (id,text,labels)", Required = true };
        var test = new Option<FileInfo>("--test") { Description = "Labelled CSV to predict and score", Required = true };
        var trainers = new Option<string[]>("--trainer")
        {
            Description = "Trainers to compare on validation folds: sdca, lbfgs, perceptron, svm (default: svm, perceptron)",
            AllowMultipleArgumentsPerToken = true,
        };
        var baseline = new Option<string?>("--baseline") { Description = "Score a baseline instead of the model: keywords" };
        var wordsOnly = new Option<bool>("--words-only") { Description = "Do not embed the rows: the model learns from the words alone" };
        var verbose = new Option<bool>("--verbose") { Description = "Log progress to standard error" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var head = new Option<MeaningHeadKind?>("--meaning-head") { Description = "What learns the meaning head: Linear or Network (default: the hub's)" };
        var noQuestion = new Option<bool>("--no-question") { Description = "Do not read the question each row answers: the text alone, as before" };
        var cache = new Option<DirectoryInfo?>("--vector-cache") { Description = "Folder to keep the rows' classification vectors in between runs (a file per model id)" };
        var command = new Command("evaluate", "Train on one file only and score predictions on another")
        {
            train, test, trainers, baseline, wordsOnly, verbose, json, head, noQuestion, cache,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (await ReadAsync("evaluate", parse.GetValue(train)!, parse.GetValue(test)!) is not [var trainRows, var testRows]) return 2;
            var kinds = new List<TrainerKind>();
            foreach (var code in (parse.GetValue(trainers) ?? []).SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            {
                if (!TrainerKinds.TryParse(code, out var kind))
                {
                    await Console.Error.WriteLineAsync($"voicehub themes evaluate: unknown trainer '{code}'. Use sdca, lbfgs, perceptron or svm.");
                    return 2;
                }
                kinds.Add(kind);
            }
            var mode = parse.GetValue(baseline);
            if (mode is not null && mode != "keywords")
            {
                await Console.Error.WriteLineAsync($"voicehub themes evaluate: unknown baseline '{mode}'. Use keywords.");
                return 2;
            }

            using var loggers = LoggerFactory.Create(b => b
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(parse.GetValue(verbose) ? LogLevel.Information : LogLevel.Warning));
            var log = loggers.CreateLogger("voicehub.themes");

            var clock = Stopwatch.StartNew();
            double? embedSeconds = null;
            string? embeddingModel = null;
            var questions = !parse.GetValue(noQuestion);
            Func<IReadOnlyList<LabelledRow>, IReadOnlyList<IReadOnlyCollection<string>>> predict;
            if (mode == "keywords")
            {
                var keywords = KeywordBaseline.Learn(trainRows);
                predict = rows => rows.Select(r => keywords.Predict(r.Text)).ToList();
            }
            else
            {
                var options = new TrainingOptions { Sentiment = false, QuestionKinds = questions };
                if (kinds.Count > 0) options = options with { Trainers = kinds };
                if (parse.GetValue(head) is { } h) options = options with { MeaningHead = h };
                if (!parse.GetValue(wordsOnly))
                {
                    if (await EmbedOrSayAsync("evaluate", trainRows, testRows, parse.GetValue(cache), ct) is not { } embedded) return 1;
                    (trainRows, testRows, embedSeconds, embeddingModel) = embedded;
                    options = options with { EmbeddingModel = embeddingModel };
                    clock.Restart();
                }
                var result = ThemeTrainer.Train(trainRows, null, options, log, ct);
                foreach (var t in result.Trials) log.LogInformation("Validation {Trainer}: micro {Micro:0.000} macro {Macro:0.000}", t.Trainer, t.MicroF1, t.MacroF1);
                predict = rows => result.Model.Predict(rows).Select(p => (IReadOnlyCollection<string>)p.Themes.Select(t => t.Theme).ToList()).ToList();
            }
            var trainSeconds = clock.Elapsed.TotalSeconds;

            predict(testRows.Take(50).ToList()); // warm up: the first call JIT-compiles the scoring path
            clock.Restart();
            var predicted = predict(testRows);
            var predictSeconds = clock.Elapsed.TotalSeconds;
            var truth = testRows.Select(r => (IReadOnlyCollection<string>)r.Labels).ToList();
            var figures = MultiLabelFigures.Compute(truth, predicted);
            // The NHS reports leave out a label the data never has; "Not assigned" is ours, which they never predict.
            var likeForLike = MultiLabelFigures.Compute(WithoutNotAssigned(truth), WithoutNotAssigned(predicted));

            // The plain baseline, trained and scored in this same run on the same rows.
            clock.Restart();
            var svcPredicted = SvcBaseline.Themes(trainRows, questions)(testRows);
            var svcFigures = MultiLabelFigures.Compute(truth, svcPredicted);
            var svcLikeForLike = MultiLabelFigures.Compute(WithoutNotAssigned(truth), WithoutNotAssigned(svcPredicted));
            var svcSeconds = clock.Elapsed.TotalSeconds;
            // The same baseline reading the text alone, so both sides of the question's gain are in the one run.
            var svcPlainPredicted = questions ? SvcBaseline.Themes(trainRows, false)(testRows) : svcPredicted;
            var svcPlain = MultiLabelFigures.Compute(truth, svcPlainPredicted);
            var svcPlainLikeForLike = MultiLabelFigures.Compute(WithoutNotAssigned(truth), WithoutNotAssigned(svcPlainPredicted));

            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    labels = figures.Labels,
                    microF1 = Math.Round(figures.MicroF1, 4),
                    macroF1 = Math.Round(figures.MacroF1, 4),
                    exactMatch = Math.Round(figures.ExactMatch, 4),
                    perLabel = figures.PerLabel.Select(l => new
                    {
                        label = l.Label,
                        precision = Math.Round(l.Precision, 4),
                        recall = Math.Round(l.Recall, 4),
                        f1 = Math.Round(l.F1, 4),
                        support = l.Support,
                    }),
                    trainSeconds = Math.Round(trainSeconds, 2),
                    itemsPerSecond = Math.Round(testRows.Count / Math.Max(predictSeconds, 1e-6)),
                    questionKinds = questions,
                    embeddingModel,
                    embedSeconds = embedSeconds is { } e ? Math.Round(e, 2) : (double?)null,
                    withoutNotAssigned = new { microF1 = Math.Round(likeForLike.MicroF1, 4), macroF1 = Math.Round(likeForLike.MacroF1, 4) },
                    baseline = new
                    {
                        name = "TF-IDF + one-vs-rest linear SVC, class-balanced" + (questions ? ", with the question's kind" : ""),
                        microF1 = Math.Round(svcFigures.MicroF1, 4),
                        macroF1 = Math.Round(svcFigures.MacroF1, 4),
                        exactMatch = Math.Round(svcFigures.ExactMatch, 4),
                        withoutNotAssigned = new { microF1 = Math.Round(svcLikeForLike.MicroF1, 4), macroF1 = Math.Round(svcLikeForLike.MacroF1, 4) },
                        seconds = Math.Round(svcSeconds, 2),
                    },
                    baselineTextAlone = new
                    {
                        microF1 = Math.Round(svcPlain.MicroF1, 4),
                        macroF1 = Math.Round(svcPlain.MacroF1, 4),
                        withoutNotAssigned = new { microF1 = Math.Round(svcPlainLikeForLike.MicroF1, 4), macroF1 = Math.Round(svcPlainLikeForLike.MacroF1, 4) },
                    },
                    gainMicroF1 = Math.Round(figures.MicroF1 - svcFigures.MicroF1, 4),
                    gainMacroF1 = Math.Round(figures.MacroF1 - svcFigures.MacroF1, 4),
                });
            }
            else
            {
                Console.WriteLine($"micro F1 {figures.MicroF1:0.000}  macro F1 {figures.MacroF1:0.000}  exact match {figures.ExactMatch:0.000}");
                Console.WriteLine($"without Not assigned (like for like with the NHS figures): micro F1 {likeForLike.MicroF1:0.000}  macro F1 {likeForLike.MacroF1:0.000}");
                Console.WriteLine($"baseline TF-IDF + linear SVC, same run: micro F1 {svcFigures.MicroF1:0.000}  macro F1 {svcFigures.MacroF1:0.000}" +
                                  $" (without Not assigned {svcLikeForLike.MicroF1:0.000} / {svcLikeForLike.MacroF1:0.000}); gain {figures.MicroF1 - svcFigures.MicroF1:+0.000;-0.000} / {figures.MacroF1 - svcFigures.MacroF1:+0.000;-0.000}");
                if (embeddingModel is not null) Console.WriteLine($"embedded {trainRows.Count + testRows.Count} rows with {embeddingModel} in {embedSeconds:0.0}s");
                Console.WriteLine($"trained in {trainSeconds:0.0}s; predicted {testRows.Count} items at {testRows.Count / Math.Max(predictSeconds, 1e-6):0} items/s");
                foreach (var l in figures.PerLabel)
                {
                    Console.WriteLine($"  {l.F1,5:0.00}  P {l.Precision:0.00}  R {l.Recall:0.00}  n={l.Support,4}  {l.Label}");
                }
            }
            return 0;
        });
        return command;
    }

    private static List<IReadOnlyCollection<string>> WithoutNotAssigned(IEnumerable<IReadOnlyCollection<string>> sets) =>
        sets.Select(set => (IReadOnlyCollection<string>)set.Where(l => l != Decoding.NotAssigned).ToList()).ToList();

    /// <summary>
    /// Both files' rows with their classification embeddings, from the tuned encoder the hub's models read
    /// (<see cref="ClassificationEmbedder"/>), and how long that took. With a
    /// cache folder, texts embedded by an earlier run are read from it (<see cref="SentenceVectorCache"/>) and only the
    /// rest embedded.
    /// </summary>
    private static (IReadOnlyList<LabelledRow> Train, IReadOnlyList<LabelledRow> Test, double Seconds, string Model) Embed(
        IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, DirectoryInfo? cacheFolder, CancellationToken ct)
    {
        // The encoder the hub's theme and sentiment models read: the tuned one, from the patch the hub reads.
        var configuration = CliHost.Configuration();
        using var embedder = ClassificationEmbedder.Tuned(new EmbeddingOptions(), ClassificationEmbedder.PatchPath(
            configuration.GetSection(EmbeddingOptions.Section).Get<EmbeddingOptions>() ?? new EmbeddingOptions(),
            configuration.GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions()));
        var clock = Stopwatch.StartNew();
        var texts = train.Concat(test).Select(r => r.Text).ToList();
        float[][] vectors;
        if (cacheFolder is null) vectors = embedder.Embed(texts, ct);
        else
        {
            var cache = SentenceVectorCache.Open(cacheFolder.FullName, embedder.ModelId);
            var missing = texts.Where(t => !cache.TryGet(t, out _)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0) cache.Append(missing, embedder.Embed(missing, ct));
            vectors = texts.Select(t => cache.TryGet(t, out var v) ? v : throw new InvalidOperationException("A vector went missing from the cache.")).ToArray();
        }
        var withTrain = train.Select((r, i) => r with { Embedding = vectors[i] }).ToList();
        var withTest = test.Select((r, i) => r with { Embedding = vectors[train.Count + i] }).ToList();
        return (withTrain, withTest, clock.Elapsed.TotalSeconds, embedder.ModelId);
    }

    /// <returns>The rows with their vectors, or null after saying on stderr why the tuned encoder cannot be built (its patch).</returns>
    private static async Task<(IReadOnlyList<LabelledRow> Train, IReadOnlyList<LabelledRow> Test, double Seconds, string Model)?> EmbedOrSayAsync(
        string command, IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, DirectoryInfo? cacheFolder, CancellationToken ct)
    {
        try
        {
            return Embed(train, test, cacheFolder, ct);
        }
        catch (InvalidDataException e)
        {
            await Console.Error.WriteLineAsync($"voicehub themes {command}: {e.Message}");
            return null;
        }
    }

    /// <returns>The rows of each file in turn, or null after saying on stderr which file and row could not be read.</returns>
    private static async Task<IReadOnlyList<LabelledRow>[]?> ReadAsync(string command, params FileInfo[] files)
    {
        try
        {
            return files.Select(f => LabelledData.Read(f.FullName)).ToArray();
        }
        catch (LabelledDataException e)
        {
            await Console.Error.WriteLineAsync($"voicehub themes {command}: {e.Message}");
            return null;
        }
    }
}
