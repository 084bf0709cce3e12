using System.Text.RegularExpressions;
using VoiceHub.Core.Seeds;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// A synthetic corpus of any size from the labelled feedback in <c>seeds/data</c>: each item takes the sentences of one
/// real comment (its themes and sentiment come with it) and, half the time, one sentence of another; localities,
/// channels and service areas are drawn at random and dates spread evenly over the three years to today. Seeded, so
/// every run with the same size builds the same corpus.
/// </summary>
public sealed partial class BenchCorpus
{
    public static readonly string[] ServiceAreas =
        ["Home care", "Residential care", "Day services", "Carers support", "Direct payments", "Reablement", "Supported living", "Mental health"];

    private static readonly (string Code, int Weight)[] ChannelWeights =
        [("survey", 50), ("online-form", 20), ("listening-space", 10), ("talking-shop", 10), ("vcs-report", 10)];

    private readonly List<Source> _sources;

    private BenchCorpus(List<Source> sources) => _sources = sources;

    public sealed record Source(string[] Sentences, string[] Themes, short? Sentiment);

    public sealed record Item(string Text, string[] Themes, short? Sentiment, int Locality, string Channel, DateOnly Date, string[] ServiceAreas);

    public int Sources => _sources.Count;

    public static BenchCorpus Load(string seedsDirectory)
    {
        var file = Path.Combine(seedsDirectory, "data", "patient-feedback-labelled.csv");
        var sources = new List<Source>();
        foreach (var row in SeedLoader.ReadTable(file))
        {
            var text = row.GetValueOrDefault("text")?.Trim() ?? "";
            if (text.Length == 0) continue;
            var sentences = Sentence().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            var themes = (row.GetValueOrDefault("labels") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            short? sentiment = short.TryParse(row.GetValueOrDefault("sentiment"), out var s) && s is >= 1 and <= 5 ? s : null;
            sources.Add(new Source(sentences, themes, sentiment));
        }
        if (sources.Count == 0) throw new InvalidOperationException($"{file} has no feedback to build a corpus from.");
        return new BenchCorpus(sources);
    }

    /// <param name="localities">How many localities there are (items get 0 … n−1).</param>
    /// <param name="weeks">How many weeks before today the dates spread over; null for three years.</param>
    public IEnumerable<Item> Generate(int count, int localities, DateOnly today, int? weeks = null)
    {
        var random = new Random(42);
        var start = weeks is { } w ? today.AddDays(-7 * w) : today.AddYears(-3);
        var days = today.DayNumber - start.DayNumber;
        var channelTotal = ChannelWeights.Sum(c => c.Weight);
        for (var i = 0; i < count; i++)
        {
            var main = _sources[random.Next(_sources.Count)];
            var text = string.Join(' ', main.Sentences);
            var themes = main.Themes;
            if (random.Next(2) == 0)
            {
                var other = _sources[random.Next(_sources.Count)];
                text += " " + other.Sentences[random.Next(other.Sentences.Length)];
            }
            var pick = random.Next(channelTotal);
            var channel = ChannelWeights[0].Code;
            foreach (var (code, weight) in ChannelWeights)
            {
                if (pick < weight)
                {
                    channel = code;
                    break;
                }
                pick -= weight;
            }
            var areas = random.Next(3) switch
            {
                0 => [],
                1 => new[] { ServiceAreas[random.Next(ServiceAreas.Length)] },
                _ => ServiceAreas.OrderBy(_ => random.Next()).Take(2).ToArray(),
            };
            yield return new Item(text, themes, main.Sentiment, random.Next(localities), channel,
                start.AddDays(random.Next(days + 1)), areas);
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
