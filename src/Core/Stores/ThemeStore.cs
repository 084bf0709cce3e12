using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

public sealed class ThemeStore(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<Theme>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Theme>(new CommandDefinition(
            "SELECT id, name, category, description FROM themes WHERE active ORDER BY category, name", cancellationToken: ct));
        return rows.AsList();
    }

    public async Task UpsertAsync(string name, string category, string description, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO themes (name, category, description) VALUES (@name, @category, @description)
            ON CONFLICT (name) DO UPDATE SET category = excluded.category, description = excluded.description, active = true
            """, new { name, category, description }, cancellationToken: ct));
    }
}
