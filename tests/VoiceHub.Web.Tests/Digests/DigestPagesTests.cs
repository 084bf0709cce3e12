using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Digests;
using VoiceHub.Web.Tests.Projects;
using System.Globalization;

namespace VoiceHub.Web.Tests.Digests;

/// <summary>The digest, its flags' triage, trends and coverage, for staff over HTTP and in a real browser with axe.</summary>
public sealed class DigestPagesTests(DigestAppFixture f) : IClassFixture<DigestAppFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private string FlagPath => $"/emerging/{Uri.EscapeDataString(f.FlagId)}";

    [Fact]
    public async Task DigestList_AndWeek_ShowTheSnapshotWithItsEvidence()
    {
        var list = await f.Staff.GetStringAsync("/digests");
        Assert.Contains("href=\"/digests/2026-W20\"", list);

        var page = await f.Staff.GetStringAsync("/digests/2026-W20");
        Assert.Contains("Feeling safe in Grays: 16 comments this week, about 4 expected", page);
        Assert.Contains("I do not feel safe walking home", page);            // a quote, redacted text
        Assert.Contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">Comments a week</caption>", page); // the chart's table
        Assert.Contains("role=\"img\"", page);
        Assert.Contains($"href=\"{FlagPath}\"", page);

        var lower = await f.Staff.GetAsync("/digests/2026-w20", _ct);
        Assert.Equal(HttpStatusCode.Redirect, lower.StatusCode);
        Assert.Equal("/digests/2026-W20", lower.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Staff.GetAsync("/digests/2026-W99", _ct)).StatusCode);
        Assert.Contains("There is no digest for week 21 of 2026", await f.Staff.GetStringAsync("/digests/2026-W21"));

        // Our Voice members are not staff: no digests.
        using var ourVoice = await f.App.SignedInClientAsync(await f.App.CreateUserAsync(Roles.OurVoice));
        Assert.NotEqual(HttpStatusCode.OK, (await ourVoice.GetAsync("/digests/2026-W20", _ct)).StatusCode);
    }

    [Fact]
    public async Task Triage_DismissNeedsAReason_LinkingToAProjectShowsAsLinked()
    {
        var shown = await f.Staff.GetStringAsync(FlagPath);
        Assert.Contains($"{FlagPath}?handler=Dismiss", System.Text.RegularExpressions.Regex.Matches(shown, "action=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
        var empty = await VoiceHubApp.PostFormAsync(f.Staff, FlagPath + "?handler=Dismiss", new() { ["Reason"] = " " }, FlagPath);
        Assert.Contains("href=\"#Reason\">Enter why you are dismissing this issue", await empty.Content.ReadAsStringAsync());

        var watch = await VoiceHubApp.PostFormAsync(f.Staff, FlagPath + "?handler=Watch", new(), FlagPath);
        Assert.Equal(HttpStatusCode.Redirect, watch.StatusCode);
        Assert.Equal(FlagStatus.Watching, (await f.App.Get<EmergingFlagStore>().FindAsync(f.FlagId, _ct))!.Status);

        var projectId = await f.App.Get<ProjectStore>().CreateAsync(WebData.Project("Safer streets"), null, _ct);
        var linked = await VoiceHubApp.PostFormAsync(f.Staff, FlagPath + "?handler=LinkProject", new() { ["ProjectId"] = projectId.ToString(CultureInfo.InvariantCulture) }, FlagPath);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var flag = (await f.App.Get<EmergingFlagStore>().FindAsync(f.FlagId, _ct))!;
        Assert.Equal(FlagStatus.Linked, flag.EffectiveStatus);
        Assert.Equal(["Safer streets"], flag.ProjectTitles);
        Assert.Contains("Safer streets", await f.Staff.GetStringAsync(FlagPath));
        Assert.Contains("Linked to work", await f.Staff.GetStringAsync("/emerging?Status=linked"));
    }

    /// <summary>A new topic of the week over the fixture's 16 comments, written as new-topic detection stores it.</summary>
    private async Task<string> TopicAsync(string name)
    {
        var id = $"{DigestAppFixture.Week}.topic-{name}";
        await using var conn = await f.App.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(_ct);
        await Dapper.SqlMapper.ExecuteAsync(conn, """
            INSERT INTO new_topics (id, week, week_start, label, count, expected, localities, item_ids, quote_ids)
            SELECT @id, @week, @monday, 'walking home, bus stop', count(*), 0.2, '[{"name":"Grays","count":16}]', array_agg(id ORDER BY id), (array_agg(id ORDER BY id))[1:3]
            FROM items WHERE redacted_text LIKE 'I do not feel safe walking home%'
            ON CONFLICT (id) DO NOTHING
            """, new { id, week = DigestAppFixture.Week.ToString(), monday = DigestAppFixture.Week.Monday });
        return id;
    }

    [Fact]
    public async Task NewTopics_ShowOnTheEmergingPage_AndTurnIntoAThemeOrAreDismissed_Audited()
    {
        Assert.Contains("id=\"new-topics\"", await f.Staff.GetStringAsync("/digests/2026-W20"));
        var themed = await TopicAsync("theme");
        var dismissed = await TopicAsync("dismiss");
        var list = await f.Staff.GetStringAsync("/emerging");
        Assert.Contains($"href=\"/emerging/topics/{Uri.EscapeDataString(themed)}\">walking home, bus stop</a>", list);

        var path = $"/emerging/topics/{Uri.EscapeDataString(themed)}";
        var shown = await f.Staff.GetStringAsync(path);
        Assert.Contains("16 comments; about 0.2 expected", shown);
        Assert.Contains("I do not feel safe walking home", shown);
        var noCategory = await VoiceHubApp.PostFormAsync(f.Staff, path + "?handler=Theme", new() { ["Name"] = "Walking home at night" }, path);
        Assert.Contains("href=\"#Category\">Select a category", await noCategory.Content.ReadAsStringAsync());
        var category = (await f.App.Get<ThemeStore>().ListAsync(_ct))[0].Category;
        var taken = await VoiceHubApp.PostFormAsync(f.Staff, path + "?handler=Theme", new() { ["Name"] = DigestAppFixture.Theme, ["Category"] = category }, path);
        Assert.Contains("A theme with that name already exists", await taken.Content.ReadAsStringAsync());
        var turned = await VoiceHubApp.PostFormAsync(f.Staff, path + "?handler=Theme", new() { ["Name"] = "Walking home at night", ["Category"] = category }, path);
        Assert.Equal(HttpStatusCode.Redirect, turned.StatusCode);
        Assert.Contains("Theme: Walking home at night", await f.Staff.GetStringAsync(path));

        var dismissPath = $"/emerging/topics/{Uri.EscapeDataString(dismissed)}";
        var empty = await VoiceHubApp.PostFormAsync(f.Staff, dismissPath + "?handler=Dismiss", new() { ["Reason"] = " " }, dismissPath);
        Assert.Contains("href=\"#Reason\">Enter why you are dismissing this topic", await empty.Content.ReadAsStringAsync());
        var done = await VoiceHubApp.PostFormAsync(f.Staff, dismissPath + "?handler=Dismiss", new() { ["Reason"] = "Same as the feeling safe issue" }, dismissPath);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await f.Staff.GetAsync("/emerging/topics/2026-W20.topic-none", _ct)).StatusCode);

        await using var conn = await f.App.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(_ct);
        Assert.Equal(16, await Dapper.SqlMapper.ExecuteScalarAsync<int>(conn,
            "SELECT count(*) FROM item_themes it JOIN themes t ON t.id = it.theme_id WHERE t.name = 'Walking home at night' AND it.source = 'staff'"));
        var audited = (await Dapper.SqlMapper.QueryAsync<string>(conn,
            "SELECT action || ' ' || target FROM audit_log WHERE target IN (@a, @b) ORDER BY id", new { a = $"new-topic:{themed}", b = $"new-topic:{dismissed}" })).ToList();
        Assert.Equal([$"new-topic-theme new-topic:{themed}", $"new-topic-dismissed new-topic:{dismissed}"], audited);
    }

    [Fact]
    public async Task TrendsAndCoverage_ShowTheFiguresWithFlagsMarked()
    {
        var trends = await f.Staff.GetStringAsync("/trends?Theme=Feeling+safe&To=2026-W20&Weeks=12");
        Assert.Contains("<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"/digests/2026-W20\">2026-W20</a></th>", trends);
        // The flagged week carries a mark in the "All" column, said in words for screen readers.
        Assert.Contains("16<span> ▲<span class=\"govuk-visually-hidden\"> flagged</span></span></td>", trends);
        Assert.Contains("Enter a real week", await f.Staff.GetStringAsync("/trends?Theme=Feeling+safe&To=nonsense"));
        Assert.Contains("Select a theme from the list", await f.Staff.GetStringAsync("/trends?Theme=Nothing+like+it"));
        // People pick a day (Wednesday 20 May 2026); the address keeps the week's code.
        var picked = await f.Staff.GetAsync("/trends?Theme=Feeling+safe&UpTo.Day=20&UpTo.Month=5&UpTo.Year=2026&Weeks=12");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, picked.StatusCode);
        Assert.Equal("/trends?Theme=Feeling%20safe&To=2026-W21&Weeks=12", picked.Headers.Location!.OriginalString);
        Assert.Contains("href=\"#UpTo\">The last week to show must be a real date",
            await f.Staff.GetStringAsync("/trends?Theme=Feeling+safe&UpTo.Day=31&UpTo.Month=2&UpTo.Year=2026"));
        Assert.Contains("week 20 of 2026", trends);
        var badDay = await VoiceHubApp.PostFormAsync(f.Staff, "/digests?handler=Build",
            new() { ["WeekOf.Day"] = "31", ["WeekOf.Month"] = "2", ["WeekOf.Year"] = "2026" }, "/digests");
        Assert.Contains("href=\"#WeekOf\">A day in the week must be a real date", await badDay.Content.ReadAsStringAsync());

        var coverage = await f.Staff.GetStringAsync("/coverage?To=2026-W20");
        Assert.Contains("Feedback per 1,000 residents", coverage);
        Assert.Contains("Grays", coverage);
        Assert.Contains("Enter a number of weeks from 1 to 156", await f.Staff.GetStringAsync("/coverage?Weeks=abc"));
    }

    [Fact]
    public async Task MondayJob_IsScheduledInLondonTime_BuildsOnce_AndSkipsEmailWithNoProvider()
    {
        using (var connection = JobStorage.Current.GetConnection())
        {
            var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == WeeklyDigestJob.Id);
            Assert.Equal("0 7 * * 1", job.Cron);
            Assert.Equal("Europe/London", job.TimeZoneId);
        }

        // With no email service the page says so instead of offering, or confirming, a subscription.
        var page = await f.Staff.GetStringAsync("/digests");
        Assert.Contains("The digest cannot be emailed: email is not set up in this VoiceHub.", page);
        Assert.DoesNotContain("Email me the digest every Monday", page);
        var subscribe = await VoiceHubApp.PostFormAsync(f.Staff, "/digests?handler=Subscribe", new() { ["subscribe"] = "true", ["returnTo"] = "/digests" }, "/digests");
        Assert.Equal("/digests", subscribe.Headers.Location!.OriginalString);
        // Subscribed before email was taken away: the Monday email is recorded as skipped.
        await using (var conn = await f.App.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(_ct))
        {
            await Dapper.SqlMapper.ExecuteAsync(conn, "INSERT INTO digest_subscriptions (user_id) SELECT id FROM users WHERE email = @email", new { email = f.StaffEmail });
        }
        Assert.Contains("You asked for the digest by email, but email is not set up", await f.Staff.GetStringAsync("/digests"));

        var week = IsoWeek.PreviousOf(DateTimeOffset.UtcNow);
        await f.App.Get<WeeklyDigestJob>().RunAsync(_ct);
        await f.App.Get<WeeklyDigestJob>().RunAsync(_ct);
        var digests = f.App.Get<DigestStore>();
        var digest = Assert.Single(await digests.VersionsAsync(week.ToString(), _ct));
        var record = (await digests.FindAsync(week.ToString(), null, _ct))!;

        await f.App.Get<DigestEmailJob>().RunAsync(record.Id, _ct);
        var emails = await digests.EmailsAsync(record.Id, _ct);
        Assert.Contains(emails, e => e.Status == "skipped");
        Assert.DoesNotContain(emails, e => e.Status == "sent");
        Assert.Equal(1, digest.Version);
    }

    [Fact]
    public async Task DigestPages_InABrowser_HaveNoAccessibilityViolations()
    {
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(f.App.BaseUrl);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(f.StaffEmail);
        await page.GetByLabel("Password").FillAsync(VoiceHubApp.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Browser.ArriveAsync(page, url => !url.Contains("sign-in"), "a page other than sign-in");

        await page.GetByRole(AriaRole.Link, new() { Name = "Digests" }).First.ClickAsync();
        await Browser.ArriveAsync(page, "**/digests");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "2026-W20" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("What we heard in week 20 of 2026");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync(FlagPath);
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Dismiss issue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        var topic = $"/emerging/topics/{Uri.EscapeDataString(await TopicAsync("browser"))}";
        await page.GotoAsync(topic);
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn into a theme" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a category");
        await Browser.AssertAccessibleAsync(page);

        foreach (var path in new[] { "/emerging", "/trends", "/trends?Theme=Feeling+safe&To=2026-W20", "/coverage?To=2026-W20" })
        {
            await page.GotoAsync(path);
            await Browser.AssertAccessibleAsync(page);
        }
    }
}
