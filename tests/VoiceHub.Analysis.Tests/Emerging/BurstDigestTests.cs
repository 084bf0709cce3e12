using System.Text.Json;
using Dapper;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>
/// The digest of issue 19's week, over a real PostgreSQL: 22 complaints about cancelled day-centre transport in Tilbury
/// are one issue however many series they lift, their phrase is found, and a digest built while the week was still being
/// classified says so and is superseded, with what changed, once the rest is in.
/// </summary>
public sealed class BurstDigestTests(PostgresCluster cluster)
{
    private const string Transport = "Transport to/ from services";
    private const string Organisation = "Organisation & efficiency";
    private const string Safe = "Feeling safe";
    private const string Tilbury = "Tilbury and Chadwell";
    private const string DayCentre = "The minibus to the day centre was cancelled again and nobody rang to tell us.";
    private static readonly IsoWeek Week = IsoWeek.Parse("2026-W20");
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static readonly string[] Ordinary =
    [
        "Staff were kind and the paperwork was quick.",
        "It took three weeks to get a reply to my letter.",
        "The assessment visit was well organised.",
        "Nobody knew who was dealing with my review.",
    ];

    /// <summary>
    /// 26 weeks of ordinary feedback: transport in Tilbury (survey, day opportunities) and in Grays (email), the
    /// organisation of services in Grays (survey), and feeling safe in Grays now and then (phone).
    /// </summary>
    private static async Task HistoryAsync(EmergingData data)
    {
        int[] pattern = [1, 2, 3, 2];
        for (var i = 26; i >= 1; i--)
        {
            var day = Week.AddWeeks(-i).Monday.AddDays(i % 5);
            await data.AddAsync(pattern[i % 4], day, Tilbury, Transport, text: "The bus was on time.", serviceArea: "Day opportunities");
            await data.AddAsync(pattern[(i + 1) % 4], day, "Grays", Transport, channel: "email", text: "Transport was fine this month.");
            await data.AddAsync(7 + pattern[i % 4], day, "Grays", Organisation, text: Ordinary[i % Ordinary.Length]);
            await data.AddAsync(i % 3 == 0 ? 1 : 0, day, "Grays", Safe, channel: "phone", text: "I feel safe at home now.");
        }
    }

    [Fact]
    public async Task OneBurstSeenThroughFourSeries_IsOneIssue_NamedMostSpecifically_AndItsPhraseIsFound()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        await HistoryAsync(data);
        await data.AddAsync(22, Week.Monday.AddDays(1), Tilbury, Transport, text: DayCentre, documents: 2, serviceArea: "Day opportunities");
        await data.AddAsync(2, Week.Monday.AddDays(2), "Grays", Transport, channel: "email", text: "Transport was fine this month.");
        await data.AddAsync(8, Week.Monday.AddDays(2), "Grays", Organisation, text: Ordinary[0]);
        // A second, unrelated burst: feeling safe in Grays, by phone.
        await data.AddAsync(12, Week.Monday.AddDays(3), "Grays", Safe, channel: "phone", text: "I do not feel safe walking home.", documents: 2);

        var result = await data.Detection().DetectAsync(Week, _ct);
        var kinds = result.Issues.Where(i => i.Theme == Transport || i.ServiceArea == "Day opportunities" || i.Channel == "Survey")
            .Select(i => i.Key.Kind).Order().ToList();
        Assert.Equal([SeriesKinds.Channel, SeriesKinds.ServiceArea, SeriesKinds.Theme, SeriesKinds.ThemeLocality], kinds);
        Assert.Equal(2, result.Groups.Count);

        var content = await data.Builder().ContentAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.Equal(2, content.Issues.Count);
        var burst = Assert.Single(content.Issues, i => i.Theme == Transport);
        Assert.Equal(SeriesKinds.ThemeLocality, burst.Kind);
        Assert.StartsWith($"{Transport} in {Tilbury}: 22 comments this week, about 2 expected", burst.Sentence);
        Assert.Equal(3, burst.AlsoShows.Count);
        Assert.Contains(burst.AlsoShows, a => a.Sentence.StartsWith("Day opportunities (service area): 22 comments", StringComparison.Ordinal));
        Assert.Contains(burst.AlsoShows, a => a.Sentence.StartsWith("Survey feedback:", StringComparison.Ordinal));
        var html = await DigestHtml.BodyAsync(content, DigestLinks.None, new Dictionary<long, string>());
        Assert.Contains("2 emerging issues", html);
        Assert.Contains("The same comments also show as:", html);

        // "day centre" is a synonym of a service area, not a theme: found as new this week, like "cancelled".
        var phrases = content.Phrases.Select(p => p.Text).ToList();
        Assert.True(phrases.Any(p => p.Contains("day centre", StringComparison.Ordinal) || p.Contains("cancelled", StringComparison.Ordinal)),
            $"new phrases: {string.Join(", ", phrases)}");
    }

    [Fact]
    public async Task WeekBuiltWhileClassifying_SaysItIsNotComplete_AndALateBatchMakesANewVersionSayingWhatChanged()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        await HistoryAsync(data);
        var first = await data.AddAsync(18, Week.Monday.AddDays(1), Tilbury, Transport, text: DayCentre, documents: 2, serviceArea: "Day opportunities");
        await using var conn = await db.DataSource.OpenConnectionAsync(_ct);
        await conn.ExecuteAsync("""
            INSERT INTO theme_models (version, status, reason, bytes, active) VALUES ('v7', 'trained', 'test', '\x00', true)
            """);
        async Task ClassifyAsync(IEnumerable<long> ids) => await conn.ExecuteAsync(
            "INSERT INTO item_classifications (item_id, model_version, margin) SELECT unnest(@ids), 'v7', 0.5 ON CONFLICT DO NOTHING",
            new { ids = ids.ToArray() });
        await ClassifyAsync(first.Take(13));

        var (v1, _) = await data.Builder().BuildAsync(Week, "Monday schedule", onlyIfNone: true, EmergingData.NoSavedSearches, _ct);
        var read = JsonSerializer.Deserialize<DigestContent>(v1.Content, DigestBuilder.Json)!;
        Assert.False(read.Pending!.Complete);
        Assert.Equal(5, read.Pending.NotClassified);
        Assert.Contains("not complete when this was built: 5 of the week\u2019s 18 comments not yet sorted into themes", read.Notes[0]);
        Assert.Null(await data.Builder().SupersedeIfChangedAsync(Week.AddWeeks(-1), EmergingData.NoSavedSearches, _ct));

        // The rest is classified and a late batch of 4 arrives: a second version says what changed.
        await ClassifyAsync(first);
        await ClassifyAsync(await data.AddAsync(4, Week.Monday.AddDays(4), Tilbury, Transport, text: DayCentre, documents: 2, serviceArea: "Day opportunities"));
        var v2 = await data.Builder().SupersedeIfChangedAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.NotNull(v2);
        Assert.Equal(2, v2.Version);
        var now = JsonSerializer.Deserialize<DigestContent>(v2.Content, DigestBuilder.Json)!;
        Assert.True(now.Pending!.Complete);
        Assert.Equal(1, now.Supersedes);
        Assert.Contains("Every comment of the week is now in, sorted into themes and read for meaning.", now.Changes);
        Assert.Contains($"{Transport} in {Tilbury} rose from 18 to 22 comments.", now.Changes);
        Assert.Contains("This version replaces version 1", await DigestHtml.BodyAsync(now, DigestLinks.None, new Dictionary<long, string>()));
        var (subject, body) = DigestEmail.Write(now, null);
        Assert.EndsWith("(updated)", subject);
        Assert.Contains($"- {Transport} in {Tilbury} rose from 18 to 22 comments.", body);
        Assert.Contains("not complete when this was built", DigestEmail.Write(read, null).Body);
        // Version 1 is kept as it was read; nothing new since version 2, so no third.
        Assert.Equal(v1.Content, (await new DigestStore(db.DataSource).FindAsync(Week.ToString(), 1, _ct))!.Content);
        Assert.Null(await data.Builder().SupersedeIfChangedAsync(Week, EmergingData.NoSavedSearches, _ct));

        // A reader was emailed version 1 only (version 2 reached nobody); 3 more arrive and version 3 is built: the
        // reader's email lists what changed since version 1, the one they read, not since version 2.
        var reader = await conn.ExecuteScalarAsync<long>("INSERT INTO users (email, display_name, role) VALUES ('reader@example.org', 'Reader', 'Staff') RETURNING id");
        var store = new DigestStore(db.DataSource);
        await store.RecordEmailAsync(v1.Id, reader, "sent", "smtp", null, _ct);
        await ClassifyAsync(await data.AddAsync(3, Week.Monday.AddDays(4), Tilbury, Transport, text: DayCentre, documents: 2, serviceArea: "Day opportunities"));
        var v3 = await data.Builder().SupersedeIfChangedAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.Equal(3, v3!.Version);
        var newest = JsonSerializer.Deserialize<DigestContent>(v3.Content, DigestBuilder.Json)!;
        Assert.Contains($"{Transport} in {Tilbury} rose from 22 to 25 comments.", newest.Changes);
        var emailed = Assert.Single(await store.LastEmailedAsync(Week.ToString(), 3, _ct));
        Assert.Equal((reader, 1), (emailed.Key, emailed.Value.Version));
        var theirs = DigestChanges.ForReader(newest, emailed.Value.Version, JsonSerializer.Deserialize<DigestContent>(emailed.Value.Content, DigestBuilder.Json));
        Assert.Equal(1, theirs.Supersedes);
        Assert.Contains($"{Transport} in {Tilbury} rose from 18 to 25 comments.", theirs.Changes);
        Assert.Contains($"- {Transport} in {Tilbury} rose from 18 to 25 comments.", DigestEmail.Write(theirs, null).Body);
        Assert.Same(newest, DigestChanges.ForReader(newest, 2, now));
    }

    [Fact]
    public async Task ARiseInTheShareOfNegativeComments_IsAnIssueOfItsOwn_EvenWhenTheCountDidNotRise()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        const string Staffing = "Staffing levels & responsiveness";
        // 26 weeks of 20 comments about staffing in Grays, 6 of them negative (30%); this week 20 again, 13 negative.
        for (var i = 26; i >= 0; i--)
        {
            var day = Week.AddWeeks(-i).Monday.AddDays(i % 5);
            var negative = i == 0 ? 13 : 5 + i % 3;
            await data.AddAsync(negative, day, "Grays", Staffing, text: "Nobody came when I rang the bell.", sentiment: 4);
            await data.AddAsync(20 - negative, day, "Grays", Staffing, text: "The carers came on time.", sentiment: 2);
        }

        var content = await data.Builder().ContentAsync(Week, EmergingData.NoSavedSearches, _ct);
        Assert.DoesNotContain(content.Issues, i => i.Theme == Staffing);
        // Grays' share turned too, on the very same comments: one issue, told under the theme, not two.
        var turn = Assert.Single(content.NegativeTurns);
        Assert.Equal(Staffing, turn.Theme);
        Assert.Equal($"Negative comments about {Staffing} rose to 65% from about 30% (13 of 20 comments with a sentiment). " +
                     "Most were from Grays, where negative comments rose to 65% from about 30%.", turn.Sentence);
        var html = await DigestHtml.BodyAsync(content, DigestLinks.None, new Dictionary<long, string>());
        Assert.Contains("Turning negative", html);

        // The week before, an ordinary 6 or 7 of 20: nothing.
        Assert.Empty((await data.Detection().DetectAsync(Week.AddWeeks(-1), _ct)).NegativeTurns);
    }

    [Fact]
    public async Task Readiness_CountsTheWeeksItemsNotYetEmbeddedByTheEmbeddersModel_AndUploadsStillBeingRead()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var data = new EmergingData(db);
        var ids = await data.AddAsync(6, Week.Monday.AddDays(2), Tilbury, Transport, text: DayCentre);
        await data.AddAsync(3, Week.AddWeeks(-1).Monday, Tilbury, Transport);
        const string Model = "arctic-embed-xs/int8/1";
        await new EmbeddingStore(db.DataSource).SaveAsync(Model, [(ids[0], [1f, 0f]), (ids[1], [0f, 1f])], _ct);
        await new EmbeddingStore(db.DataSource).SaveAsync("an-older-model", [(ids[2], [1f, 0f])], _ct);
        var readiness = new WeekReadinessStore(db.DataSource);

        var week = await readiness.CheckAsync(Week.Monday, Model, _ct);
        Assert.Equal(6, week.Items);
        Assert.Equal(4, week.NotEmbedded);
        Assert.Equal(0, week.NotClassified);   // no theme model is active: nothing can classify, nothing waits for it
        Assert.False(week.Complete);
        Assert.True((await readiness.CheckAsync(Week.Monday, null, _ct)).Complete);

        // An upload still being read holds every week back: its items' dates are not known yet.
        await using var conn = await db.DataSource.OpenConnectionAsync(_ct);
        await conn.ExecuteAsync("""
            INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
            VALUES ('survey', 'late.csv', 'text/csv', md5(random()::text), '\x00', 1, 'ingesting')
            """);
        var held = await readiness.CheckAsync(Week.Monday, null, _ct);
        Assert.Equal(1, held.DocumentsIngesting);
        Assert.False(held.Complete);
    }
}
