using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>For staff: the projects and actions one item is linked to, published or not, and the projects to link it to.</summary>
public sealed class ItemLinkStore(NpgsqlDataSource db)
{
    public sealed record LinkedProject(long Id, string Title, string Status, bool Published);

    public sealed record LinkedAction(long Id, string YouSaid, string Status, bool Published);

    public async Task<(IReadOnlyList<LinkedProject> Projects, IReadOnlyList<LinkedAction> Actions)> ForItemAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var projects = await conn.QueryAsync<LinkedProject>(new CommandDefinition("""
            SELECT p.id, p.title, p.status, p.published FROM project_items pi JOIN projects p ON p.id = pi.project_id
            WHERE pi.item_id = @itemId ORDER BY p.title
            """, new { itemId }, cancellationToken: ct));
        var actions = await conn.QueryAsync<LinkedAction>(new CommandDefinition("""
            SELECT a.id, a.you_said, a.status, a.published FROM action_items ai JOIN actions a ON a.id = ai.action_id
            WHERE ai.item_id = @itemId AND a.status <> 'discarded' ORDER BY a.id
            """, new { itemId }, cancellationToken: ct));
        return (projects.AsList(), actions.AsList());
    }

    /// <summary>Projects still running (not closed), to offer in a "Link to a project" list.</summary>
    public async Task<IReadOnlyList<(long Id, string Title)>> OpenProjectsAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long Id, string Title)>(new CommandDefinition(
            "SELECT id, title FROM projects WHERE status <> 'closed' ORDER BY title", cancellationToken: ct));
        return rows.AsList();
    }
}
