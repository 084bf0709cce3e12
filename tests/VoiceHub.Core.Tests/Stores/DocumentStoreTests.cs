using System.Text;
using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Stores;

public sealed class DocumentStoreTests(PostgresCluster cluster)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task FailAbandonedAsync_StartedTooOftenAndStill_FailsItNamingTheFileAndTheRetryStartsTheCountAgain()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var abandoned = await SaveAsync(db, "october-survey.csv");
        var moving = await SaveAsync(db, "november-survey.csv");
        var fresh = await SaveAsync(db, "december-survey.csv");
        for (var run = 0; run < 3; run++) Assert.True(await db.Documents.TryStartAsync(abandoned, _ct));
        for (var run = 0; run < 3; run++) Assert.True(await db.Documents.TryStartAsync(moving, _ct));
        Assert.True(await db.Documents.TryStartAsync(fresh, _ct));
        await AgeAsync(db, abandoned, fresh); // "moving" was started just now, so it is not stuck

        Assert.Equal([abandoned], await db.Documents.FailAbandonedAsync(3, TimeSpan.FromMinutes(10), _ct));

        var failed = (await db.Documents.FindAsync(abandoned, _ct))!;
        Assert.Equal(DocumentStatus.Failed, failed.Status);
        Assert.StartsWith("october-survey.csv: VoiceHub started reading this file 3 times and could not finish.", failed.Error);
        Assert.Equal(DocumentStatus.Ingesting, (await db.Documents.FindAsync(moving, _ct))!.Status);
        Assert.Equal([fresh], await db.Documents.ListStuckAsync(TimeSpan.FromMinutes(10), _ct)); // one run: re-enqueued, not failed
        Assert.NotNull(await db.Documents.GetBytesAsync(abandoned, _ct)); // the upload is kept

        // Staff choose "Try reading it again": the count starts afresh, so the sweeper leaves it to run.
        Assert.True(await db.Documents.RequeueAsync(abandoned, "{}", _ct));
        Assert.True(await db.Documents.TryStartAsync(abandoned, _ct));
        await AgeAsync(db, abandoned);
        Assert.Empty(await db.Documents.FailAbandonedAsync(3, TimeSpan.FromMinutes(10), _ct));
        Assert.Contains(abandoned, await db.Documents.ListStuckAsync(TimeSpan.FromMinutes(10), _ct));
    }

    private async Task<long> SaveAsync(TestDatabase db, string name) =>
        (await db.Documents.SaveAsync("survey", name, "text/csv", Encoding.UTF8.GetBytes("Date,Comment\n" + name), "{}", null, _ct)).Id;

    private async Task AgeAsync(TestDatabase db, params long[] ids)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync(_ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE documents SET updated_at = now() - interval '1 hour' WHERE id = ANY(@ids)",
            new { ids }, cancellationToken: _ct));
    }
}
