using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// New topics per week (<c>new_topics</c>), the items new-topic detection reads, and staff's triage of a topic: turn it
/// into a theme (its items become the theme's first staff-labelled examples) or dismiss it. Triage and its audit entry
/// are written in one transaction; the audit holds ids and counts, never feedback text.
/// </summary>
public sealed class NewTopicStore(NpgsqlDataSource db)
{
    private const string Columns = """
        t.id, t.week, t.week_start, t.label, t.count, t.expected, t.localities::text AS localities, t.item_ids, t.quote_ids,
        t.status, t.dismiss_reason, t.theme_id, th.name AS theme_name
        """;

    /// <summary>
    /// Items said from <paramref name="from"/> up to <paramref name="before"/> that <paramref name="model"/> has embedded,
    /// with their redacted text and themes. Items not embedded yet are left out (the digest says how many are pending).
    /// </summary>
    public async Task<IReadOnlyList<TopicItem>> ItemsAsync(DateOnly from, DateOnly before, string model, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<TopicItem>(new CommandDefinition($"""
            SELECT i.id, i.document_id, i.channel, i.reference, l.name AS locality_name, i.occurred_on,
                   date_trunc('week', {WeeklyCountStore.SaidOn})::date AS week_start, i.redacted_text, e.vector,
                   coalesce((SELECT array_agg(it.theme_id) FROM item_themes it WHERE it.item_id = i.id), ARRAY[]::integer[]) AS theme_ids
            FROM items i
            JOIN item_embeddings e ON e.item_id = i.id AND e.model = @model
            LEFT JOIN localities l ON l.id = i.locality_id
            WHERE {WeeklyCountStore.SaidOn} >= @from AND {WeeklyCountStore.SaidOn} < @before
            ORDER BY i.id
            """, new { from, before, model }, commandTimeout: 600, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Stores the week's topics as found now: untriaged topics of the week no longer found are removed, the rest are
    /// inserted or refreshed; a topic staff have triaged keeps its triage and its figures as they were.
    /// </summary>
    public async Task ReplaceWeekAsync(string week, DateOnly weekStart, IReadOnlyList<StoredNewTopic> topics, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM new_topics WHERE week = @week AND status = 'new' AND NOT (id = ANY(@ids))",
            new { week, ids = topics.Select(t => t.Id).ToArray() }, tx, cancellationToken: ct));
        foreach (var t in topics)
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO new_topics (id, week, week_start, label, count, expected, localities, item_ids, quote_ids)
                VALUES (@Id, @week, @weekStart, @Label, @Count, @Expected, @Localities::jsonb, @ItemIds, @QuoteIds)
                ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, count = EXCLUDED.count, expected = EXCLUDED.expected,
                    localities = EXCLUDED.localities, item_ids = EXCLUDED.item_ids, quote_ids = EXCLUDED.quote_ids, detected_at = now()
                WHERE new_topics.status = 'new'
                """, new { t.Id, week, weekStart, t.Label, t.Count, t.Expected, t.Localities, t.ItemIds, t.QuoteIds }, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<StoredNewTopic>> ListAsync(string? week, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<StoredNewTopic>(new CommandDefinition($"""
            SELECT {Columns} FROM new_topics t LEFT JOIN themes th ON th.id = t.theme_id
            WHERE @week::text IS NULL OR t.week = @week
            ORDER BY t.week_start DESC, t.count DESC, t.id LIMIT @limit
            """, new { week, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<StoredNewTopic?> FindAsync(string id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<StoredNewTopic>(new CommandDefinition(
            $"SELECT {Columns} FROM new_topics t LEFT JOIN themes th ON th.id = t.theme_id WHERE t.id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>Dismisses a topic with staff's reason. False when there is no such topic or it was already triaged.</summary>
    public async Task<bool> DismissAsync(string id, string reason, long? userId, string actor, string? ip, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var done = await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE new_topics SET status = 'dismissed', dismiss_reason = @reason, status_by = @userId, status_at = now()
            WHERE id = @id AND status = 'new'
            """, new { id, reason, userId }, tx, cancellationToken: ct)) == 1;
        if (!done) return false;
        await AuditAsync(conn, tx, userId, actor, "new-topic-dismissed", id, new { }, ip, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Turns a topic into a theme: a new active theme, the topic's items labelled with it by staff (its first examples
    /// for the next model), and the topic marked as done.
    /// </summary>
    /// <returns>The new theme's id; <see cref="TurnResult.NameTaken"/> when a theme has that name already;
    /// <see cref="TurnResult.NotFound"/> when there is no such untriaged topic.</returns>
    public async Task<(TurnResult Result, int? ThemeId)> TurnIntoThemeAsync(string id, string name, string category, string description,
        long? userId, string actor, string? ip, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var itemIds = await conn.QuerySingleOrDefaultAsync<long[]>(new CommandDefinition(
            "SELECT item_ids FROM new_topics WHERE id = @id AND status = 'new' FOR UPDATE", new { id }, tx, cancellationToken: ct));
        if (itemIds is null) return (TurnResult.NotFound, null);
        var themeId = await conn.QuerySingleOrDefaultAsync<int?>(new CommandDefinition("""
            INSERT INTO themes (name, category, description) VALUES (@name, @category, @description)
            ON CONFLICT (name) DO NOTHING RETURNING id
            """, new { name, category, description }, tx, cancellationToken: ct));
        if (themeId is null) return (TurnResult.NameTaken, null);
        var examples = await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_themes (item_id, theme_id, score, source, created_by)
            SELECT i.id, @themeId, 1, 'staff', @userId FROM items i WHERE i.id = ANY(@itemIds)
            ON CONFLICT (item_id, theme_id) DO NOTHING
            """, new { themeId, userId, itemIds }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE new_topics SET status = 'theme', theme_id = @themeId, status_by = @userId, status_at = now() WHERE id = @id
            """, new { id, themeId, userId }, tx, cancellationToken: ct));
        await AuditAsync(conn, tx, userId, actor, "new-topic-theme", id, new { themeId, examples }, ip, ct);
        await tx.CommitAsync(ct);
        return (TurnResult.Done, themeId);
    }

    private static Task AuditAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long? userId, string actor, string action, string id,
        object details, string? ip, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO audit_log (user_id, actor, action, target, details, ip)
            VALUES (@userId, @actor, @action, @target, @details::jsonb, @ip)
            """, new { userId, actor, action, target = $"new-topic:{id}", details = JsonSerializer.Serialize(details), ip }, tx, cancellationToken: ct));

    public enum TurnResult { Done, NotFound, NameTaken }
}
