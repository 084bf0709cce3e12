using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.LocalPostgres;
using VoiceHub.Core.Schema;
using VoiceHub.Core.Stores;

namespace VoiceHub.TestCommon;

/// <summary>
/// One throwaway PostgreSQL per test assembly (an xunit assembly fixture), from Core's own launcher: a temporary
/// folder, a free port, no fsync, removed afterwards. Each test class takes a fresh database cloned from a migrated
/// template, so tests never see each other's rows.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string Template = "voicehub_template";
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private LocalPostgres? _server;
    private int _next;

    public LocalPostgres Server => _server ?? throw new InvalidOperationException("The cluster has not started.");

    public async ValueTask InitializeAsync()
    {
        DapperSetup.Apply();
        var dir = Path.Combine(Path.GetTempPath(), $"voicehub-test-{Guid.NewGuid():N}");
        _server = await LocalPostgres.StartAsync(new LocalPostgresOptions { DataDirectory = dir, Throwaway = true }, null, CancellationToken.None);
        var templateConnection = await _server.EnsureDatabaseAsync(Template, null, CancellationToken.None);
        await using (var db = VoiceHubDatabase.Build(templateConnection))
        {
            await Migrator.MigrateAsync(db, null, CancellationToken.None);
        }
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new, migrated, empty database. Returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null)
    {
        await _createLock.WaitAsync();
        try
        {
            var name = $"{prefix ?? "t"}_{Interlocked.Increment(ref _next)}_{Guid.NewGuid():N}".ToLowerInvariant();
            if (name.Length > 60) name = name[..60];
            return await Server.EnsureDatabaseAsync(name, Template, CancellationToken.None);
        }
        finally
        {
            _createLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is not null) await _server.StopAsync();
    }
}
