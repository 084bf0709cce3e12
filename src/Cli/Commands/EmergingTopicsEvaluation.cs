using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Analysis.Emerging.Evaluation;
using System.Globalization;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub emerging evaluate --topics</c>: new-topic detection on streams of real comments with novel topics planted
/// (<see cref="NewTopicEvaluation"/>): how many are found in their first week, and how many topics are raised in weeks
/// with nothing planted. Runs the sentence embedder in process; no database.
/// </summary>
public static class EmergingTopicsEvaluation
{
    public static int Run(string seeds, int streams, int weeklyItems, int seed, bool json, NewTopicOptions options, CancellationToken ct)
    {
        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()));
        var f = NewTopicEvaluation.Run(seeds, embedder, options, streams, weeklyItems, seed, ct);
        if (json)
        {
            Json.Print(new
            {
                streams = f.Streams,
                weeklyItems = f.WeeklyItems,
                bySize = f.BySize.ToDictionary(kv => kv.Key.ToString(CultureInfo.InvariantCulture), kv => new
                {
                    planted = kv.Value.Planted,
                    foundInFirstWeek = kv.Value.Found,
                    named = kv.Value.Named,
                }),
                quietWeeks = f.QuietWeeksJudged,
                topicsInQuietWeeks = f.TopicsInQuietWeeks,
                quietLabels = f.QuietLabels,
                comments = f.Comments,
                alpha = options.Alpha,
                seed,
                model = embedder.ModelId,
            });
            return 0;
        }
        Console.WriteLine($"New topics: {f.Streams} streams of {f.WeeklyItems} real comments a week ({f.Comments:N0} comments, embedded by {embedder.ModelId} in {f.EmbedSeconds:0} s), " +
                          $"{PlantedTopics.All.Count} planted topics, {NewTopicEvaluation.BaselineWeeks}-week baseline, alpha {options.Alpha}, seed {seed}");
        foreach (var (size, s) in f.BySize)
            Console.WriteLine($"  {size,2} planted comments: found in their first week {s.Found}/{s.Planted}, named by the label {s.Named}/{s.Planted}");
        Console.WriteLine($"  Weeks with nothing planted: {f.TopicsInQuietWeeks} topics raised in {f.QuietWeeksJudged} weeks");
        foreach (var label in f.QuietLabels.Take(10)) Console.WriteLine($"    raised: {label}");
        Console.WriteLine($"  Judging a week: {f.JudgeMsPerWeek:0} ms on average");
        return 0;
    }
}
