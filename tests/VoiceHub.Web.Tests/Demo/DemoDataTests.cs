using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Playwright;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Training;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Demo;

namespace VoiceHub.Web.Tests.Demo;

/// <summary>
/// The demo council on a fresh database, as a first run loads it: in the background through the real ingest path,
/// indexed, classified by a first model trained on a small labelled file, its past digests built by the real builder;
/// then removed by an admin in one click, leaving no demo row, no index entry, and everything else as it was.
/// </summary>
public sealed class DemoDataTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;
    private readonly Stopwatch _sinceStart = new();

    public async ValueTask InitializeAsync()
    {
        var rows = LabelledData.Read(Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv"));
        var small = StratifiedSplit.Split(rows, 0.06, 4).HeldOut;
        var path = Path.Combine(TestPaths.TempDirectory("voicehub-demo-web"), "labelled.csv");
        LabelledData.Write(path, small);
        _sinceStart.Start();
        _app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            ["VoiceHub:LoadDemoData"] = "true",
            ["VoiceHub:Themes:TrainOnFirstStart"] = "true",
            ["VoiceHub:Themes:TrainingData"] = path,
            ["VoiceHub:Themes:Trainers:0"] = "lbfgs",
            ["VoiceHub:Themes:Folds"] = "3",
        });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task FirstRun_LoadsAYearOfDemoFeedback_AndAnAdminRemovesAllOfIt()
    {
        var demo = _app.Get<DemoDataStore>();
        var loaded = await Eventually.WaitAsync(() => demo.StateAsync(CancellationToken.None), s => s?.LoadedAt is not null,
            TimeSpan.FromMinutes(3), "the demo data to be loaded in the background");
        Assert.True(loaded!.LoadMs < 60_000, $"the demo data took {loaded.LoadMs} ms to load");
        var db = _app.Get<Npgsql.NpgsqlDataSource>();
        await using var conn = await db.OpenConnectionAsync();

        // Every channel, every locality, a year up to today; every demo file read.
        var byChannel = (await conn.QueryAsync<(string, long)>(
            "SELECT i.channel, count(*) FROM items i JOIN documents d ON d.id = i.document_id WHERE d.demo GROUP BY 1")).ToDictionary(r => r.Item1, r => r.Item2);
        foreach (var channel in new[] { Channel.Survey, Channel.OnlineForm, Channel.TalkingShop, Channel.ListeningSpace, Channel.VcsReport })
        {
            Assert.True(byChannel.GetValueOrDefault(channel.Code()) > 0, $"no demo items in {channel.Code()}: {string.Join(", ", byChannel)}");
        }
        Assert.InRange(byChannel.Values.Sum(), 1400, 2500);
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM documents WHERE demo AND status <> 'ingested'"));
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("""
            SELECT count(*) FROM localities l
            WHERE NOT EXISTS (SELECT 1 FROM items i JOIN documents d ON d.id = i.document_id WHERE d.demo AND i.locality_id = l.id)
            """));
        var (first, last) = await conn.QuerySingleAsync<(DateTime, DateTime)>("SELECT min(occurred_on), max(occurred_on) FROM items WHERE occurred_on IS NOT NULL");
        var today = LondonTime.Day(DateTimeOffset.UtcNow).ToDateTime(TimeOnly.MinValue);
        Assert.InRange(first, today.AddDays(-366), today.AddDays(-300));
        Assert.InRange(last, today.AddDays(-14), today);
        // Listening Space notes: their "You said, we will" lines became drafts.
        var actionStatuses = (await conn.QueryAsync<string>("SELECT DISTINCT status FROM actions WHERE demo")).ToHashSet();
        Assert.Equal(["discarded", "done", "draft", "in-progress", "not-doing", "planned"], actionStatuses.Order());
        var projectStatuses = (await conn.QueryAsync<string>("SELECT DISTINCT status FROM projects WHERE demo")).ToHashSet();
        Assert.Equal(ProjectStatus.All.Select(s => s.Code).Order(), projectStatuses.Order());

        // Indexed: search finds them.
        var admin = await _app.SignedInClientAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword);
        await Eventually.WaitAsync(() => SearchTotalAsync(admin, "transport"), n => n > 0, TimeSpan.FromMinutes(1), "the index to hold the demo items");

        // The past digests, once the first model classified everything, with the planted burst flagged. The demo items the
        // new model's own run did not reach (read after it began) are the minutely classification job's: run it now, as
        // the schedule would at the next minute, rather than wait for the minute.
        await Eventually.WaitAsync(() => _app.Get<ThemeModelStore>().ActiveAsync(CancellationToken.None), m => m is not null,
            TimeSpan.FromMinutes(4), "the first model to be trained and made active");
        _app.Get<Hangfire.IRecurringJobManager>().Trigger(ClassifyPendingJob.Id);
        await Eventually.WaitAsync(() => demo.StateAsync(CancellationToken.None), s => s?.DigestsBuiltAt is not null,
            TimeSpan.FromMinutes(5), "the demo digests to be built after the first model classified the items");
        TestContext.Current.TestOutputHelper?.WriteLine($"demo data loaded in {loaded.LoadMs} ms; digests built {_sinceStart.Elapsed.TotalSeconds:0} s after the start");
        Assert.Equal(DemoDataJob.DigestWeeks, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM digests WHERE demo"));
        var lastWeek = IsoWeek.PreviousOf(DateTimeOffset.UtcNow).ToString();
        var burst = await conn.QueryAsync<string>("""
            SELECT f.id FROM emerging_flags f LEFT JOIN localities l ON l.id = f.locality_id
            WHERE f.demo AND f.week = @lastWeek AND (l.name = @place OR f.channel = 'online-form')
            """, new { lastWeek, place = DemoFeedback.BurstLocality });
        foreach (var line in await conn.QueryAsync<string>(
            "SELECT week || ' ' || kind || ': ' || sentence FROM emerging_flags WHERE demo ORDER BY week_start DESC, score DESC LIMIT 12"))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
        Assert.NotEmpty(burst);

        // Staff see that it is demo data.
        var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        Assert.Contains("id=\"demo-banner\"", await staff.GetStringAsync("/search"));

        // Staff pages name things in people's words: the project's issue by its sentence, its search as typed, the
        // action's history by project title and item reference, a Listening Space's title once.
        var (projectId, sentence) = await conn.QuerySingleAsync<(long, string)>("""
            SELECT p.id, f.sentence FROM projects p JOIN project_issues pi ON pi.project_id = p.id JOIN emerging_flags f ON f.id = pi.flag_id
            WHERE p.demo AND p.status = 'active'
            """);
        var project = await staff.GetStringAsync($"/projects/{projectId}");
        Assert.Contains(sentence + "</a>", System.Net.WebUtility.HtmlDecode(project));
        Assert.Contains("\u201ctransport late\u201d", System.Net.WebUtility.HtmlDecode(project));
        var (actionId, itemReference) = await conn.QuerySingleAsync<(long, string)>("""
            SELECT a.id, i.reference FROM actions a JOIN action_items ai ON ai.action_id = a.id JOIN items i ON i.id = ai.item_id
            WHERE a.demo AND a.status = 'planned' ORDER BY i.id LIMIT 1
            """);
        var history = System.Net.WebUtility.HtmlDecode(await staff.GetStringAsync($"/actions/{actionId}"));
        Assert.Contains($"Project: <a class=\"govuk-link\" href=\"/projects/{projectId}\">Getting to the day centre</a>", history);
        Assert.Contains($">{VoiceHub.Core.ReferenceCode.Format(itemReference)}</a> (\u201c", history);
        Assert.DoesNotContain("Project: " + projectId, history);
        var notesItem = await conn.ExecuteScalarAsync<long>("SELECT id FROM items WHERE channel = 'listening-space' LIMIT 1");
        var notes = await staff.GetStringAsync($"/items/{notesItem}");
        Assert.Contains("Listening Space: ", notes);
        Assert.DoesNotContain("Listening Space: Listening Space", notes);

        // Someone's own upload, which removal must leave alone.
        var own = await VoiceHubApp.PostUploadAsync(staff, "talking-shop", "own.csv",
            "Date,Locality,Venue,Enquiry type,Notes,Outcome\n01/12/2026,Grays,Grays Library,Home care,Our own zebra crossing comment,Passed on\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        await Eventually.WaitAsync(() => SearchTotalAsync(admin, "zebra"), n => n == 1, TimeSpan.FromMinutes(1), "the staff upload to be indexed");

        // One click, accessible pages before and after.
        await using var browser = await Browser.LaunchAsync();
        var tab = await browser.SignedInPageAsync(_app.BaseUrl, VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword, "/admin/demo-data");
        await Assertions.Expect(tab.Locator("#demo-banner")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(tab);
        await ChangedStaffPagesAsync(tab, projectId, actionId, own.Headers.Location!.OriginalString);
        await tab.GotoAsync("/admin/demo-data");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Remove the demo data" }).ClickAsync();
        await Assertions.Expect(tab.Locator("#removed")).ToContainTextAsync("feedback items");
        await Assertions.Expect(tab.Locator("#demo-banner")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(tab);

        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("""
            SELECT (SELECT count(*) FROM documents WHERE demo) + (SELECT count(*) FROM projects WHERE demo)
                 + (SELECT count(*) FROM actions WHERE demo) + (SELECT count(*) FROM emerging_flags WHERE demo)
                 + (SELECT count(*) FROM digests WHERE demo)
            """));
        Assert.Equal(1, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items"));
        Assert.Equal(1, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'demo-data-removed'"));
        await Eventually.WaitAsync(() => SearchTotalAsync(admin, "transport OR zebra OR care"), n => n == 1, TimeSpan.FromMinutes(1),
            "every demo item to leave the index");
        Assert.DoesNotContain("id=\"demo-banner\"", await staff.GetStringAsync("/search"));
        Assert.False(await demo.TryClaimLoadAsync(CancellationToken.None)); // never loaded again
    }

    /// <summary>The staff pages this work changed, on the demo council's data, each checked with axe.</summary>
    private static async Task ChangedStaffPagesAsync(IPage tab, long projectId, long actionId, string ownDocument)
    {
        foreach (var path in new[] { $"/projects/{projectId}", $"/actions/{actionId}", "/digests", "/search?from-day=31&from-month=2&from-year=2026" })
        {
            await tab.GotoAsync(path);
            await Assertions.Expect(tab.Locator("#demo-banner")).ToBeVisibleAsync();
            await Browser.AssertAccessibleAsync(tab);
        }
        await Assertions.Expect(tab.Locator(".govuk-error-summary")).ToContainTextAsync("Given on or after must be a real date");

        // Trends: a date picked, the week worked out, its code in the address.
        await tab.GotoAsync("/trends");
        await tab.Locator("#Theme").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await tab.Locator("#UpTo").FillAsync("20");
        await tab.Locator("#UpTo-month").FillAsync("5");
        await tab.Locator("#UpTo-year").FillAsync("2026");
        await tab.GetByRole(AriaRole.Button, new() { Name = "Show trend" }).ClickAsync();
        await Browser.ArriveAsync(tab, "**To=2026-W21**");
        await Browser.AssertAccessibleAsync(tab);

        // Upload: the VCS-only fields are out of sight and out of the Tab order until "VCS report" is chosen.
        await tab.GotoAsync("/upload");
        await Assertions.Expect(tab.Locator("#vcs-only")).ToBeHiddenAsync();
        await tab.GetByLabel("Survey", new() { Exact = true }).CheckAsync();
        await tab.Keyboard.PressAsync("Tab");
        Assert.Equal("Locality", await tab.EvaluateAsync<string>("document.activeElement.id"));
        await tab.GetByLabel("VCS report", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(tab.Locator("#vcs-only")).ToBeVisibleAsync();
        await tab.Keyboard.PressAsync("Tab");
        Assert.Equal("Organisation", await tab.EvaluateAsync<string>("document.activeElement.id"));
        await Browser.AssertAccessibleAsync(tab);

        // A file that has been read says so, not "reading it now".
        await tab.GotoAsync(ownDocument);
        await Assertions.Expect(tab.GetByText("VoiceHub has read the file: 1 feedback item added.")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(tab);
    }

    // Items holding the words (exact=true): feedback that only means the same is not what these counts are about.
    private static async Task<long> SearchTotalAsync(HttpClient client, string q)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/search?exact=true&q=" + Uri.EscapeDataString(q)));
        return doc.RootElement.GetProperty("total").GetInt64();
    }
}
