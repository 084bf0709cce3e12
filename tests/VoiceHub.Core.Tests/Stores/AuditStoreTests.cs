using Dapper;
using Npgsql;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Stores;

public sealed class AuditStoreTests(PostgresCluster cluster)
{
    [Fact]
    public async Task AuditLog_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        await db.Audit.AppendAsync(null, "tester", "sign-in", null, new { n = 1 }, "127.0.0.1", TestContext.Current.CancellationToken);
        await using var conn = await db.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);

        var update = await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync("UPDATE audit_log SET actor = 'someone else'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync("DELETE FROM audit_log"));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => conn.ExecuteAsync("TRUNCATE audit_log"));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
        Assert.Contains("append-only", truncate.MessageText);
        Assert.Equal("tester", await conn.ExecuteScalarAsync<string>("SELECT actor FROM audit_log"));
    }
}
