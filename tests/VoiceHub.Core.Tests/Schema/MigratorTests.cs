using Dapper;
using VoiceHub.Core.Schema;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Schema;

public sealed class MigratorTests(PostgresCluster cluster)
{
    [Fact]
    public async Task MigrateAsync_TwoNodesAtOnceThenAgain_AppliesEachScriptOnce()
    {
        var connectionString = await cluster.Server.EnsureDatabaseAsync("migrate_" + Guid.NewGuid().ToString("N")[..8], null, TestContext.Current.CancellationToken);
        await using var db = VoiceHubDatabase.Build(connectionString);

        var both = await Task.WhenAll(
            Migrator.MigrateAsync(db, null, TestContext.Current.CancellationToken),
            Migrator.MigrateAsync(db, null, TestContext.Current.CancellationToken));
        var again = await Migrator.MigrateAsync(db, null, TestContext.Current.CancellationToken);

        Assert.Equal(Migrator.Scripts, both.SelectMany(x => x).Order(StringComparer.Ordinal));
        Assert.Empty(again);
        await using var conn = await db.OpenConnectionAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Migrator.Scripts.Count, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_versions"));
    }

    [Fact]
    public void Scripts_AreNumberedWithoutGapsOrRepeats()
    {
        var numbers = Migrator.Scripts.Select(s => int.Parse(s[..4])).ToList();
        Assert.Equal(numbers.Distinct().Count(), numbers.Count);
        Assert.All(Migrator.Scripts, s => Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", s));
    }
}
