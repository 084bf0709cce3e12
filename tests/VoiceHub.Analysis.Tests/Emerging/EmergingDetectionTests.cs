using System.Text.Json;
using Dapper;
using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>Detection and the digest over a real PostgreSQL: weeks as the council's calendar counts them.</summary>
public sealed class EmergingDetectionTests(PostgresCluster cluster)
{
    private const string Safe = "Feeling safe";
    private const string Organisation = "Organisation & efficiency";
    private static readonly IsoWeek Week = IsoWeek.Parse("2026-W20");
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    /// <summary>26 weeks of an ordinary 3–5 items a week about feeling safe in Grays, then <paramref name="thisWeek"/>.</summary>
    private static async Task HistoryAsync(EmergingData data, int thisWeek, IsoWeek? week = null)
    {
        var w = week ?? Week;
        int[] pattern = [3, 4, 5, 4, 3, 5, 4];
        for (var i = 26; i >= 1; i--) await data.AddAsync(pattern[i % pattern.Length], w.AddWeeks(-i).Monday.AddDays(i % 7), "Grays", Safe);
        await data.AddAsync(thisWeek, w.Monday.AddDays(2), "Grays", Safe, text: "I do not feel safe walking home.", documents: 2);
    }

    [Fact]
    public async Task Burst_IsFlaggedWithItsSentence_AndAQuietWeekIsNot()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        await HistoryAsync(data, 16);

        var result = await data.Detection().DetectAsync(Week, _ct);
        var flag = Assert.Single(result.Issues, i => i.Key.Kind == SeriesKinds.ThemeLocality);
        Assert.Equal(16, flag.Judgement.Count);
        Assert.Equal($"2026-W20.theme-{await data.ThemeIdAsync(Safe)}.locality-{await data.LocalityIdAsync("Grays")}", flag.FlagId);
        Assert.Contains("Feeling safe in Grays: 16 comments this week, about 4 expected", flag.Sentence);
        Assert.Equal(12, flag.Weeks.Count);
        Assert.Equal("2026-W20", flag.Weeks[^1].Week);
        Assert.Equal(16, flag.Weeks[^1].Count);

        // The week before was ordinary: nothing to say.
        Assert.Empty((await data.Detection().DetectAsync(Week.AddWeeks(-1), _ct)).Issues);
    }

    [Fact]
    public async Task EmptyWeek_AndAWeekBeforeAnyData_BuildCleanDigests()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        await HistoryAsync(data, 0);

        var empty = await data.Detection().DetectAsync(Week, _ct);
        Assert.Empty(empty.Issues);
        Assert.Empty(empty.Phrases);
        Assert.Equal(0, empty.ItemsThisWeek);
        var content = await data.Builder().ContentAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.Equal(0, content.Numbers.Total);
        Assert.True(content.Numbers.Average12 > 3);
        var body = await DigestHtml.BodyAsync(content, DigestLinks.None, new Dictionary<long, string>());
        Assert.Contains("Nothing stood out this week.", body);
        // Built with no sentence embedder: the digest says new topics were not looked for, not that none stood out.
        Assert.False(content.NewTopicsLookedFor);
        Assert.Contains("New topics were not looked for", body);
        Assert.DoesNotContain("No new topics stood out", body);

        var before = await data.Detection().DetectAsync(IsoWeek.Parse("2025-W10"), _ct);
        Assert.Empty(before.Issues);
        Assert.Contains(before.Notes, n => n.Contains("no feedback for this week or before it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hierarchy_JudgesALocalityAsItsShareOfTheTheme()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        // Feeling safe grows steadily through Tilbury (its weeks swing, so the theme's trend is kept); Grays holds at 4.
        for (var i = 26; i >= 1; i--)
        {
            await data.AddAsync(4, Week.AddWeeks(-i).Monday.AddDays(1), "Grays", Safe);
            await data.AddAsync((int)Math.Round(8 * Math.Pow(2, (26 - i) / 25.0)) + (i % 2 == 0 ? 3 : -3), Week.AddWeeks(-i).Monday.AddDays(2), "Tilbury and Chadwell", Safe);
        }
        await data.AddAsync(14, Week.Monday.AddDays(2), "Grays", Safe, documents: 2);
        await data.AddAsync(16, Week.Monday.AddDays(2), "Tilbury and Chadwell", Safe);
        var grays = await data.LocalityIdAsync("Grays");

        var own = Assert.Single((await data.Detection().DetectAsync(Week, _ct)).Issues, i => i.Key.LocalityId == grays);
        var share = Assert.Single((await data.Detection(new EmergingOptions { Hierarchy = true }).DetectAsync(Week, _ct)).Issues, i => i.Key.LocalityId == grays);

        Assert.InRange(own.Judgement.Expected, 3.9, 4.1);   // its own flat baseline
        Assert.True(share.Judgement.Trend);                  // the theme's trend, carried to its share
        Assert.True(share.Judgement.Expected > 4.5, $"expected {share.Judgement.Expected}");
    }

    [Fact]
    public async Task BrandNewLocality_IsNotJudgedOnWeeksBeforeItExisted()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        await HistoryAsync(data, 4);
        await db.Localities.UpsertAsync("Purfleet Riverside", 4000, _ct);
        // Its first items arrive three weeks ago; this week it has 12 about feeling safe. 26 "quiet" weeks before it
        // existed would make that look like a burst; it has too little history to judge.
        await data.AddAsync(2, Week.AddWeeks(-3).Monday, "Purfleet Riverside", Safe);
        await data.AddAsync(12, Week.Monday.AddDays(1), "Purfleet Riverside", Safe, documents: 2);

        var result = await data.Detection().DetectAsync(Week, _ct);
        var purfleet = await data.LocalityIdAsync("Purfleet Riverside");
        Assert.DoesNotContain(result.Issues, i => i.Key.LocalityId == purfleet);
        Assert.Contains(result.Notes, n => n.Contains("too little history", StringComparison.Ordinal));

        // The digest counts it and names it in the week's numbers and in coverage.
        var content = await data.Builder().ContentAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.Equal(12, content.Numbers.ByLocality.Single(r => r.Name == "Purfleet Riverside").ThisWeek);
        Assert.Contains(content.Coverage.Localities, l => l.Name == "Purfleet Riverside" && l.Items == 14);
    }

    [Fact]
    public async Task ClocksChanging_AnUndatedItemCountsInItsLondonWeek()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        // Received 23:30 UTC on Sunday 29 March 2026: in London that is 00:30 on Monday 30 March (BST), week 14.
        await data.AddAsync(1, null, "Grays", Safe, channel: "online-form", receivedAt: new DateTimeOffset(2026, 3, 29, 23, 30, 0, TimeSpan.Zero));
        // Received 23:30 UTC on Sunday 25 October 2026 after the clocks went back: still Sunday, week 43.
        await data.AddAsync(1, null, "Grays", Safe, channel: "online-form", receivedAt: new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero));
        // Dated 1 January 2027: week 53 of 2026.
        await data.AddAsync(1, new DateOnly(2027, 1, 1), "Grays", Safe, channel: "online-form");

        var rows = await new WeeklyCountStore(db.DataSource).SeriesCountsAsync(new DateOnly(2026, 1, 1), new DateOnly(2027, 2, 1), _ct);
        var weeks = rows.Where(r => r.Key.Kind == SeriesKinds.Channel).Select(r => IsoWeek.Of(r.WeekStart).ToString()).Order().ToList();
        Assert.Equal(["2026-W14", "2026-W43", "2026-W53"], weeks);
    }

    [Fact]
    public async Task MondayBuild_RunsOnceWhenTwoNodesRace_AndTheNextDigestSaysWhatBecameOfTheFlags()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        await HistoryAsync(data, 16);
        await data.AddAsync(4, Week.AddWeeks(1).Monday, "Grays", Safe);

        // Two nodes run the Monday job at once: one digest, one version.
        var builds = await Task.WhenAll(
            data.Builder().BuildAsync(Week, "node a", onlyIfNone: true, EmergingData.NoSavedSearches, _ct),
            data.Builder().BuildAsync(Week, "node b", onlyIfNone: true, EmergingData.NoSavedSearches, _ct));
        Assert.Single(builds, b => b.Created);
        Assert.Equal(builds[0].Digest.Id, builds[1].Digest.Id);
        var digests = new DigestStore(db.DataSource);
        Assert.Single(await digests.VersionsAsync(Week.ToString(), _ct));
        // A snapshot never changes.
        await using (var conn = await db.DataSource.OpenConnectionAsync(_ct))
        {
            await Assert.ThrowsAsync<Npgsql.PostgresException>(() => conn.ExecuteAsync("UPDATE digests SET built_by = 'someone else'"));
        }

        // Staff dismiss the theme-in-Grays flag; a rebuilt digest is a second version and keeps the triage.
        var flags = new EmergingFlagStore(db.DataSource);
        var flag = (await flags.ListForWeekAsync(Week.ToString(), _ct)).Single(f => f.Kind == SeriesKinds.ThemeLocality);
        Assert.True(await flags.SetStatusAsync(flag.Id, FlagStatus.Dismissed, "A one-off event at the station", null, _ct));
        var again = await data.Builder().BuildAsync(Week, "staff", onlyIfNone: false, EmergingData.NoSavedSearches, _ct);
        Assert.Equal(2, again.Digest.Version);
        Assert.Equal(FlagStatus.Dismissed, (await flags.FindAsync(flag.Id, _ct))!.Status);

        var next = await data.Builder().ContentAsync(Week.AddWeeks(1), EmergingData.NoSavedSearches, _ct);
        var fate = Assert.Single(next.LastWeek, f => f.FlagId == flag.Id);
        Assert.Equal(FlagStatus.Dismissed, fate.Status);
        Assert.Equal("A one-off event at the station", fate.DismissReason);
        Assert.False(fate.FlaggedAgain);
        Assert.Equal(4, fate.ThisWeekCount);
        var html = await DigestHtml.BodyAsync(next, DigestLinks.None, new Dictionary<long, string>());
        Assert.Contains("A one-off event at the station", html);
        Assert.True(JsonSerializer.Deserialize<DigestContent>(again.Digest.Content, DigestBuilder.Json)!.Issues.Count > 0);
    }
}
