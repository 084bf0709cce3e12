using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Projects;

public sealed class JourneyStoreTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private JourneyStore _journeys = null!;
    private ActionStore _actions = null!;
    private ProjectStore _projects = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        _journeys = new JourneyStore(_db.DataSource);
        _actions = new ActionStore(_db.DataSource);
        _projects = new ProjectStore(_db.DataSource);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task FindAsync_EachStepInTurn_ReachesReceivedThemedLinkedWeWillWeDid()
    {
        var item = (await ProjectTestData.AddItemsAsync(_db, 1))[0];
        Assert.Equal([JourneyStep.Received], (await _journeys.FindAsync(item, _ct))!.Reached);

        await ProjectTestData.ThemeAsync(_db, "Feeling safe", item);
        var themed = (await _journeys.FindAsync(item, _ct))!;
        Assert.Equal([JourneyStep.Received, JourneyStep.Themed], themed.Reached);
        Assert.Equal(["Feeling safe and safeguarding"], themed.Themes); // its public name

        var projectId = await _projects.CreateAsync(ProjectTestData.Project("Safer at home"), null, _ct);
        await _projects.LinkItemsAsync(projectId, [item], null, _ct);
        var linked = (await _journeys.FindAsync(item, _ct))!;
        Assert.Contains(JourneyStep.Linked, linked.Reached);
        Assert.Equal(("Safer at home", ProjectStatus.Active), Assert.Single(linked.Projects));

        // An unpublished action of the project is nobody's public promise yet.
        var actionId = await _actions.CreateAsync(ProjectTestData.Action(projectId, published: false), null, "t", _ct);
        Assert.DoesNotContain(JourneyStep.WeWill, (await _journeys.FindAsync(item, _ct))!.Reached);

        await _actions.UpdateAsync(actionId, ProjectTestData.Action(projectId), null, "t", "published", _ct);
        var weWill = (await _journeys.FindAsync(item, _ct))!;
        Assert.Contains(JourneyStep.WeWill, weWill.Reached);
        Assert.Equal(actionId, Assert.Single(weWill.Actions).Id);

        await _actions.UpdateAsync(actionId, ProjectTestData.Action(projectId) with
        {
            Status = ActionStatus.Done, WeDid = "Done it", DoneOn = new DateOnly(2026, 7, 1),
        }, null, "t", "done", _ct);
        var weDid = (await _journeys.FindAsync(item, _ct))!;
        Assert.Equal(JourneySteps.All, weDid.Reached);
        Assert.Equal(new DateOnly(2026, 7, 1), weDid.WeDidOn);
    }

    [Fact]
    public async Task FindAsync_LinkedOnlyToUnpublishedWork_CountsItWithoutNamingIt()
    {
        var item = (await ProjectTestData.AddItemsAsync(_db, 1))[0];
        var projectId = await _projects.CreateAsync(ProjectTestData.Project("Internal review", published: false), null, _ct);
        await _projects.LinkItemsAsync(projectId, [item], null, _ct);
        var actionId = await _actions.CreateAsync(ProjectTestData.Action(published: false), null, "t", _ct);
        await _actions.LinkItemsAsync(actionId, [item], null, "t", _ct);
        var draft = await _actions.CreateDraftAsync("draft", "", [item], null, _ct);

        var journey = (await _journeys.FindAsync(item, _ct))!;

        Assert.Contains(JourneyStep.Linked, journey.Reached);
        Assert.Empty(journey.Projects);
        Assert.Empty(journey.Actions);
        Assert.Equal(2, journey.UnpublishedLinks); // the draft does not count
        Assert.Null(await _journeys.FindAsync(987654321, _ct));
        _ = draft;
    }

    [Fact]
    public async Task ContactedItemsInProgressAsync_WithdrawnOrFinished_AreLeftOut()
    {
        var items = await ProjectTestData.AddItemsAsync(_db, 3);
        var contacts = new FeedbackContactStore(_db.DataSource);
        var outbox = new NotificationOutboxStore(_db.DataSource);
        var now = DateTimeOffset.UtcNow;
        await contacts.AddAsync(items[0], "a@example.com", now, _ct);
        var token = await contacts.AddAsync(items[1], "b@example.com", now, _ct);
        await contacts.AddAsync(items[2], "c@example.com", now, _ct);
        Assert.True(await contacts.WithdrawAsync(token, _ct));
        await outbox.QueueAsync(items[2], JourneyStep.WeDid, false, _ct);

        Assert.Equal([items[0]], await _journeys.ContactedItemsInProgressAsync(0, 100, _ct));
        Assert.Empty(await _journeys.ContactedItemsInProgressAsync(items[0], 100, _ct));
        Assert.Null(await contacts.FindActiveAsync(items[1], _ct));
    }
}
