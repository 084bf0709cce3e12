using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Projects;

public sealed class PeopleAndContactsTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(cluster);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task WithdrawAsync_PeoplesBank_ErasesContactDetailsAndIsIdempotent()
    {
        var bank = new PeopleBankStore(_db.DataSource);
        var (id, token) = await bank.AddAsync(new NewPeopleBankEntry { Name = "Ada Carer", Email = "ada@example.com", Interests = "transport" }, DateTimeOffset.UtcNow, _ct);
        Assert.True(WithdrawToken.LooksValid(token));
        Assert.Equal("ada@example.com", Assert.Single(await bank.ListAsync(withContacts: true, _ct)).Email);
        Assert.Null(Assert.Single(await bank.ListAsync(withContacts: false, _ct)).Email);

        Assert.Equal(id, await bank.WithdrawAsync(token, _ct));
        Assert.Equal(id, await bank.WithdrawAsync(token, _ct));
        Assert.Null(await bank.WithdrawAsync(WithdrawToken.New(), _ct));
        Assert.Null(await bank.WithdrawAsync("'; DROP TABLE people_bank; --", _ct));

        await using var conn = await _db.DataSource.OpenConnectionAsync(_ct);
        var row = await conn.QuerySingleAsync<(string? Name, string? Email, DateTime? WithdrawnAt)>(
            "SELECT name, email, withdrawn_at FROM people_bank WHERE id = @id", new { id });
        Assert.Equal((null, null), (row.Name, row.Email));
        Assert.NotNull(row.WithdrawnAt);
        Assert.Empty(await bank.ListAsync(withContacts: true, _ct));
    }

    [Fact]
    public async Task AddAsync_FeedbackContactTwice_KeepsTheFirstToken()
    {
        var item = (await ProjectTestData.AddItemsAsync(_db, 1))[0];
        var contacts = new FeedbackContactStore(_db.DataSource);

        var first = await contacts.AddAsync(item, "x@example.com", DateTimeOffset.UtcNow, _ct);
        var second = await contacts.AddAsync(item, "y@example.com", DateTimeOffset.UtcNow, _ct);

        Assert.Equal(first, second);
        Assert.Equal(("x@example.com", first), (await contacts.FindActiveAsync(item, _ct))!.Value);
    }

    [Fact]
    public async Task QueueAsync_SameStepTwice_QueuesOnce()
    {
        var item = (await ProjectTestData.AddItemsAsync(_db, 1))[0];
        var outbox = new NotificationOutboxStore(_db.DataSource);

        var id = await outbox.QueueAsync(item, JourneyStep.Linked, false, _ct);
        Assert.NotNull(id);
        Assert.Null(await outbox.QueueAsync(item, JourneyStep.Linked, false, _ct));
        Assert.NotNull(await outbox.QueueAsync(item, JourneyStep.Themed, true, _ct));

        Assert.Equal(new HashSet<JourneyStep> { JourneyStep.Linked, JourneyStep.Themed }, await outbox.QueuedStepsAsync(item, _ct));
        Assert.Equal(NotificationOutboxStore.Pending, (await outbox.FindAsync(id!.Value, _ct))!.Status);
    }
}
