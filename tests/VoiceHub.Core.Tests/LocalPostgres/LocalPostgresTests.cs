using Dapper;
using Npgsql;
using VoiceHub.Core.LocalPostgres;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.LocalPostgres;

[Trait("Category", "Slow")] // initdb and a server start for each test
public sealed class LocalPostgresTests(PostgresCluster cluster)
{
    [Fact]
    public void Find_OnThisMachine_ReturnsAFolderWithTheServerPrograms()
    {
        var bin = PostgresBinaries.Find();
        Assert.True(File.Exists(Path.Combine(bin, "initdb")));
        Assert.True(File.Exists(Path.Combine(bin, "pg_ctl")));
    }

    [Fact]
    public async Task StartAsync_SecondProcessWhileRunning_ReusesWithoutOwningAndDataSurvivesRestart()
    {
        var dir = TestPaths.TempDirectory("voicehub-lp");
        var options = new LocalPostgresOptions { DataDirectory = dir };
        try
        {
            var first = await Core.LocalPostgres.LocalPostgres.StartAsync(options, null, TestContext.Current.CancellationToken);
            Assert.True(first.Owned);
            await using (var conn = new NpgsqlConnection(first.ConnectionString))
            {
                await conn.ExecuteAsync("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
            }

            // A second launcher (the CLI while the app runs) finds the running cluster and does not own it.
            var second = await Core.LocalPostgres.LocalPostgres.StartAsync(options, null, TestContext.Current.CancellationToken);
            Assert.False(second.Owned);
            Assert.Equal(first.Port, second.Port);
            await second.StopAsync(); // not the owner: must not stop it
            await using (var conn = new NpgsqlConnection(first.ConnectionString))
            {
                Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT 1"));
            }

            await first.StopAsync();
            NpgsqlConnection.ClearAllPools();
            var again = await Core.LocalPostgres.LocalPostgres.StartAsync(options, null, TestContext.Current.CancellationToken);
            try
            {
                Assert.True(again.Owned);
                await using var conn = new NpgsqlConnection(again.ConnectionString);
                Assert.Equal("still here", await conn.ExecuteScalarAsync<string>("SELECT v FROM kept"));
            }
            finally
            {
                await again.StopAsync();
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_DataDirectoryClosedToOthers_StillStarts()
    {
        var dir = TestPaths.TempDirectory("voicehub-closed");
        var data = Path.Combine(dir, "data");
        Directory.CreateDirectory(data);
        File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); // like /root
        try
        {
            await using var server = await Core.LocalPostgres.LocalPostgres.StartAsync(
                new LocalPostgresOptions { DataDirectory = data, Throwaway = true }, null, TestContext.Current.CancellationToken);
            await using var conn = new NpgsqlConnection(server.ConnectionString);
            Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT 1"));
            // As root the cluster moves where the postgres user can reach it; as anyone else it stays inside.
            Assert.Equal(!Environment.IsPrivilegedProcess, server.PgData.StartsWith(data, StringComparison.Ordinal));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_PasswordIsRequired_TrustIsNotConfigured()
    {
        var builder = new NpgsqlConnectionStringBuilder(cluster.Server.ConnectionString) { Password = "wrong" };
        await using var conn = new NpgsqlConnection(builder.ConnectionString);
        var e = await Assert.ThrowsAsync<PostgresException>(() => conn.OpenAsync(TestContext.Current.CancellationToken));
        Assert.Equal(PostgresErrorCodes.InvalidPassword, e.SqlState);
    }
}
