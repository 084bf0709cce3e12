using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Analysis.Emerging.Evaluation;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>
/// New topics over a real PostgreSQL with real arctic-embed-xs vectors: 27 weeks of real comments from the seeds, then
/// a week with comments about a closed day centre and a new charging letter planted among ordinary ones. The quiet week
/// before raises nothing; the planted week raises both, labelled and quoted; staff turn one into a theme and dismiss the
/// other, each audited, and a rebuilt digest does not raise them again.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NewTopicsTests(PostgresCluster cluster)
{
    private static readonly IsoWeek Week = IsoWeek.Parse("2026-W20");
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlantedTopics_AreRaisedWithLabelAndQuotes_AQuietWeekRaisesNone_AndTriageIsAudited()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        var ordinary = SeedData.Rows.Select(r => r.Text.Trim()).Where(t => t.Length > 20).Distinct().ToList();
        string[] places = ["Grays", "Tilbury and Chadwell"];
        var n = 0;
        for (var i = 27; i >= 0; i--)
        {
            for (var k = 0; k < 12; k++, n++)
                await data.AddAsync(1, Week.AddWeeks(-i).Monday.AddDays(k % 7), places[k % 2], null, text: ordinary[n % ordinary.Count], documents: 2);
        }
        var dayCentre = PlantedTopics.All[0];
        var letter = PlantedTopics.All[1];
        foreach (var (c, k) in dayCentre.Comments.Take(12).Select((c, k) => (c, k)))
            await data.AddAsync(1, Week.Monday.AddDays(k % 7), "Tilbury and Chadwell", null, text: c, documents: 2);
        foreach (var (c, k) in letter.Comments.Take(10).Select((c, k) => (c, k)))
            await data.AddAsync(1, Week.Monday.AddDays(k % 7), places[k % 2], null, text: c, documents: 2);

        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions { Precision = "int8" }));
        var embeddings = new EmbeddingStore(db.DataSource);
        var pending = await embeddings.PendingAsync(embedder.ModelId, 10_000, _ct);
        var vectors = embedder.Embed(pending.Select(p => p.Text).ToList(), _ct);
        await embeddings.SaveAsync(embedder.ModelId, pending.Select((p, k) => (p.Id, vectors[k])).ToList(), _ct);

        var store = new NewTopicStore(db.DataSource);
        var builder = new DigestBuilder(data.Detection(), new WeeklyCountStore(db.DataSource), new EmergingFlagStore(db.DataSource),
            new DigestStore(db.DataSource), new CoverageReporter(new CoverageStore(db.DataSource), Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds })),
            db.Localities, TimeProvider.System, NullLogger<DigestBuilder>.Instance, new WeekReadinessStore(db.DataSource),
            embeddings, [embedder], new NewTopicDetection(store));

        var quiet = await builder.ContentAsync(Week.AddWeeks(-1), EmergingData.NoSavedSearches, _ct);
        Assert.Empty(quiet.NewTopics);
        Assert.Contains("No new topics stood out this week.", await DigestHtml.BodyAsync(quiet, DigestLinks.None, new Dictionary<long, string>()));

        var content = await builder.ContentAsync(Week, EmergingData.NoSavedSearches, _ct);
        var labels = string.Join(" | ", content.NewTopics.Select(t => $"{t.Label} ({t.Count}, {t.Expected})"));
        Assert.Equal(2, content.NewTopics.Count);
        var closed = Assert.Single(content.NewTopics, t => PlantedTopics.Names(dayCentre, t.Label));
        var charges = Assert.Single(content.NewTopics, t => PlantedTopics.Names(letter, t.Label));
        Assert.InRange(closed.Count, 8, 14);
        Assert.True(closed.Expected < 1, labels);
        Assert.Equal("Tilbury and Chadwell", Assert.Single(closed.Localities).Name);
        Assert.Equal(3, closed.Quotes.Count);
        var quotes = await new DigestStore(db.DataSource).QuoteTextsAsync(content.NewTopics.SelectMany(t => t.Quotes).Select(q => q.ItemId).ToList(), _ct);
        Assert.All(closed.Quotes, q => Assert.Contains(quotes[q.ItemId], dayCentre.Comments));
        Assert.Equal(3, closed.Quotes.Select(q => quotes[q.ItemId]).Distinct().Count());
        var html = await DigestHtml.BodyAsync(content, DigestLinks.None, quotes);
        Assert.Contains("id=\"new-topics\"", html);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(closed.Label), html);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(quotes[closed.Quotes[0].ItemId]), html);

        var (result, themeId) = await store.TurnIntoThemeAsync(closed.Id, "Day centre closures", "Services", "Day centres closing or closed.", null, "test", null, _ct);
        Assert.Equal(NewTopicStore.TurnResult.Done, result);
        Assert.Equal(NewTopicStore.TurnResult.NameTaken, (await store.TurnIntoThemeAsync(charges.Id, "Day centre closures", "Services", "", null, "test", null, _ct)).Result);
        Assert.True(await store.DismissAsync(charges.Id, "Already known: the charging review", null, "test", null, _ct));
        Assert.False(await store.DismissAsync(charges.Id, "Twice", null, "test", null, _ct));

        await using var conn = await db.DataSource.OpenConnectionAsync(_ct);
        var examples = await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM item_themes WHERE theme_id = @themeId AND source = 'staff'", new { themeId });
        Assert.Equal(closed.Count, examples);
        var audited = (await conn.QueryAsync<(string, string)>("SELECT action, target FROM audit_log WHERE target LIKE 'new-topic:%' ORDER BY id")).ToList();
        Assert.Equal([("new-topic-theme", $"new-topic:{closed.Id}"), ("new-topic-dismissed", $"new-topic:{charges.Id}")], audited);

        // Rebuilt: neither triaged topic is raised again; both keep their triage.
        var again = await builder.ContentAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.Empty(again.NewTopics);
        var stored = await store.ListAsync(Week.ToString(), 10, _ct);
        Assert.Equal([NewTopicStatus.Dismissed, NewTopicStatus.Theme], stored.Select(s => s.Status).Order().ToArray());
        Assert.Equal("Day centre closures", stored.Single(s => s.Status == NewTopicStatus.Theme).ThemeName);
    }
}
