using System.Net;
using System.Text;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>Projects and actions for staff over HTTP: linking by reference and by a live search, drafts, bulk statuses.</summary>
public sealed class StaffPagesTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;
    private HttpClient _staff = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await VoiceHubApp.StartAsync(cluster);
        _staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
    }

    public async ValueTask DisposeAsync()
    {
        _staff.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task CreateProject_MissingFields_ShowsGovukErrors_ThenCreates()
    {
        var bad = await VoiceHubApp.PostFormAsync(_staff, "/projects/new", new()
        {
            ["Title"] = "", ["StartsOn.Day"] = "31", ["StartsOn.Month"] = "2", ["StartsOn.Year"] = "2026",
        });
        var page = await bad.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Title\">Enter a title", page);
        Assert.Contains("href=\"#Type\">Select the type of co-production", page);
        Assert.Contains("href=\"#StartsOn\">The start date must be a real date", page);
        // The summary follows the form: title, aims, status, type, rung, then the start date (bound first, asked later).
        var order = new[] { "#Title", "#Aims", "#Status", "#Type", "#Rung", "#StartsOn" }.Select(k => page.IndexOf($"href=\"{k}\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);

        var created = await VoiceHubApp.PostFormAsync(_staff, "/projects/new", new()
        {
            ["Title"] = "Short breaks", ["Aims"] = "Easier respite", ["Status"] = "active", ["Type"] = "co-delivery", ["Rung"] = "engagement",
            ["StartsOn.Day"] = "1", ["StartsOn.Month"] = "2", ["StartsOn.Year"] = "2026", ["Published"] = "true",
        }, "/projects/new");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = await _staff.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Short breaks", details);
        Assert.Contains("1 February 2026", details);
        Assert.Contains("Co-delivery", details);
    }

    [Fact]
    public async Task LinkPage_ItemsByReferenceAndALiveSearch_ShowOnTheProjectAndTouchTheIndex()
    {
        var first = await WebData.AddItemAsync(_app, "Respite booking took weeks to confirm");
        var second = await WebData.AddItemAsync(_app, "Lovely staff at the day centre");
        var projectId = await _app.Get<ProjectStore>().CreateAsync(WebData.Project("Respite"), null, _ct);
        var link = $"/projects/{projectId}/link";

        var unknown = await VoiceHubApp.PostFormAsync(_staff, link + "?handler=Items", new() { ["Items"] = $"{first.Reference}, ZZZZ-ZZZZ-ZZZZ" }, link);
        Assert.Contains("There is no feedback item ZZZZ-ZZZZ-ZZZZ", await unknown.Content.ReadAsStringAsync());
        Assert.Empty(await _app.Get<ProjectStore>().ListItemsAsync(projectId, 10, _ct));

        var before = await _app.Get<ItemStore>().LatestChangeAsync(_ct);
        var linked = await VoiceHubApp.PostFormAsync(_staff, link + "?handler=Items", new() { ["Items"] = $"{first.Reference.ToLowerInvariant()} {second.Id}" }, link);
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var changes = await _app.Get<ItemStore>().ChangesAfterAsync(before, 10, _ct);
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.Equal(["Respite"], c.Projects)); // the index carries the linked project

        // The item page names the project and offers the link form, which leads to this page with the item filled in.
        var itemPage = await _staff.GetStringAsync($"/items/{first.Id}");
        Assert.Contains($"href=\"/projects/{projectId}\">Respite</a>", itemPage);
        var onward = await VoiceHubApp.PostFormAsync(_staff, $"/items/{first.Id}?handler=Link", new() { ["ProjectId"] = projectId.ToString(CultureInfo.InvariantCulture) }, $"/items/{first.Id}");
        Assert.Equal($"/projects/{projectId}/link?items={first.Id}", onward.Headers.Location!.OriginalString);

        // The index follows the items; then a linked search finds what it finds today, and again tomorrow. Its counts are
        // of items holding the word (exact): once the minutely embedding job has run, a plain search would also list
        // feedback that means the same (the day centre comment, or not), and these counts must not depend on when it ran.
        await Eventually.WaitAsync(() => Task.FromResult(_app.Get<VoiceHub.Search.Queries.SearchService>().Search(new() { Query = "respite", Exact = true }).Total),
            n => n == 1, TimeSpan.FromSeconds(10), "the index to take the items");
        // From the search page, "link this search" carries the query and its filters to the project's link page.
        var fromSearch = await VoiceHubApp.PostFormAsync(_staff, "/search?handler=Link", new() { ["q"] = "respite", ["sentiment"] = "negative", ["ProjectId"] = projectId.ToString(CultureInfo.InvariantCulture) }, "/search?q=respite");
        Assert.Equal($"{link}?q=respite&sentiment=negative", fromSearch.Headers.Location!.OriginalString);
        Assert.Contains("sentiment: negative", await _staff.GetStringAsync(fromSearch.Headers.Location!.OriginalString));
        var search = await VoiceHubApp.PostFormAsync(_staff, link + "?handler=Search", new() { ["q"] = "respite", ["exact"] = "true", ["Label"] = "Respite comments" }, link);
        Assert.Equal(HttpStatusCode.Redirect, search.StatusCode);
        var page = await _staff.GetStringAsync($"/projects/{projectId}");
        Assert.Contains("Respite booking took weeks to confirm", page);
        Assert.Contains("Lovely staff at the day centre", page);
        Assert.Contains("Respite comments", page);
        Assert.Matches("finds <strong>1</strong> item today", page);

        await WebData.AddItemAsync(_app, "Respite again: nobody called back");
        await Eventually.WaitAsync(() => _staff.GetStringAsync($"/projects/{projectId}"), p => p.Contains("finds <strong>2</strong> items today"),
            TimeSpan.FromSeconds(10), "the linked search to find the new item");

        var issue = await VoiceHubApp.PostFormAsync(_staff, link + "?handler=Issue", new() { ["Issue"] = "2026-W14/transport" }, link + "?issue=2026-W14/transport");
        Assert.Equal(HttpStatusCode.Redirect, issue.StatusCode);
        Assert.Contains("An emerging issue of 2026-W14/transport", await _staff.GetStringAsync($"/projects/{projectId}")); // no such flag is stored: its week
    }

    [Fact]
    public async Task Drafts_AcceptOneDiscardAnother_BothKeptInHistory()
    {
        var (itemId, _) = await WebData.AddItemAsync(_app, "Transport to the day centre is late");
        var actions = _app.Get<ActionStore>();
        var keep = await actions.CreateDraftAsync("Transport is late", "Review the transport contract", [itemId], null, _ct);
        var drop = await actions.CreateDraftAsync("Duplicate note", "Same again", [], null, _ct);
        Assert.Contains("Review the transport contract", await _staff.GetStringAsync("/actions/drafts"));

        var accepted = await VoiceHubApp.PostFormAsync(_staff, $"/actions/drafts?handler=Accept&id={keep}", new(), "/actions/drafts");
        Assert.Equal("/actions/drafts?done=accepted", accepted.Headers.Location!.OriginalString);
        var discarded = await VoiceHubApp.PostFormAsync(_staff, $"/actions/drafts?handler=Discard&id={drop}", new(), "/actions/drafts");
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);

        Assert.Equal(ActionStatus.Planned, (await actions.FindAsync(keep, _ct))!.Status);
        Assert.False((await actions.FindAsync(keep, _ct))!.Published);
        Assert.Equal(ActionStatus.Discarded, (await actions.FindAsync(drop, _ct))!.Status);
        Assert.DoesNotContain("Duplicate note", await _staff.GetStringAsync("/actions/drafts"));
        var history = System.Net.WebUtility.HtmlDecode(await _staff.GetStringAsync($"/actions/{keep}"));
        Assert.Contains("draft accepted", history);
        Assert.Contains("Status: Draft → Planned", history);
        Assert.Equal(HttpStatusCode.NotFound, (await _staff.GetAsync($"/actions/{drop}")).StatusCode);
    }

    [Fact]
    public async Task Import_AnyBadRow_ListsEveryProblemAndChangesNothing_ThenAGoodFileApplies()
    {
        var actions = _app.Get<ActionStore>();
        var a = await actions.CreateAsync(WebData.Action("Open on Saturdays"), null, "t", _ct);
        var b = await actions.CreateAsync(WebData.Action("Answer the phone faster"), null, "t", _ct);

        var bad = await UploadAsync("statuses.csv", $"action,status,we did\n{a},done,Opened in May\n{b},finished,\n424242,done,x\n");
        Assert.Contains("statuses.csv has 2 problems, so no statuses were changed", bad);
        Assert.Contains("Row 3: status &quot;finished&quot; is not one of planned, in progress, done, not doing", bad);
        Assert.Contains("Row 4: there is no action 424242", bad);
        Assert.Equal(ActionStatus.Planned, (await actions.FindAsync(a, _ct))!.Status);

        var good = await UploadAsync("statuses.csv", $"action,status,reason,we did\n{a},done,,Opened in May\n{b},not doing,No budget this year,\n");
        Assert.Contains("statuses.csv: 2 actions updated", good);
        Assert.Equal(ActionStatus.Done, (await actions.FindAsync(a, _ct))!.Status);
        Assert.Equal("No budget this year", (await actions.FindAsync(b, _ct))!.NotDoingReason);
        Assert.Contains("status updated from statuses.csv row 2", await _staff.GetStringAsync($"/actions/{a}"));

        var notUtf8 = await UploadAsync("latin1.csv", "action,status\n1,d\u00e9j\u00e0\n", Encoding.Latin1);
        Assert.Contains("latin1.csv is not a CSV file saved as UTF-8", notUtf8);
    }

    private async Task<string> UploadAsync(string name, string csv, Encoding? encoding = null)
    {
        var token = FormToken.Find(await _staff.GetStringAsync("/actions/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(csv)), "Upload", name },
        };
        var response = await _staff.PostAsync("/actions/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
