using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>The items linked to a project or an action, newest link first: both link tables have the same shape.</summary>
internal static class LinkedItemQuery
{
    public static Task<IReadOnlyList<LinkedItem>> ForProjectAsync(NpgsqlDataSource db, long projectId, int limit, CancellationToken ct) =>
        ListAsync(db, "project_items", "project_id", projectId, limit, ct);

    public static Task<IReadOnlyList<LinkedItem>> ForActionAsync(NpgsqlDataSource db, long actionId, int limit, CancellationToken ct) =>
        ListAsync(db, "action_items", "action_id", actionId, limit, ct);

    // The table and column names come only from the two methods above, never from input.
    private static async Task<IReadOnlyList<LinkedItem>> ListAsync(NpgsqlDataSource db, string linkTable, string ownerColumn, long ownerId,
        int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<LinkedItem>(new CommandDefinition($"""
            SELECT i.id, i.reference, i.redacted_text, i.channel, l.name AS locality_name, i.occurred_on,
                   u.display_name AS linked_by_name, link.linked_at
            FROM {linkTable} link
            JOIN items i ON i.id = link.item_id
            LEFT JOIN localities l ON l.id = i.locality_id
            LEFT JOIN users u ON u.id = link.linked_by
            WHERE link.{ownerColumn} = @ownerId
            ORDER BY link.linked_at DESC, i.id
            LIMIT @limit
            """, new { ownerId, limit }, cancellationToken: ct));
        return rows.AsList();
    }
}
