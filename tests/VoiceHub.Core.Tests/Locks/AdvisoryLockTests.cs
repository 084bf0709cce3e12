using Dapper;
using Npgsql;
using VoiceHub.Core.Locks;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Locks;

/// <summary>The run-once lock: one holder at a time, others wait their turn, and a dead holder frees it at once.</summary>
public sealed class AdvisoryLockTests(PostgresCluster cluster)
{
    private const long Key = 424242;

    [Fact]
    public async Task TryAcquireAsync_WhileHeld_IsRefusedAndWaitersGetItOnRelease()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);

        var first = await AdvisoryLock.TryAcquireAsync(db.DataSource, Key, ct);
        Assert.NotNull(first);
        Assert.Null(await AdvisoryLock.TryAcquireAsync(db.DataSource, Key, ct));

        var waiter = AdvisoryLock.AcquireAsync(db.DataSource, Key, ct);
        await Task.Delay(300, ct);
        Assert.False(waiter.IsCompleted);

        await first.DisposeAsync();
        await using var second = await waiter.WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.Null(await AdvisoryLock.TryAcquireAsync(db.DataSource, Key, ct));
    }

    [Fact]
    public async Task AcquireAsync_HolderSessionDies_LockIsFreeAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        var holder = await AdvisoryLock.AcquireAsync(db.DataSource, Key, ct);

        // A node crashing: its session ends without unlocking.
        await using (var conn = await db.DataSource.OpenConnectionAsync(ct))
        {
            await conn.ExecuteAsync("""
                SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND objid = @key AND granted AND pid <> pg_backend_pid()
                """, new { key = (int)Key });
        }

        await using var next = await AdvisoryLock.AcquireAsync(db.DataSource, Key, ct).WaitAsync(TimeSpan.FromSeconds(10), ct);
        await holder.DisposeAsync(); // its connection is gone: disposing must not throw
    }
}
