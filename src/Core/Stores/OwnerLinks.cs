using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// What is linked to a project or an action, newest item link first: feedback items and emerging issues. The two
/// owners' link tables have the same shape, so one query serves both.
/// </summary>
internal sealed class OwnerLinks
{
    public static readonly OwnerLinks Project = new("project_items", "project_issues", "project_id");
    public static readonly OwnerLinks Action = new("action_items", "action_issues", "action_id");

    // Table and column names come only from the two instances above, never from input.
    private readonly string _items;
    private readonly string _issues;
    private readonly string _owner;

    private OwnerLinks(string items, string issues, string owner) => (_items, _issues, _owner) = (items, issues, owner);

    public async Task<IReadOnlyList<LinkedItem>> ItemsAsync(NpgsqlDataSource db, long ownerId, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<LinkedItem>(new CommandDefinition($"""
            SELECT i.id, i.reference, i.redacted_text, i.channel, l.name AS locality_name, i.occurred_on,
                   u.display_name AS linked_by_name, link.linked_at
            FROM {_items} link
            JOIN items i ON i.id = link.item_id
            LEFT JOIN localities l ON l.id = i.locality_id
            LEFT JOIN users u ON u.id = link.linked_by
            WHERE link.{_owner} = @ownerId
            ORDER BY link.linked_at DESC, i.id
            LIMIT @limit
            """, new { ownerId, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<LinkedIssue>> IssuesAsync(NpgsqlDataSource db, long ownerId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<LinkedIssue>(new CommandDefinition($"""
            SELECT link.flag_id, f.sentence, u.display_name AS linked_by_name, link.linked_at
            FROM {_issues} link LEFT JOIN users u ON u.id = link.linked_by LEFT JOIN emerging_flags f ON f.id = link.flag_id
            WHERE link.{_owner} = @ownerId ORDER BY link.linked_at
            """, new { ownerId }, cancellationToken: ct));
        return rows.AsList();
    }
}
