using System.Text.Json;
using VoiceHub.Core.Actions;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Projects;

public sealed class ActionStoreTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ActionStore _actions = null!;
    private ProjectStore _projects = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        _actions = new ActionStore(_db.DataSource);
        _projects = new ProjectStore(_db.DataSource);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task CreateDraftAsync_SameSourceTwice_MakesOneDraftLinkedToItsItems()
    {
        var items = await ProjectTestData.AddItemsAsync(_db, 2);
        var (docId, _) = await _db.Documents.SaveAsync("listening-space", "notes.txt", "text/plain", "notes"u8.ToArray(), "{}", null, _ct);
        var before = await _db.Items.LatestChangeAsync(_ct);

        var first = await _actions.CreateDraftAsync("Transport to day centres is unreliable", "Review the transport contract", items, docId, _ct);
        var again = await _actions.CreateDraftAsync(" Transport to day centres is unreliable ", "Review the transport contract", items, docId, _ct);

        Assert.Equal(first, again);
        var draft = Assert.Single(await _actions.ListDraftsAsync(_ct));
        Assert.Equal(ActionStatus.Draft, draft.Status);
        Assert.Equal(docId, draft.SourceDocumentId);
        Assert.Equal(2, draft.ItemCount);
        Assert.Equal(2, (await _db.Items.ChangesAfterAsync(before, 10, _ct)).Count);
        Assert.Empty(await _actions.ListAsync(null, null, _ct)); // drafts are not reviewed actions
        Assert.Equal("draft created", Assert.Single(await _actions.HistoryAsync(first, _ct)).What);
    }

    [Fact]
    public async Task UpdateAsync_StatusAndOutcome_KeepsWhoWhenAndEachChangeInHistory()
    {
        var user = await ProjectTestData.UserAsync(_db, "Alex Owner");
        var id = await _actions.CreateAsync(ProjectTestData.Action(), user, "Alex Owner", _ct);

        var done = ProjectTestData.Action() with { Status = ActionStatus.Done, WeDid = "Online booking opened", DoneOn = new DateOnly(2026, 5, 1) };
        var changes = await _actions.UpdateAsync(id, done, user, "Alex Owner", "edited", _ct);
        var unchanged = await _actions.UpdateAsync(id, done, user, "Alex Owner", "edited", _ct);

        Assert.Equal(["doneOn", "status", "weDid"], changes!.Keys.Order());
        Assert.Empty(unchanged!);
        var history = await _actions.HistoryAsync(id, _ct);
        Assert.Equal(2, history.Count);
        var latest = history[0];
        Assert.Equal("Alex Owner", latest.Actor);
        Assert.Equal(user, latest.UserId);
        using var json = JsonDocument.Parse(latest.Changes);
        Assert.Equal("planned", json.RootElement.GetProperty("status").GetProperty("from").GetString());
        Assert.Equal("done", json.RootElement.GetProperty("status").GetProperty("to").GetString());
        Assert.Null(await _actions.UpdateAsync(987654321, done, user, "x", "edited", _ct));
    }

    [Fact]
    public async Task UpdateAsync_Published_SetsPublishedAtOnceAndClearsItWhenWithdrawn()
    {
        var id = await _actions.CreateAsync(ProjectTestData.Action(published: false), null, "t", _ct);
        Assert.Null((await _actions.FindAsync(id, _ct))!.PublishedAt);

        await _actions.UpdateAsync(id, ProjectTestData.Action(published: true), null, "t", "published", _ct);
        var publishedAt = (await _actions.FindAsync(id, _ct))!.PublishedAt;
        Assert.NotNull(publishedAt);
        await _actions.UpdateAsync(id, ProjectTestData.Action(published: true) with { Owner = "Someone else" }, null, "t", "edited", _ct);
        Assert.Equal(publishedAt, (await _actions.FindAsync(id, _ct))!.PublishedAt);

        await _actions.UpdateAsync(id, ProjectTestData.Action(published: false), null, "t", "unpublished", _ct);
        Assert.Null((await _actions.FindAsync(id, _ct))!.PublishedAt);
    }

    [Fact]
    public async Task DiscardDraftAsync_Draft_IsKeptWithHistoryButListedNowhere()
    {
        var id = await _actions.CreateDraftAsync("Said", "Will", [], null, _ct);

        Assert.True(await _actions.DiscardDraftAsync(id, null, "Reviewer", _ct));
        Assert.False(await _actions.DiscardDraftAsync(id, null, "Reviewer", _ct));

        Assert.Equal(ActionStatus.Discarded, (await _actions.FindAsync(id, _ct))!.Status);
        Assert.Empty(await _actions.ListDraftsAsync(_ct));
        Assert.Empty(await _actions.ListAsync(null, null, _ct));
        Assert.Equal(2, (await _actions.HistoryAsync(id, _ct)).Count);
    }

    [Fact]
    public async Task ListItemsAsync_LinkedItems_OnlyThisActionsWithWhoLinkedThemAndTheLimit()
    {
        var user = await ProjectTestData.UserAsync(_db, "Sam Officer");
        var items = await ProjectTestData.AddItemsAsync(_db, 3, "Grays");
        var action = await _actions.CreateAsync(ProjectTestData.Action(), user, "t", _ct);
        var other = await _actions.CreateAsync(ProjectTestData.Action() with { YouSaid = "other" }, null, "t", _ct);
        await _actions.LinkItemsAsync(action, [items[0], items[1]], user, "t", _ct);
        await _actions.LinkItemsAsync(other, [items[2]], null, "t", _ct);

        var linked = await _actions.ListItemsAsync(action, 10, _ct);
        Assert.Equal(new[] { items[0], items[1] }, linked.Select(l => l.Id).Order());
        Assert.All(linked, l => Assert.Equal(("Sam Officer", "Grays"), (l.LinkedByName, l.LocalityName)));
        Assert.Single(await _actions.ListItemsAsync(action, 1, _ct));
    }

    [Fact]
    public async Task ListPublishedAsync_ThemeOrLocality_MatchesThroughLinkedItemsAndProjects()
    {
        var grays = await ProjectTestData.AddItemsAsync(_db, 1, "Grays");
        var tilbury = await ProjectTestData.AddItemsAsync(_db, 1, "Tilbury and Chadwell");
        var safe = await ProjectTestData.ThemeAsync(_db, "Feeling safe", grays);
        var localities = (await _db.Localities.ListAsync(_ct)).ToDictionary(l => l.Name, l => l.Id);

        var direct = await _actions.CreateAsync(ProjectTestData.Action() with { YouSaid = "direct" }, null, "t", _ct);
        await _actions.LinkItemsAsync(direct, grays, null, "t", _ct);
        var projectId = await _projects.CreateAsync(ProjectTestData.Project() with { LocalityIds = [localities["Tilbury and Chadwell"]] }, null, _ct);
        var viaProject = await _actions.CreateAsync(ProjectTestData.Action(projectId) with { YouSaid = "via project" }, null, "t", _ct);
        var hidden = await _actions.CreateAsync(ProjectTestData.Action(published: false) with { YouSaid = "hidden" }, null, "t", _ct);
        await _actions.LinkItemsAsync(hidden, [.. grays, .. tilbury], null, "t", _ct);

        Assert.Equal(["direct", "via project"], (await _actions.ListPublishedAsync(null, null, _ct)).Select(a => a.YouSaid).Order());
        Assert.Equal(["direct"], (await _actions.ListPublishedAsync(safe, null, _ct)).Select(a => a.YouSaid));
        Assert.Equal(["direct"], (await _actions.ListPublishedAsync(null, localities["Grays"], _ct)).Select(a => a.YouSaid));
        Assert.Equal(["via project"], (await _actions.ListPublishedAsync(null, localities["Tilbury and Chadwell"], _ct)).Select(a => a.YouSaid));
        Assert.Empty(await _actions.ListPublishedAsync(safe, localities["Tilbury and Chadwell"], _ct));
    }

    [Fact]
    public async Task ApplyStatusUpdatesAsync_AnyBadRow_ChangesNothingAndNamesEveryProblem()
    {
        var a = await _actions.CreateAsync(ProjectTestData.Action(), null, "t", _ct);
        var b = await _actions.CreateAsync(ProjectTestData.Action(), null, "t", _ct);
        var draft = await _actions.CreateDraftAsync("draft", "", [], null, _ct);
        var csv = $"""
            action,status,reason,we did
            {a},in progress,,
            {b},done,,
            {draft},planned,,
            999999,done,,finished
            {a},planned,,
            {b},not doing,,
            """;
        var (rows, parseErrors) = ActionStatusCsv.Parse("statuses.csv", csv);
        Assert.Empty(parseErrors);

        var (changed, errors) = await _actions.ApplyStatusUpdatesAsync(rows, "statuses.csv", new DateOnly(2026, 5, 2), null, "t", _ct);

        Assert.Equal(0, changed);
        Assert.Equal(
        [
            "Row 3: action " + b + ": enter what was done",
            "Row 4: action " + draft + " is a draft; review it before changing its status",
            "Row 5: there is no action 999999",
            "Row 6: action " + a + " is also on row 2; give each action once",
            "Row 7: action " + b + " is also on row 3; give each action once",
        ], errors);
        Assert.Equal(ActionStatus.Planned, (await _actions.FindAsync(a, _ct))!.Status);
    }

    [Fact]
    public async Task ApplyStatusUpdatesAsync_AllRowsGood_AppliesAllWithHistoryNamingTheRow()
    {
        var a = await _actions.CreateAsync(ProjectTestData.Action(), null, "t", _ct);
        var b = await _actions.CreateAsync(ProjectTestData.Action(), null, "t", _ct);
        var c = await _actions.CreateAsync(ProjectTestData.Action(), null, "t", _ct);
        var csv = $"""
            Action,Status,Reason,We did,Done on
            {a},Done,,Online booking opened,01/05/2026
            {b},Not doing,The service is being recommissioned,,
            {c},planned,,,
            """;
        var (rows, parseErrors) = ActionStatusCsv.Parse("statuses.csv", csv);
        Assert.Empty(parseErrors);

        var (changed, errors) = await _actions.ApplyStatusUpdatesAsync(rows, "statuses.csv", new DateOnly(2026, 5, 2), null, "Jo Bulk", _ct);

        Assert.Empty(errors);
        Assert.Equal(2, changed);
        var done = (await _actions.FindAsync(a, _ct))!;
        Assert.Equal((ActionStatus.Done, "Online booking opened", new DateOnly(2026, 5, 1)), (done.Status, done.WeDid, done.DoneOn));
        var notDoing = (await _actions.FindAsync(b, _ct))!;
        Assert.Equal((ActionStatus.NotDoing, "The service is being recommissioned", new DateOnly(2026, 5, 2)), (notDoing.Status, notDoing.NotDoingReason, notDoing.DoneOn));
        Assert.Equal("status updated from statuses.csv row 2", (await _actions.HistoryAsync(a, _ct))[0].What);
        Assert.Single(await _actions.HistoryAsync(c, _ct)); // unchanged: no history entry
    }

    [Fact]
    public async Task LinkIssueAsync_Action_RecordsTheFlagAndHistory()
    {
        var id = await _actions.CreateAsync(ProjectTestData.Action(), null, "t", _ct);
        Assert.True(await _actions.LinkIssueAsync(id, "flag-17", null, "t", _ct));
        Assert.False(await _actions.LinkIssueAsync(id, "flag-17", null, "t", _ct));
        Assert.Equal("flag-17", Assert.Single(await _actions.ListIssuesAsync(id, _ct)).FlagId);
        Assert.Equal("issue linked", (await _actions.HistoryAsync(id, _ct))[0].What);
    }
}
