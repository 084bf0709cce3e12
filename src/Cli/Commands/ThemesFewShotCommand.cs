using System.CommandLine;
using System.Diagnostics;
using VoiceHub.Analysis.Training;
using System.Globalization;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub themes fewshot --data FILE</c>: for each theme of a labelled file, F1 on a held-out split when trained
/// knowing only k of its examples (5, 10, 20) against the same theme trained on all its rows (see
/// <see cref="FewShotEvaluation"/>). Reads only the file: no database, no stored model. Words only (no embeddings).
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
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("fewshot", "Per theme: F1 trained on only k examples against trained on all its rows")
        {
            data, ks, fraction, seed, max, trainer, drop, json,
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
            var (train, test) = StratifiedSplit.Split(rows, f, parse.GetValue(seed));
            var themes = train.SelectMany(r => r.Labels).Where(l => l != FewShotEvaluation.Other)
                .GroupBy(l => l).Where(g => test.Any(r => r.Labels.Contains(g.Key)))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
            if (parse.GetValue(max) is > 0 and var n) themes = themes.Take(n).ToList();
            var options = new TrainingOptions { Trainers = [kind], Folds = 2, Sentiment = false };
            var clock = Stopwatch.StartNew();
            var results = FewShotEvaluation.Run(train, test, kValues, themes, options, parse.GetValue(seed), parse.GetValue(drop),
                line => Console.Error.WriteLine(line), ct);
            var (full, atK, measured) = FewShotEvaluation.Macro(results, kValues);
            var summary = new
            {
                trainRows = train.Count,
                testRows = test.Count,
                trainer = TrainerKinds.Code(kind),
                otherExamples = parse.GetValue(drop) ? "left out" : "in training, unlabelled for the theme",
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
}
