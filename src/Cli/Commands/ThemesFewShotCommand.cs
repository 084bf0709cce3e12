using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;
using VoiceHub.Cli.Bench;
using VoiceHub.Core.Text;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub themes fewshot --data FILE</c>: for each theme of a labelled file, F1 on a held-out split when trained
/// knowing only k of its examples (5, 10, 20) against the same theme trained on all its rows (see
/// <see cref="FewShotEvaluation"/>), trained as the product trains: words, the meaning head, and the few-shot route
/// (<see cref="FewShotThemes"/>) with each theme's description from <c>--descriptions</c>. Reads only the files: no
/// database, no stored model. The file's embeddings are cached in the temporary folder (keyed by the texts and the
/// embedding model), so a second run does not embed again. <c>--explore</c> compares few-shot settings on a validation
/// split of the training rows instead (the test rows are not read).
/// </summary>
public static class ThemesFewShotCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labelled CSV (id,text,labels[,sentiment])", Required = true };
        var ks = new Option<int[]>("--k") { Description = "Examples known per theme", DefaultValueFactory = _ => [5, 10, 20], AllowMultipleArgumentsPerToken = true };
        var fraction = new Option<double>("--test-fraction") { Description = "Share held out for testing", DefaultValueFactory = _ => 0.3 };
        var seed = new Option<int>("--seed") { Description = "Random seed for the split and the k examples", DefaultValueFactory = _ => 42 };
        var max = new Option<int>("--max-themes") { Description = "Measure only the N themes with most training rows (0: all)", DefaultValueFactory = _ => 0 };
        var trainer = new Option<string>("--trainer") { Description = "sdca, lbfgs, perceptron or svm", DefaultValueFactory = _ => "svm" };
        var drop = new Option<bool>("--drop-unknown")
        {
            Description = "Leave the theme's other training rows out (default: they stay in, unlabelled for it, as in the product)",
        };
        var descriptions = new Option<FileInfo?>("--descriptions")
        {
            Description = "CSV with label and description columns (default: qdc-framework-v7.csv beside --data, if there)",
        };
        var words = new Option<bool>("--words-only") { Description = "No embeddings: words alone, no meaning head, no few-shot route" };
        var explore = new Option<bool>("--explore") { Description = "Compare few-shot settings on a validation split of the training rows" };
        var suggestions = new Option<bool>("--suggestions")
        {
            Description = "Measure the \"might be this theme\" list instead: precision@20 from k examples, before and after one round of confirmations and rejections",
        };
        var cut = new Option<string>("--cut")
        {
            Description = "The few-shot threshold: position (the default setting's) or learned (from the file's other themes, each theme leaving itself out)",
            DefaultValueFactory = _ => "position",
        };
        var review = new Option<int>("--review")
        {
            Description = "Simulate staff reviewing the \"might be this theme\" list: in each round the top N rows are confirmed or rejected from the labels (0: off)",
        };
        var rounds = new Option<int>("--rounds") { Description = "With --review: rounds of review before the theme is fitted", DefaultValueFactory = _ => 2 };
        var vectorCache = new Option<FileInfo?>("--vector-cache")
        {
            Description = "Read every row's and description's vector from this file (bench/FineTune's `cache`, SentenceVectorCache's format) instead of embedding with the package's model",
        };
        var position = new Option<float?>("--position") { Description = "The few-shot threshold's position (default: the product's setting)" };
        var whiten = new Option<float?>("--whiten") { Description = "The few-shot whitening's shrinkage (default: the product's setting)" };
        var grid = new Option<string>("--grid")
        {
            Description = "With --explore: cuts (the cut rules) or position (whitening x position, the position rule)",
            DefaultValueFactory = _ => "cuts",
        };
        grid.AcceptOnlyFromAmong("cuts", "position");
        var onlyThemes = new Option<string?>("--only-themes") { Description = "Measure only these themes, separated by ; (after --max-themes)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("fewshot", "Per theme: F1 trained on only k examples against trained on all its rows")
        {
            data, ks, fraction, seed, max, trainer, drop, descriptions, words, explore, suggestions, cut, review, rounds, vectorCache, onlyThemes, position, whiten, grid, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var kValues = parse.GetValue(ks)!.Distinct().Order().ToArray();
            if (kValues.Length == 0 || kValues.Any(k => k < 1))
            {
                await Console.Error.WriteLineAsync("voicehub themes fewshot: --k must be whole numbers of 1 or more, for example --k 5 10 20.");
                return 2;
            }
            if (!TrainerKinds.TryParse(parse.GetValue(trainer), out var kind))
            {
                await Console.Error.WriteLineAsync("voicehub themes fewshot: --trainer must be one of sdca, lbfgs, perceptron, svm.");
                return 2;
            }
            if (parse.GetValue(cut) is not ("position" or "learned"))
            {
                await Console.Error.WriteLineAsync("voicehub themes fewshot: --cut must be position or learned.");
                return 2;
            }
            var f = parse.GetValue(fraction);
            if (f is <= 0 or >= 1)
            {
                await Console.Error.WriteLineAsync("voicehub themes fewshot: --test-fraction must be between 0 and 1, for example 0.3.");
                return 2;
            }
            IReadOnlyList<LabelledRow> rows;
            try
            {
                rows = LabelledData.Read(parse.GetValue(data)!.FullName);
            }
            catch (LabelledDataException e)
            {
                await Console.Error.WriteLineAsync($"voicehub themes fewshot: {e.Message}");
                return 2;
            }
            var descriptionFile = parse.GetValue(descriptions)?.FullName
                                  ?? Path.Combine(Path.GetDirectoryName(parse.GetValue(data)!.FullName) ?? ".", "qdc-framework-v7.csv");
            string embeddingModel = "";
            IReadOnlyDictionary<string, float[]>? described = null;
            if (parse.GetValue(vectorCache) is { } cacheFile)
            {
                if (parse.GetValue(words))
                {
                    await Console.Error.WriteLineAsync("voicehub themes fewshot: --vector-cache gives the rows' vectors; leave out --words-only.");
                    return 2;
                }
                if (!cacheFile.Exists || SentenceVectorCache.ModelIdOf(cacheFile.FullName) is not { } model)
                {
                    await Console.Error.WriteLineAsync($"voicehub themes fewshot: --vector-cache: {cacheFile.FullName} is not a vector cache (make one with bench/FineTune's cache).");
                    return 2;
                }
                var cache = SentenceVectorCache.OpenFile(cacheFile.FullName, model);
                var labelDescriptions = ReadDescriptions(descriptionFile);
                var texts = rows.Select(r => r.Text).Concat(labelDescriptions.Select(p => $"{p.Key}. {p.Value}")).ToList();
                if (texts.Where(t => !cache.TryGet(t, out _)).Distinct(StringComparer.Ordinal).Count() is var missing and > 0)
                {
                    await Console.Error.WriteLineAsync($"voicehub themes fewshot: --vector-cache: {missing} of the file's texts and descriptions (\"label. description\") are not in {cacheFile.FullName}; cache them with the same encoder.");
                    return 2;
                }
                embeddingModel = model;
                rows = rows.Select(r => r with { Embedding = cache.TryGet(r.Text, out var v) ? v : null }).ToList();
                described = labelDescriptions.ToDictionary(p => p.Key, p => cache.TryGet($"{p.Key}. {p.Value}", out var v) ? v : [], StringComparer.Ordinal);
                Console.Error.WriteLine($"Vectors of {model} read from {cacheFile.FullName}");
            }
            else if (!parse.GetValue(words))
            {
                using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()));
                embeddingModel = embedder.ModelId;
                var vectors = CachedEmbeddings(embedder, rows.Select(r => r.Text).ToList(), ct);
                rows = rows.Select((r, i) => r with { Embedding = vectors[i] }).ToList();
                var labelDescriptions = ReadDescriptions(descriptionFile);
                if (labelDescriptions.Count > 0)
                {
                    var embedded = embedder.Embed(labelDescriptions.Select(p => $"{p.Key}. {p.Value}").ToList(), ct);
                    described = labelDescriptions.Keys.Select((k, i) => (k, embedded[i])).ToDictionary(x => x.k, x => x.Item2, StringComparer.Ordinal);
                }
            }
            var (train, test) = StratifiedSplit.Split(rows, f, parse.GetValue(seed));
            var themes = train.SelectMany(r => r.Labels).Where(l => l != FewShotEvaluation.Other)
                .GroupBy(l => l).Where(g => test.Any(r => r.Labels.Contains(g.Key)))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
            if (parse.GetValue(max) is > 0 and var n) themes = themes.Take(n).ToList();
            if (parse.GetValue(onlyThemes) is { } only)
            {
                var wanted = only.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (wanted.Except(themes, StringComparer.Ordinal).ToList() is [var unknown, ..])
                {
                    await Console.Error.WriteLineAsync($"voicehub themes fewshot: --only-themes: \"{unknown}\" is not one of the themes measured (check --max-themes and the spelling).");
                    return 2;
                }
                themes = themes.Where(t => wanted.Contains(t, StringComparer.Ordinal)).ToList();
            }
            var options = new TrainingOptions
            {
                Trainers = [kind], Folds = 2, Sentiment = false,
                EmbeddingModel = parse.GetValue(words) ? null : embeddingModel, ThemeDescriptions = described,
            };
            var chosen = FewShotSettings.Default;
            if (parse.GetValue(position) is { } p0) chosen = chosen with { Position = p0 };
            if (parse.GetValue(whiten) is { } w0) chosen = chosen with { Whiten = w0 };
            options = options with { FewShot = chosen };
            if (parse.GetValue(cut) == "learned") options = options with { FewShot = options.FewShot with { Cut = FewShotCut.Learned } };
            var clock = Stopwatch.StartNew();
            if (parse.GetValue(suggestions))
            {
                if (described is null)
                {
                    await Console.Error.WriteLineAsync("voicehub themes fewshot: --suggestions needs embeddings and the themes' descriptions; leave out --words-only.");
                    return 2;
                }
                var lists = FewShotEvaluation.Suggestions(train, kValues, themes, described, parse.GetValue(seed));
                Json.Print(new
                {
                    trainRows = train.Count,
                    rankings = lists.Select(m => new
                    {
                        ranking = m.Ranking, k = m.K, precisionAt20 = Math.Round(m.Precision, 3), afterOneRoundOfFeedback = Math.Round(m.AfterFeedback, 3),
                    }),
                    seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
                });
                return 0;
            }
            if (parse.GetValue(review) is var n0 && n0 != 0)
            {
                var r = parse.GetValue(rounds);
                if (n0 < 1 || r < 1)
                {
                    await Console.Error.WriteLineAsync("voicehub themes fewshot: --review and --rounds must be whole numbers of 1 or more, for example --review 10 --rounds 2.");
                    return 2;
                }
                if (described is null)
                {
                    await Console.Error.WriteLineAsync("voicehub themes fewshot: --review needs embeddings and the themes' descriptions; leave out --words-only.");
                    return 2;
                }
                if (parse.GetValue(drop))
                {
                    await Console.Error.WriteLineAsync("voicehub themes fewshot: --review keeps the theme's other rows in, as the product does; leave out --drop-unknown.");
                    return 2;
                }
                await Reviewed(train, test, kValues, themes, described, options, parse.GetValue(seed), n0, r, parse.GetValue(explore), clock, ct);
                return 0;
            }
            if (parse.GetValue(explore))
            {
                if (parse.GetValue(words))
                {
                    await Console.Error.WriteLineAsync("voicehub themes fewshot: --explore compares settings by meaning; leave out --words-only.");
                    return 2;
                }
                var trials = FewShotEvaluation.Explore(train, kValues, themes, described,
                    parse.GetValue(grid) == "position" ? PositionGrid(chosen) : Grid(), parse.GetValue(seed));
                var size = FewShotEvaluation.WhiteningSize(train);
                // What a "might be this theme" request paid before its whitening was kept: one estimate from 3,000 rows.
                var sample = train.Take(ThemeSuggestions.WhiteningSample).Select(r => r.Embedding!).ToList();
                var estimate = Stopwatch.StartNew();
                ThemeSuggestions.Space("", 0, sample[0].Length, sample);
                var estimateSeconds = estimate.Elapsed.TotalSeconds;
                var report = new
                {
                    descriptions = described?.Count ?? 0,
                    whitening = new
                    {
                        dimensions = size.Dimensions, manifestJsonBytes = size.JsonBytes, storedBytes = size.StoredBytes,
                        suggestionsRows = sample.Count, suggestionsEstimateSeconds = Math.Round(estimateSeconds, 2),
                    },
                    trials = trials.OrderBy(t => t.DropUnknown).ThenByDescending(t => t.MacroF1AtK.Values.Average()).Select(t => new
                    {
                        setting = t.Setting, otherExamples = t.DropUnknown ? "left out" : "in training, unlabelled for the theme", themes = t.Themes,
                        f1AtK = t.MacroF1AtK.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => Math.Round(p.Value, 3)),
                        oracleF1AtK = t.OracleF1AtK.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => Math.Round(p.Value, 3)),
                    }),
                    seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
                };
                Json.Print(report);
                return 0;
            }
            var results = FewShotEvaluation.Run(train, test, kValues, themes, options, parse.GetValue(seed), parse.GetValue(drop),
                line => Console.Error.WriteLine(line), ct);
            var (full, atK, measured) = FewShotEvaluation.Macro(results, kValues);
            var summary = new
            {
                trainRows = train.Count,
                testRows = test.Count,
                trainer = TrainerKinds.Code(kind),
                embeddings = parse.GetValue(words) ? null : embeddingModel,
                descriptions = described?.Count ?? 0,
                fewShotBelow = parse.GetValue(words) ? 0 : options.FewShot.Below,
                otherExamples = parse.GetValue(drop) ? "left out" : "in training, unlabelled for the theme",
                cut = parse.GetValue(cut),
                themes = results.Select(r => new { theme = r.Theme, trainPositives = r.TrainPositives, testPositives = r.TestPositives, fullF1 = Math.Round(r.FullF1, 3), f1AtK = r.F1AtK.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value is { } v ? Math.Round(v, 3) : (double?)null) }),
                macro = new
                {
                    themes = measured,
                    fullF1 = Math.Round(full, 3),
                    f1AtK = atK.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => Math.Round(p.Value, 3)),
                    shareOfFull = atK.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => full == 0 ? 0 : Math.Round(p.Value / full, 3)),
                },
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
            };
            if (parse.GetValue(json)) Json.Print(summary);
            else
            {
                foreach (var r in results)
                    Console.WriteLine($"{r.Theme}: full {r.FullF1:0.000} | " + string.Join(" | ", r.F1AtK.Select(p => $"k={p.Key} {(p.Value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a")}")));
                Console.WriteLine($"macro F1 over {measured} themes: full {full:0.000} | " + string.Join(" | ", atK.Select(p => $"k={p.Key} {p.Value:0.000} ({(full == 0 ? 0 : p.Value / full):0%} of full)")));
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// <c>--review N --rounds R</c> (<see cref="FewShotReview"/>): on a validation quarter of the training rows with
    /// <c>--explore</c> (seeded as <c>--explore</c>'s), else on the test rows, where each theme is also trained on all its
    /// rows by the product's trainer for the full-data figure.
    /// </summary>
    private static async Task Reviewed(IReadOnlyList<LabelledRow> train, IReadOnlyList<LabelledRow> test, int[] ks, IReadOnlyList<string> themes,
        IReadOnlyDictionary<string, float[]> described, TrainingOptions options, int seed, int review, int rounds, bool explore, Stopwatch clock,
        CancellationToken ct)
    {
        var (fit, heldOut) = explore ? StratifiedSplit.Split(train, 0.25, seed + 1) : (train, test);
        var (count, protocols, confirmedShare) = FewShotReview.Run(fit, heldOut, ks, themes, described, ReviewGrid(options.FewShot), seed, review, rounds, ct);
        double? full = null;
        if (!explore)
        {
            // The same themes the protocols averaged: those with at least max(k) training rows.
            var measured = themes.Where(t => train.Count(r => r.Labels.Contains(t)) >= ks.Max()).ToList();
            var figures = new List<double>();
            foreach (var theme in measured)
            {
                var f1 = FewShotEvaluation.FullF1(train, test, theme, options, ct);
                Console.Error.WriteLine($"{theme}: full {f1:0.000} ({clock.Elapsed.TotalSeconds:0}s)");
                figures.Add(f1);
            }
            full = figures.Count == 0 ? 0 : figures.Average();
        }
        string K(int k) => k.ToString(CultureInfo.InvariantCulture);
        Json.Print(new
        {
            heldOut = explore ? "validation: a quarter of the training rows" : "the test rows",
            fitRows = fit.Count, heldOutRows = heldOut.Count, themes = count, review, rounds,
            reviewer = "perfect: the file's labels confirm or reject",
            confirmedShareOfReviewed = confirmedShare.ToDictionary(x => K(x.Key), x => new { asTheHubRanks = Math.Round(x.Value.Moved, 3), rejectionsOnlyLeaveTheList = Math.Round(x.Value.Unmoved, 3) }),
            fullF1 = full is { } fv ? Math.Round(fv, 3) : (double?)null,
            protocols = protocols.Select(p => new
            {
                protocol = p.Name,
                f1AtK = p.MacroF1AtK.ToDictionary(x => K(x.Key), x => Math.Round(x.Value, 3)),
                shareOfFull = full is { } f && f > 0 ? p.MacroF1AtK.ToDictionary(x => K(x.Key), x => Math.Round(x.Value / f, 3)) : null,
                oracleF1AtK = p.OracleF1AtK.ToDictionary(x => K(x.Key), x => Math.Round(x.Value, 3)),
                meanExamplesAtK = p.ExamplesAtK.ToDictionary(x => K(x.Key), x => Math.Round(x.Value, 1)),
                meanRejectedAtK = p.RejectedAtK.ToDictionary(x => K(x.Key), x => Math.Round(x.Value, 1)),
            }),
            seconds = Math.Round(clock.Elapsed.TotalSeconds, 1),
        });
        await Task.CompletedTask;
    }

    /// <summary>
    /// How <c>--review</c> fits the reviewed theme: as the product's training does since round 9 (the list's confirmations
    /// do not set the threshold), as it did before (they do), and before with the position rule lower. Round 9 also
    /// measured reading the rejections as negatives and a cut between examples and rejections; neither helped (1869fc4).
    /// </summary>
    private static List<FewShotReviewFit> ReviewGrid(FewShotSettings kept)
    {
        return
        [
            new("product: confirmations from the list shape the prototype, the k first examples set the cut; rejections not read", kept),
            new("before round 9: every example sets the cut", kept, KnowsTheList: false),
            new("before round 9, position 0.6", kept with { Position = 0.6f }, KnowsTheList: false),
        ];
    }

    /// <summary>
    /// The settings <c>--explore</c> compares: the kept setting, round 4's best mixture and recall cuts blended with the
    /// kept rule, the cut learned across themes (round 5), round 7's expected-F1 cut and the median of the cuts, and
    /// round 8's cut at the theme's estimated number of rows.
    /// </summary>
    private static List<(string Name, FewShotSettings Settings)> Grid()
    {
        var kept = new FewShotSettings();
        var ensemble = kept with { Cut = FewShotCut.Ensemble, MixtureAnchor = 30, RecallFrom = 0.5f };
        var share = kept with { Cut = FewShotCut.Share };
        return
        [
            ("kept: position 0.8 of the way to the examples' mean", kept with { Cut = FewShotCut.Position }),
            ("mixture cut, anchor 30, blend 0.25", kept with { Cut = FewShotCut.Mixture, MixtureAnchor = 30, CutBlend = 0.25f }),
            ("recall cut, N bounded from the examples' middle on, blend 0.5", kept with { Cut = FewShotCut.Recall, RecallFrom = 0.5f, CutBlend = 0.5f }),
            ("learned cut (other themes), blend 0.5", kept with { Cut = FewShotCut.Learned, CutBlend = 0.5f }),
            ("learned cut (other themes), blend 0.75", kept with { Cut = FewShotCut.Learned, CutBlend = 0.75f }),
            ("learned cut (other themes), blend 1", kept with { Cut = FewShotCut.Learned, CutBlend = 1f }),
            ("expected-F1 cut", kept with { Cut = FewShotCut.ExpectedF1 }),
            ("expected-F1 cut, blend 0.5", kept with { Cut = FewShotCut.ExpectedF1, CutBlend = 0.5f }),
            ("median of position, mixture, recall, expected-F1", ensemble),
            ("median of position, mixture, recall, expected-F1, blend 0.5", ensemble with { CutBlend = 0.5f }),
            ("share cut: the theme's rows estimated (PU bound)", share),
            ("share cut x 0.7", share with { ShareMultiple = 0.7f }),
            ("share cut x 0.7, blend 0.5", share with { ShareMultiple = 0.7f, CutBlend = 0.5f }),
        ];
    }

    /// <summary>
    /// <c>--grid position</c> (round 11): whitening shrinkage × the position rule's position, the rest as given, for an
    /// encoder whose space differs from the one the product's setting was chosen on.
    /// </summary>
    private static readonly float[] Shrinkages = [1, 3, 10];
    private static readonly float[] Positions = [0.5f, 0.6f, 0.7f, 0.8f, 0.9f];

    private static List<(string Name, FewShotSettings Settings)> PositionGrid(FewShotSettings given) =>
        (from w in Shrinkages
         from p in Positions
         select (string.Create(CultureInfo.InvariantCulture, $"whiten {w}, position {p}"), given with { Whiten = w, Position = p, Cut = FewShotCut.Position }))
        .ToList();

    /// <summary>Each label's description from a CSV with label and description columns; empty when there is no file.</summary>
    private static Dictionary<string, string> ReadDescriptions(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        var records = CsvReader.Read(File.ReadAllText(path, Encoding.UTF8));
        if (records.Count == 0) return result;
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int label = header.IndexOf("label"), description = header.IndexOf("description");
        if (label < 0 || description < 0) return result;
        foreach (var r in records.Skip(1))
        {
            if (r.Fields.Length <= Math.Max(label, description) || string.IsNullOrWhiteSpace(r.Fields[label])) continue;
            result[r.Fields[label].Trim()] = r.Fields[description].Trim();
        }
        return result;
    }

    /// <summary>The texts' embeddings, from the temporary folder when this model embedded exactly these texts before.</summary>
    private static float[][] CachedEmbeddings(SentenceEmbedder embedder, IReadOnlyList<string> texts, CancellationToken ct)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(embedder.ModelId + "\n" + string.Join("\u0001", texts))))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"voicehub-fewshot-{key.ToLowerInvariant()}.bin");
        if (File.Exists(path))
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            int count = reader.ReadInt32(), dimensions = reader.ReadInt32();
            if (count == texts.Count)
            {
                var cached = new float[count][];
                for (var i = 0; i < count; i++)
                {
                    cached[i] = new float[dimensions];
                    for (var d = 0; d < dimensions; d++) cached[i][d] = reader.ReadSingle();
                }
                Console.Error.WriteLine($"Embeddings read from {path}");
                return cached;
            }
        }
        var clock = Stopwatch.StartNew();
        var vectors = embedder.Embed(texts, ct);
        var temporary = path + ".part";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(vectors.Length);
            writer.Write(vectors.Length > 0 ? vectors[0].Length : 0);
            foreach (var v in vectors) foreach (var x in v) writer.Write(x);
        }
        File.Move(temporary, path, overwrite: true);
        Console.Error.WriteLine($"Embedded {texts.Count} texts in {clock.Elapsed.TotalSeconds:0.0}s; cached in {path}");
        return vectors;
    }
}
