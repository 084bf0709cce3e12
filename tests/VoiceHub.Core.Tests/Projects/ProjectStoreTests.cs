using System.Text.Json;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Projects;

public sealed class ProjectStoreTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ProjectStore _projects = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        _projects = new ProjectStore(_db.DataSource);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task CreateAsync_WithLocalitiesAndThemes_ReadsBackWhatWasEntered()
    {
        var localities = await _db.Localities.ListAsync(_ct);
        var themes = await _db.Themes.ListAsync(_ct);
        var input = ProjectTestData.Project() with { LocalityIds = [localities[0].Id, localities[1].Id], ThemeIds = [themes[0].Id] };

        var id = await _projects.CreateAsync(input, null, _ct);
        var project = (await _projects.FindAsync(id, _ct))!;

        Assert.Equal("Better respite", project.Title);
        Assert.Equal("co-production", project.Rung);
        Assert.Equal(new DateOnly(2026, 12, 18), project.EndsOn);
        Assert.Equal(2, project.LocalityNames.Length);
        Assert.Equal([themes[0].Name], project.ThemeNames);
    }

    [Fact]
    public async Task LinkItemsAsync_NewThenAgain_RecordsWhoOnceAndTouchesOnlyNewLinks()
    {
        var user = await ProjectTestData.UserAsync(_db, "Pat Lead");
        var items = await ProjectTestData.AddItemsAsync(_db, 3);
        var id = await _projects.CreateAsync(ProjectTestData.Project(), user, _ct);
        var before = await _db.Items.LatestChangeAsync(_ct);

        Assert.Equal(2, await _projects.LinkItemsAsync(id, [items[0], items[1]], user, _ct));
        var touched = (await _db.Items.ChangesAfterAsync(before, 100, _ct)).Select(c => c.Id).Order().ToArray();
        Assert.Equal(new[] { items[0], items[1] }, touched);

        var after = await _db.Items.LatestChangeAsync(_ct);
        Assert.Equal(1, await _projects.LinkItemsAsync(id, [items[1], items[2], 987654321], user, _ct));
        Assert.Equal([items[2]], (await _db.Items.ChangesAfterAsync(after, 100, _ct)).Select(c => c.Id));

        var linked = await _projects.ListItemsAsync(id, 10, _ct);
        Assert.Equal(3, linked.Count);
        Assert.All(linked, l => Assert.Equal("Pat Lead", l.LinkedByName));
        Assert.Equal(3, (await _projects.FindAsync(id, _ct))!.ItemCount);
    }

    [Fact]
    public async Task UnlinkItemAsync_Linked_RemovesAndTouchesTheItem()
    {
        var items = await ProjectTestData.AddItemsAsync(_db, 1);
        var id = await _projects.CreateAsync(ProjectTestData.Project(), null, _ct);
        await _projects.LinkItemsAsync(id, items, null, _ct);
        var before = await _db.Items.LatestChangeAsync(_ct);

        Assert.True(await _projects.UnlinkItemAsync(id, items[0], _ct));
        Assert.False(await _projects.UnlinkItemAsync(id, items[0], _ct));
        Assert.Equal(items, (await _db.Items.ChangesAfterAsync(before, 10, _ct)).Select(c => c.Id));
        Assert.Empty(await _projects.ListItemsAsync(id, 10, _ct));
    }

    [Fact]
    public async Task UpdateAsync_TitleChanged_TouchesLinkedItemsSoTheIndexCarriesTheNewName()
    {
        var items = await ProjectTestData.AddItemsAsync(_db, 2);
        var id = await _projects.CreateAsync(ProjectTestData.Project(), null, _ct);
        await _projects.LinkItemsAsync(id, items, null, _ct);

        var before = await _db.Items.LatestChangeAsync(_ct);
        Assert.True(await _projects.UpdateAsync(id, ProjectTestData.Project() with { Status = "paused" }, _ct));
        Assert.Empty(await _db.Items.ChangesAfterAsync(before, 10, _ct)); // same title: nothing indexed changed

        Assert.True(await _projects.UpdateAsync(id, ProjectTestData.Project("Short breaks"), _ct));
        Assert.Equal(2, (await _db.Items.ChangesAfterAsync(before, 10, _ct)).Count);
        Assert.Equal(["Short breaks"], (await _projects.ProjectTitlesForItemsAsync(items, _ct))[items[0]]);
        Assert.False(await _projects.UpdateAsync(987654321, ProjectTestData.Project(), _ct));
    }

    [Fact]
    public async Task LinkSearchAsync_KeepsTheRequestNotResults()
    {
        var user = await ProjectTestData.UserAsync(_db, "Sam Searcher");
        var id = await _projects.CreateAsync(ProjectTestData.Project(), null, _ct);
        var json = """{"Query":"respite","Themes":["Feeling safe"],"Localities":[],"Channels":[],"From":"2026-01-01","To":null,"Sort":"Newest","Page":1,"PageSize":20}""";

        var searchId = await _projects.LinkSearchAsync(id, "Respite", json, user, _ct);
        var search = Assert.Single(await _projects.ListSearchesAsync(id, _ct));

        Assert.Equal(searchId, search.Id);
        Assert.Equal("Sam Searcher", search.LinkedByName);
        using var stored = JsonDocument.Parse(search.Request);
        Assert.Equal("respite", stored.RootElement.GetProperty("Query").GetString());
        Assert.Equal("2026-01-01", stored.RootElement.GetProperty("From").GetString());
        Assert.True(await _projects.UnlinkSearchAsync(id, searchId, _ct));
        Assert.Empty(await _projects.ListSearchesAsync(id, _ct));
    }

    [Fact]
    public async Task LinkIssueAsync_SameFlagTwice_KeepsTheFirstLink()
    {
        var first = await ProjectTestData.UserAsync(_db, "First");
        var second = await ProjectTestData.UserAsync(_db, "Second");
        var id = await _projects.CreateAsync(ProjectTestData.Project(), null, _ct);

        Assert.True(await _projects.LinkIssueAsync(id, "2026-W14/transport", first, _ct));
        Assert.False(await _projects.LinkIssueAsync(id, " 2026-W14/transport ", second, _ct));
        Assert.True(await _projects.LinkIssueAsync(id, "2026-W15/meals", second, _ct));

        var issues = await _projects.ListIssuesAsync(id, _ct);
        Assert.Equal(["2026-W14/transport", "2026-W15/meals"], issues.Select(i => i.FlagId));
        Assert.Equal("First", issues[0].LinkedByName);
        Assert.True(await _projects.UnlinkIssueAsync(id, "2026-W14/transport", _ct));
        Assert.Single(await _projects.ListIssuesAsync(id, _ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _projects.LinkIssueAsync(id, " ", first, _ct));
    }

    [Fact]
    public async Task CountsByMonthAsync_LinkedItems_CountsByThemeAndLocalityPerMonth()
    {
        var march = await ProjectTestData.AddItemsAsync(_db, 3, "Grays", new DateOnly(2026, 3, 9));
        var april = await ProjectTestData.AddItemsAsync(_db, 2, null, new DateOnly(2026, 4, 20));
        await ProjectTestData.ThemeAsync(_db, "Feeling safe", march[0], march[1], april[0]);
        var id = await _projects.CreateAsync(ProjectTestData.Project(), null, _ct);
        await _projects.LinkItemsAsync(id, [.. march, .. april], null, _ct);

        var counts = await _projects.CountsByMonthAsync(id, _ct);

        int Count(string kind, string name, int month) =>
            counts.SingleOrDefault(c => c.Kind == kind && c.Name == name && c.Month == new DateOnly(2026, month, 1))?.Count ?? 0;
        Assert.Equal(2, Count("theme", "Feeling safe", 3));
        Assert.Equal(1, Count("theme", "Feeling safe", 4));
        Assert.Equal(3, Count("locality", "Grays", 3));
        Assert.Equal(2, Count("locality", "Not known", 4));
    }

    [Fact]
    public async Task ListAsync_PublishedOnly_LeavesOutUnpublished()
    {
        await _projects.CreateAsync(ProjectTestData.Project("Open one"), null, _ct);
        await _projects.CreateAsync(ProjectTestData.Project("Hidden one", published: false), null, _ct);

        Assert.Equal(["Open one"], (await _projects.ListAsync(true, _ct)).Select(p => p.Title));
        Assert.Equal(2, (await _projects.ListAsync(false, _ct)).Count);
    }
}
