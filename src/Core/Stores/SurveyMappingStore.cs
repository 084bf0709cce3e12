using System.Text.Json;
using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>Survey column roles remembered by header signature, so later exports of the same survey need no questions.</summary>
public sealed class SurveyMappingStore(NpgsqlDataSource db)
{
    /// <returns>The role codes, one per column, or null when this header row has not been mapped before.</returns>
    public async Task<string[]?> FindAsync(string signature, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var json = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT roles::text FROM survey_mappings WHERE signature = @signature", new { signature }, cancellationToken: ct));
        return json is null ? null : JsonSerializer.Deserialize<string[]>(json);
    }

    /// <summary>
    /// Every remembered mapping, by signature: what a survey's parse needs, given to the parsing process that has no
    /// database. A council keeps a few dozen survey layouts, not thousands.
    /// </summary>
    public async Task<Dictionary<string, string[]>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Signature, string Roles)>(new CommandDefinition(
            "SELECT signature, roles::text FROM survey_mappings", cancellationToken: ct));
        return rows.ToDictionary(r => r.Signature, r => JsonSerializer.Deserialize<string[]>(r.Roles) ?? []);
    }

    public async Task SaveAsync(string signature, IReadOnlyList<string> headers, IReadOnlyList<string> roles, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO survey_mappings (signature, headers, roles, updated_by)
            VALUES (@signature, @headers::jsonb, @roles::jsonb, @userId)
            ON CONFLICT (signature) DO UPDATE SET roles = excluded.roles, updated_by = excluded.updated_by, updated_at = now()
            """, new { signature, headers = JsonSerializer.Serialize(headers), roles = JsonSerializer.Serialize(roles), userId },
            cancellationToken: ct));
    }
}
