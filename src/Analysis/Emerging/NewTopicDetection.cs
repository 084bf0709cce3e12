using System.Text.Json;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// Finds a week's new topics (<see cref="NewTopics"/>) over the embedded items of the week and its 26 weeks before, and
/// stores them for triage; a topic staff already turned into a theme or dismissed is not raised again that week.
/// </summary>
public sealed class NewTopicDetection(NewTopicStore store, NewTopicOptions? options = null)
{
    private readonly NewTopicOptions _options = options ?? new NewTopicOptions();

    public const int BaselineWeeks = 26;

    /// <param name="flaggedThemes">Themes flagged this week: a group mostly about one of them is that flag's burst.</param>
    /// <returns>The week's topics as stored now (untriaged and triaged), most comments first.</returns>
    public async Task<IReadOnlyList<(StoredNewTopic Stored, NewTopic? Found)>> DetectAsync(IsoWeek week, string model, IReadOnlySet<int> flaggedThemes, CancellationToken ct)
    {
        var start = week.AddWeeks(-BaselineWeeks);
        var items = await store.ItemsAsync(start.Monday, week.AddWeeks(1).Monday, model, ct);
        var thisWeek = items.Where(i => i.WeekStart == week.Monday).ToList();
        var baseline = items.Where(i => i.WeekStart < week.Monday).ToList();
        var covered = baseline.Count == 0 ? 0 : IsoWeek.Of(baseline.Min(b => b.WeekStart)).WeeksUntil(week);
        var found = NewTopics.Find(thisWeek, baseline, covered, flaggedThemes, _options);

        var triaged = (await store.ListAsync(week.ToString(), 100, ct)).Where(t => t.Status != NewTopicStatus.New).ToList();
        var fresh = found.Where(f => !triaged.Any(t => t.ItemIds.Intersect(f.ItemIds).Count() * 2 >= Math.Min(t.ItemIds.Length, f.ItemIds.Count)))
            .Select(f => (Stored: Store(week, f), Found: f)).ToList();
        await store.ReplaceWeekAsync(week.ToString(), week.Monday, fresh.Select(f => f.Stored).ToList(), ct);
        return [.. fresh.Select(f => (f.Stored, (NewTopic?)f.Found)), .. triaged.Select(t => (t, (NewTopic?)null))];
    }

    private static StoredNewTopic Store(IsoWeek week, NewTopic t) => new()
    {
        Id = $"{week}.topic-{t.Key}",
        Week = week.ToString(),
        WeekStart = week.Monday,
        Label = t.Label,
        Count = t.Count,
        Expected = Math.Round(t.Expected, 2),
        Localities = JsonSerializer.Serialize(t.Localities.Select(l => new { name = l.Name, count = l.Count })),
        ItemIds = [.. t.ItemIds],
        QuoteIds = [.. t.Quotes.Select(q => q.Id)],
    };
}
