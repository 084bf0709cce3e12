using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Training;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// New-topic detection measured on streams of real comments (the labelled seed data, each stream its own shuffle, so a
/// comment is said once per stream): 26 weeks of baseline, then judged weeks. Into the first judged week of each
/// stream and each <see cref="PlantedTopics"/> topic, <c>k</c> of that topic's comments are planted (each from its own
/// respondent, as survey rows are); a planted topic is found when a raised topic holds at least half of them, and
/// named when its label has one of the topic's words. The next <see cref="QuietWeeks"/> weeks of every stream have
/// nothing planted: every topic raised there is a false alarm (or a real cluster in the seed data).
/// </summary>
/// <remarks>No theme is flagged in these streams, so the "explained by a flagged theme" rule never removes a group here.</remarks>
public static class NewTopicEvaluation
{
    public const int BaselineWeeks = 26;
    public const int QuietWeeks = 10;
    public static readonly int[] Sizes = [6, 10, 14];

    public sealed record SizeFigures(int Planted, int Found, int Named);

    public sealed record Figures(int Streams, int WeeklyItems, IReadOnlyDictionary<int, SizeFigures> BySize, int QuietWeeksJudged,
        int TopicsInQuietWeeks, IReadOnlyList<string> QuietLabels, int Comments, double EmbedSeconds, double JudgeMsPerWeek);

    public static Figures Run(string seedsDirectory, ISentenceEmbedder embedder, NewTopicOptions options, int streams, int weeklyItems, int seed,
        CancellationToken ct)
    {
        var rows = LabelledData.Read(Path.Combine(seedsDirectory, "data", "patient-feedback-labelled.csv"));
        var texts = rows.Select(r => r.Text.Trim()).Where(t => t.Length >= 10).Distinct(StringComparer.Ordinal).ToList();
        var needed = (BaselineWeeks + QuietWeeks) * weeklyItems;
        if (texts.Count < needed)
            throw new ArgumentException($"The seeds hold {texts.Count} comments; {BaselineWeeks + QuietWeeks} weeks of {weeklyItems} need {needed}.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var vectors = embedder.Embed(texts, ct);
        var planted = PlantedTopics.All.Select(t => embedder.Embed(t.Comments, ct)).ToList();
        var embedSeconds = clock.Elapsed.TotalSeconds;

        var bySize = Sizes.ToDictionary(s => s, _ => (Planted: 0, Found: 0, Named: 0));
        var quietLabels = new List<string>();
        var quietJudged = 0;
        var judged = 0;
        var judging = new System.Diagnostics.Stopwatch();
        var none = new HashSet<int>();
        for (var s = 0; s < streams; s++)
        {
            var random = new Random(seed * 1000 + s);
            var order = Enumerable.Range(0, texts.Count).OrderBy(_ => random.Next()).Take(needed).ToArray();
            var id = 0L;
            TopicItem Item(string text, float[] vector, int week) => new()
            {
                Id = ++id, DocumentId = id, Channel = "survey", Reference = $"S{s}-{id}", RedactedText = text, Vector = vector,
                WeekStart = DateOnly.FromDayNumber(week * 7),
            };
            var weeks = Enumerable.Range(0, BaselineWeeks + QuietWeeks)
                .Select(w => order.Skip(w * weeklyItems).Take(weeklyItems).Select(i => Item(texts[i], vectors[i], w)).ToList()).ToList();

            // Planted: the first judged week, once per topic and size.
            var first = BaselineWeeks;
            var baseline = weeks.Take(first).SelectMany(w => w).ToList();
            for (var t = 0; t < PlantedTopics.All.Count; t++)
            {
                var topic = PlantedTopics.All[t];
                foreach (var size in Sizes)
                {
                    var chosen = Enumerable.Range(0, topic.Comments.Count).OrderBy(_ => random.Next()).Take(size).ToList();
                    var plantedItems = chosen.Select(c => Item(topic.Comments[c], planted[t][c], first)).ToList();
                    judging.Start();
                    var raised = NewTopics.Find([.. weeks[first], .. plantedItems], baseline, BaselineWeeks, none, options);
                    judging.Stop();
                    judged++;
                    var ids = plantedItems.Select(p => p.Id).ToHashSet();
                    var hit = raised.FirstOrDefault(r => r.ItemIds.Count(ids.Contains) * 2 >= size);
                    var f = bySize[size];
                    bySize[size] = (f.Planted + 1, f.Found + (hit is null ? 0 : 1), f.Named + (hit is not null && PlantedTopics.Names(topic, hit.Label) ? 1 : 0));
                }
            }

            // Quiet: the weeks after, nothing planted, each against its own 26 weeks before.
            for (var w = first; w < first + QuietWeeks; w++)
            {
                judging.Start();
                var raised = NewTopics.Find(weeks[w], weeks.Skip(w - BaselineWeeks).Take(BaselineWeeks).SelectMany(x => x).ToList(), BaselineWeeks, none, options);
                judging.Stop();
                judged++;
                quietJudged++;
                quietLabels.AddRange(raised.Select(r => $"{r.Label} ({r.Count}, expected {r.Expected:0.0})"));
            }
        }
        return new Figures(streams, weeklyItems, bySize.ToDictionary(kv => kv.Key, kv => new SizeFigures(kv.Value.Planted, kv.Value.Found, kv.Value.Named)),
            quietJudged, quietLabels.Count, quietLabels, texts.Count, embedSeconds, judging.Elapsed.TotalMilliseconds / Math.Max(judged, 1));
    }
}
