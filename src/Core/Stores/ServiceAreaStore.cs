using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Adult social care service areas and their lexicon.</summary>
public sealed class ServiceAreaStore(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<ServiceArea>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ServiceArea>(new CommandDefinition(
            "SELECT id, name, description, keywords FROM service_areas WHERE active ORDER BY name", cancellationToken: ct));
        return rows.AsList();
    }

    public async Task UpsertAsync(string name, string description, string[] keywords, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO service_areas (name, description, keywords) VALUES (@name, @description, @keywords)
            ON CONFLICT (name) DO UPDATE SET description = excluded.description, keywords = excluded.keywords, active = true
            """, new { name, description, keywords }, cancellationToken: ct));
    }
}
