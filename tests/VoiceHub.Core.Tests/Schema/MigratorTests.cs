using Dapper;
using VoiceHub.Core.Schema;
using VoiceHub.TestCommon;
using System.Globalization;

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
    public async Task MigrateAsync_AnAppliedScriptEdited_StopsTheStartNamingIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await cluster.Server.EnsureDatabaseAsync("checksum_" + Guid.NewGuid().ToString("N")[..8], null, ct);
        await using var db = VoiceHubDatabase.Build(connectionString);
        await Migrator.MigrateAsync(db, null, ct);
        await using var conn = await db.OpenConnectionAsync(ct);
        var script = Migrator.Scripts[3];
        Assert.Equal(Migrator.Checksum(Migrator.Read(script)),
            await conn.ExecuteScalarAsync<string>("SELECT checksum FROM schema_versions WHERE name = @script", new { script }));

        // As if the script in the build had been edited after this database applied it.
        await conn.ExecuteAsync("UPDATE schema_versions SET checksum = 'edited' WHERE name = @script", new { script });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Migrator.MigrateAsync(db, null, ct));

        Assert.Contains(script, error.Message);
        Assert.Contains("new numbered script", error.Message);
    }

    [Fact]
    public async Task MigrateAsync_ScriptsAppliedBeforeChecksums_TakeTheirChecksumOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await cluster.Server.EnsureDatabaseAsync("oldsums_" + Guid.NewGuid().ToString("N")[..8], null, ct);
        await using var db = VoiceHubDatabase.Build(connectionString);
        await Migrator.MigrateAsync(db, null, ct);
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync("UPDATE schema_versions SET checksum = NULL");

        var applied = await Migrator.MigrateAsync(db, null, ct);

        Assert.Empty(applied);
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_versions WHERE checksum IS NULL"));
    }

    [Fact]
    public void Scripts_AreNumberedWithoutGapsOrRepeats()
    {
        var numbers = Migrator.Scripts.Select(s => int.Parse(s[..4], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(numbers.Distinct().Count(), numbers.Count);
        Assert.All(Migrator.Scripts, s => Assert.Matches(@"^\d{4}_[a-z0-9_]+\.sql$", s));
    }
}
