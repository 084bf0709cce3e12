using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Saved searches: each belongs to one member of staff and is named uniquely (ignoring case) for them.</summary>
public sealed class SavedSearchStore(NpgsqlDataSource db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns = "id, user_id, name, query, filters::text AS filters, created_at";

    /// <returns>The new saved search's id, or null when this user already has one with that name.</returns>
    public async Task<long?> CreateAsync(long userId, string name, string query, SearchFilters filters, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO saved_searches (user_id, name, query, filters)
            VALUES (@userId, @name, @query, @filters::jsonb)
            ON CONFLICT DO NOTHING
            RETURNING id
            """, new { userId, name = name.Trim(), query, filters = JsonSerializer.Serialize(filters, Json) }, cancellationToken: ct));
    }

    public async Task<SavedSearch?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM saved_searches WHERE id = @id", new { id }, cancellationToken: ct));
        return row?.ToModel();
    }

    public async Task<IReadOnlyList<SavedSearch>> ListForUserAsync(long userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM saved_searches WHERE user_id = @userId ORDER BY lower(name)", new { userId }, cancellationToken: ct));
        return rows.Select(r => r.ToModel()).ToList();
    }

    /// <summary>Every saved search of every active user: what the weekly digest counts.</summary>
    public async Task<IReadOnlyList<SavedSearch>> ListAllAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Row>(new CommandDefinition($"""
            SELECT {Columns} FROM saved_searches s
            WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id AND NOT u.disabled)
            ORDER BY user_id, lower(name)
            """, cancellationToken: ct));
        return rows.Select(r => r.ToModel()).ToList();
    }

    /// <returns>False when there is no such saved search of this user.</returns>
    public async Task<bool> DeleteAsync(long id, long userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM saved_searches WHERE id = @id AND user_id = @userId", new { id, userId }, cancellationToken: ct)) == 1;
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public long UserId { get; init; }
        public string Name { get; init; } = "";
        public string Query { get; init; } = "";
        public string Filters { get; init; } = "{}";
        public DateTimeOffset CreatedAt { get; init; }

        public SavedSearch ToModel() => new()
        {
            Id = Id,
            UserId = UserId,
            Name = Name,
            Query = Query,
            Filters = JsonSerializer.Deserialize<SearchFilters>(Filters, Json) ?? new SearchFilters(),
            CreatedAt = CreatedAt,
        };
    }
}
