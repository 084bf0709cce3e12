using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

public sealed class LocalityStore(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<Locality>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Locality>(new CommandDefinition(
            "SELECT id, name, population FROM localities ORDER BY name", cancellationToken: ct));
        return rows.AsList();
    }

    public async Task UpsertAsync(string name, int? population, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO localities (name, population) VALUES (@name, @population)
            ON CONFLICT (name) DO UPDATE SET population = excluded.population
            """, new { name, population }, cancellationToken: ct));
    }
}
