using System.CommandLine;
using System.Globalization;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.Core;
using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench name-tagger --out seeds/redaction/name-tagger.txt [--without held7] [--items 2000] [--seeds 101,102]
/// [--epochs 6] [--threshold 2] [--min-count 3]</c>: trains the redactor's learned name tagger (<see cref="NameTagger"/>)
/// on the planted tuning sets, deterministically, held9 among them since stop 24, held10 since stop 25, held11 since stop 26, held12 and held13 since stop 27 (a newer held set, written blind, is never
/// trained on: it is the set the tagger is judged on); <c>--without</c> leaves out more sets, to judge on one of them. Only the even-numbered seed comments are used, so
/// the odd half stays unseen by the tagger.
/// </summary>
public static class BenchNameTaggerCommand
{
    private static readonly (string Option, PlantedSetName Set)[] TuningSets =
    [
        ("default", PlantedSetName.Tuning), ("unseen", PlantedSetName.Unseen), ("fresh", PlantedSetName.Fresh), ("blind", PlantedSetName.Blind),
        ("sealed", PlantedSetName.Sealed), ("held", PlantedSetName.Held), ("held2", PlantedSetName.HeldTwo), ("held3", PlantedSetName.HeldThree),
        ("held4", PlantedSetName.HeldFour), ("held5", PlantedSetName.HeldFive), ("held6", PlantedSetName.HeldSix), ("held7", PlantedSetName.HeldSeven),
        ("held8", PlantedSetName.HeldEight), ("held9", PlantedSetName.HeldNine), ("held10", PlantedSetName.HeldTen), ("held11", PlantedSetName.HeldEleven),
        ("held12", PlantedSetName.HeldTwelve), ("held13", PlantedSetName.HeldThirteen),
    ];

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Where to write the weights", Required = true };
        var without = new Option<string>("--without") { Description = "Sets to leave out, comma-separated (default, unseen, fresh, …, held13)", DefaultValueFactory = _ => "" };
        var items = new Option<int>("--items") { Description = "Planted items a set and seed", DefaultValueFactory = _ => 2000 };
        var seeds = new Option<string>("--seeds") { Description = "Seeds of the planted sets, comma-separated", DefaultValueFactory = _ => "101,102" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples", DefaultValueFactory = _ => 6 };
        var threshold = new Option<float>("--threshold") { Description = "Score above which a word is a name", DefaultValueFactory = _ => 2f };
        var minCount = new Option<int>("--min-count") { Description = "Features seen fewer times are dropped", DefaultValueFactory = _ => 3 };
        var negativeCost = new Option<double>("--negative-cost") { Description = "How much more a word wrongly taken for a name weighs than a name missed", DefaultValueFactory = _ => 4 };
        var bags = new Option<int>("--bags") { Description = "Perceptrons averaged, each over its own shuffled order", DefaultValueFactory = _ => 5 };
        var judge = new Option<string?>("--judge") { Description = "A left-out set to judge the tagger alone on, word by word (seeds 9 and 11)" };
        var command = new Command("name-tagger", "Train the redactor's learned name tagger on the planted tuning sets") { output, without, items, seeds, epochs, threshold, minCount, negativeCost, bags, judge };
        command.SetAction(parse =>
        {
            var left = parse.GetValue(without)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = left.Where(s => TuningSets.All(t => t.Option != s)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"voicehub bench name-tagger: --without takes {string.Join(", ", TuningSets.Select(t => t.Option))}; not {string.Join(", ", unknown)}.");
                return 2;
            }
            if (parse.GetValue(judge) is { } judged && !left.Contains(judged))
            {
                Console.Error.WriteLine("voicehub bench name-tagger: --judge takes a set left out with --without.");
                return 2;
            }
            if (!TryInts(parse.GetValue(seeds)!, out var seedList) || parse.GetValue(items) < 10 || parse.GetValue(epochs) < 1)
            {
                Console.Error.WriteLine("voicehub bench name-tagger: --seeds must be whole numbers, --items at least 10, --epochs at least 1.");
                return 2;
            }
            var sources = PlantedSources.Load(ProjectPaths.SeedsDirectory(new VoiceHubOptions()));
            var comments = sources.Comments.Where((_, i) => i % 2 == 0).ToList();
            var training = new NameTaggerTraining();
            var sets = TuningSets.Where(t => !left.Contains(t.Option)).ToList();
            foreach (var (_, set) in sets)
            {
                foreach (var seed in seedList)
                {
                    foreach (var item in new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed, set).Build(comments, parse.GetValue(items)))
                    {
                        training.Add(item.Text,
                            item.Details.Where(d => d.Kind == "name").Select(d => (d.Start, d.Length)).ToList(),
                            item.Details.Where(d => d.Kind is not "name" and not "keep").Select(d => (d.Start, d.Length)).ToList());
                    }
                }
            }
            foreach (var comment in comments) training.Add(comment, [], []);
            var header = new[]
            {
                "The redactor's learned name tagger (src/Ingest/Redaction/NameTagger.cs): the mean of averaged perceptrons' weights",
                "(one for each bag), one feature a line, then its weight; a word scoring above the threshold is a name. Made by:",
                $"voicehub bench name-tagger --out <this file> --without {(left.Length == 0 ? "\"\"" : string.Join(',', left))} --items {parse.GetValue(items)} " +
                    $"--seeds {string.Join(',', seedList)} --epochs {parse.GetValue(epochs)} --threshold {parse.GetValue(threshold).ToString(CultureInfo.InvariantCulture)} --min-count {parse.GetValue(minCount)} --negative-cost {parse.GetValue(negativeCost).ToString(CultureInfo.InvariantCulture)} --bags {parse.GetValue(bags)}",
                $"Trained on the planted sets {string.Join(", ", sets.Select(s => s.Option))} (never held14, the judge) and the even-numbered seed comments:",
                $"{training.Examples:N0} candidate words, {training.Names:N0} of them names. The planted names and comments are invented or published.",
            };
            using (var writer = new StreamWriter(parse.GetValue(output)!))
                training.Train(parse.GetValue(epochs), 1, parse.GetValue(threshold), parse.GetValue(minCount), parse.GetValue(negativeCost), Math.Max(1, parse.GetValue(bags)), header, writer);
            using var reader = new StreamReader(parse.GetValue(output)!);
            var tagger = NameTagger.Read(reader);
            Console.WriteLine($"{training.Examples:N0} candidate words ({training.Names:N0} names) from {sets.Count} sets; {tagger.Features:N0} weights written to {parse.GetValue(output)}");
            if (parse.GetValue(judge) is { } judgedSet) Judge(tagger, sources, TuningSets.Single(t => t.Option == judgedSet).Set, parse.GetValue(items));
            return 0;
        });
        return command;
    }

    // The tagger alone, word by word, on a set it never trained on, and on the odd-numbered seed comments it never saw.
    private static void Judge(NameTagger tagger, PlantedSources sources, PlantedSetName set, int items)
    {
        var scores = new List<(float Score, bool Name)>();
        foreach (var seed in new[] { 9, 11 })
        {
            foreach (var item in new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed, set).Build(sources.Comments, items))
            {
                scores.AddRange(NameTaggerTraining.Judge(tagger, item.Text,
                    item.Details.Where(d => d.Kind == "name").Select(d => (d.Start, d.Length)).ToList(),
                    item.Details.Where(d => d.Kind is not "name" and not "keep").Select(d => (d.Start, d.Length)).ToList()));
            }
        }
        var plain = sources.Comments.Where((_, i) => i % 2 == 1).Select(c => NameTaggerTraining.Judge(tagger, c, [], []).Select(s => s.Score).DefaultIfEmpty(float.MinValue).Max()).ToList();
        var names = scores.Count(s => s.Name);
        Console.WriteLine($"Judged on {set}, seeds 9 and 11: {names:N0} name words, {scores.Count - names:N0} other candidate words; {plain.Count:N0} unseen seed comments");
        Console.WriteLine($"{"threshold",10}{"names tagged",14}{"others tagged",15}{"comments touched",18}");
        foreach (var t in new[] { tagger.Threshold, 0f, 5f, 10f, 20f, 40f, 80f, 160f }.Distinct().Order())
        {
            var hit = scores.Count(s => s.Name && s.Score > t);
            var wrong = scores.Count(s => !s.Name && s.Score > t);
            Console.WriteLine($"{t,10:0.##}{(double)hit / Math.Max(1, names),14:0.000}{wrong,15:N0}{plain.Count(p => p > t),18:N0}");
        }
    }

    private static bool TryInts(string text, out List<int> values)
    {
        values = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return false;
            values.Add(v);
        }
        return values.Count > 0;
    }
}
