using Npgsql;

namespace VoiceHub.Core.Locks;

/// <summary>
/// A PostgreSQL session advisory lock held on a connection of its own, so work runs once across every node and every
/// <c>voicehub</c> command sharing the database. PostgreSQL drops the lock when the holder's connection ends, so a
/// crashed node never leaves it taken (unlike a lock row that has to time out).
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    /// <summary>Training (and so activating) a theme model. Keys in use: 7243000 migrations, 7243001 items writers, 7243300 model activation.</summary>
    public const long ThemeModelTraining = 7243700;

    private readonly NpgsqlConnection _conn;
    private readonly long _key;

    private AdvisoryLock(NpgsqlConnection conn, long key)
    {
        _conn = conn;
        _key = key;
    }

    /// <summary>Waits for the lock (cancellable), then holds it until disposed.</summary>
    public static async Task<AdvisoryLock> AcquireAsync(NpgsqlDataSource db, long key, CancellationToken ct)
    {
        var conn = await db.OpenConnectionAsync(ct);
        try
        {
            // Waiting for the holder can take as long as its work (a training: minutes), so no command timeout:
            // the caller's token is what stops the wait.
            await using var cmd = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", conn) { CommandTimeout = 0 };
            cmd.Parameters.AddWithValue("key", key);
            await cmd.ExecuteNonQueryAsync(ct);
            return new AdvisoryLock(conn, key);
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes the lock if it is free; null when another session holds it.</summary>
    public static async Task<AdvisoryLock?> TryAcquireAsync(NpgsqlDataSource db, long key, CancellationToken ct)
    {
        var conn = await db.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", conn);
            cmd.Parameters.AddWithValue("key", key);
            if (await cmd.ExecuteScalarAsync(ct) is true) return new AdvisoryLock(conn, key);
            await conn.DisposeAsync();
            return null;
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Unlocked explicitly: the connection goes back to the pool, where a session lock would otherwise outlive us.
            await using var cmd = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _conn);
            cmd.Parameters.AddWithValue("key", _key);
            await cmd.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection broke: PostgreSQL released the lock with the session. Make sure it is not pooled.
            NpgsqlConnection.ClearPool(_conn);
        }
        await _conn.DisposeAsync();
    }
}
