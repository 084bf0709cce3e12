using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>API keys, stored as SHA-256 hashes only.</summary>
public sealed class ApiKeyStore(NpgsqlDataSource db)
{
    private const string Columns = "id, name, prefix, created_by, created_at, revoked_at, last_used_at";

    public async Task<long> CreateAsync(string name, string prefix, byte[] keyHash, long? createdBy, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO api_keys (name, prefix, key_hash, created_by) VALUES (@name, @prefix, @keyHash, @createdBy) RETURNING id
            """, new { name, prefix, keyHash, createdBy }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ApiKey>(new CommandDefinition(
            $"SELECT {Columns} FROM api_keys ORDER BY revoked_at IS NOT NULL, created_at DESC", cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>The key with this hash unless it was revoked; notes when it was last used.</summary>
    public async Task<ApiKey?> UseAsync(byte[] keyHash, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<ApiKey>(new CommandDefinition($"""
            UPDATE api_keys SET last_used_at = now() WHERE key_hash = @keyHash AND revoked_at IS NULL
            RETURNING {Columns}
            """, new { keyHash }, cancellationToken: ct));
    }

    /// <returns>False when there is no such key or it was already revoked.</returns>
    public async Task<bool> RevokeAsync(long id, long? revokedBy, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE api_keys SET revoked_at = now(), revoked_by = @revokedBy WHERE id = @id AND revoked_at IS NULL
            """, new { id, revokedBy }, cancellationToken: ct)) == 1;
    }
}
