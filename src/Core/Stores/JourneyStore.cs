using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// The journey of one item (received → themed → linked → we will → we did) from item_themes, project and action
/// links, and published actions. The "Track your feedback" page and the notification sweep both read it here, so the
/// emails say exactly what the page shows.
/// </summary>
public sealed class JourneyStore(NpgsqlDataSource db)
{
    /// <returns>Null when there is no such item.</returns>
    public async Task<Journey?> FindAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var receivedAt = await conn.ExecuteScalarAsync<DateTime?>(new CommandDefinition(
            "SELECT received_at FROM items WHERE id = @itemId", new { itemId }, cancellationToken: ct));
        if (receivedAt is null) return null;

        // The resident sees public names only: an internal or retired theme (or "Not assigned") still dates the step.
        var themes = (await conn.QueryAsync<(string? Name, DateTime CreatedAt)>(new CommandDefinition("""
            SELECT CASE WHEN t.active AND t.public AND btrim(t.public_name) <> '' THEN btrim(t.public_name) END AS name, it.created_at
            FROM item_themes it JOIN themes t ON t.id = it.theme_id
            WHERE it.item_id = @itemId ORDER BY 1
            """, new { itemId }, cancellationToken: ct))).AsList();

        var projects = (await conn.QueryAsync<(string Title, string Status, bool Published, DateTime LinkedAt)>(new CommandDefinition("""
            SELECT p.title, p.status, p.published, pi.linked_at FROM project_items pi JOIN projects p ON p.id = pi.project_id
            WHERE pi.item_id = @itemId ORDER BY p.title
            """, new { itemId }, cancellationToken: ct))).AsList();

        // Actions linked directly, and the actions of the projects the item is linked to; drafts are nobody's promise yet.
        var actionLinks = (await conn.QueryAsync<(long ActionId, DateTime LinkedAt, bool Direct)>(new CommandDefinition("""
            SELECT a.id, min(l.linked_at), bool_or(l.direct)
            FROM (SELECT ai.action_id, ai.linked_at, true AS direct FROM action_items ai WHERE ai.item_id = @itemId
                  UNION ALL
                  SELECT a2.id, pi.linked_at, false FROM project_items pi JOIN actions a2 ON a2.project_id = pi.project_id
                  WHERE pi.item_id = @itemId) l
            JOIN actions a ON a.id = l.action_id
            WHERE a.status NOT IN ('draft', 'discarded')
            GROUP BY a.id
            """, new { itemId }, cancellationToken: ct))).AsList();
        var direct = actionLinks.Where(l => l.Direct).ToDictionary(l => l.ActionId, l => l.LinkedAt);

        var ids = actionLinks.Select(l => l.ActionId).ToArray();
        var actions = (await conn.QueryAsync<FeedbackAction>(new CommandDefinition("""
            SELECT a.id, a.project_id, a.status, a.you_said, a.we_will, a.owner, a.due_on, a.we_did, a.done_on, a.evidence_url,
                   a.not_doing_reason, a.published, a.published_at, a.created_at, a.updated_at
            FROM actions a WHERE a.id = ANY(@ids) ORDER BY a.id
            """, new { ids }, cancellationToken: ct))).AsList();
        var published = actions.Where(a => a.Published).ToList();

        var linkTimes = projects.Select(p => p.LinkedAt).Concat(direct.Values).ToList();
        return new Journey
        {
            ReceivedAt = Utc(receivedAt.Value),
            ThemedAt = themes.Count == 0 ? null : Utc(themes.Min(t => t.CreatedAt)),
            Themes = themes.Select(t => t.Name).OfType<string>().Distinct().ToList(),
            LinkedAt = linkTimes.Count == 0 ? null : Utc(linkTimes.Min()),
            Projects = projects.Where(p => p.Published).Select(p => (p.Title, p.Status)).ToList(),
            UnpublishedLinks = projects.Count(p => !p.Published) + actions.Count(a => !a.Published && direct.ContainsKey(a.Id)),
            Actions = published,
            WeWillAt = published.Where(a => a.PublishedAt is not null).Select(a => a.PublishedAt).Min(),
            WeDidOn = published.Where(a => a.Status is ActionStatus.Done or ActionStatus.NotDoing)
                .Select(a => a.DoneOn ?? DateOnly.FromDateTime(a.UpdatedAt.UtcDateTime)).Cast<DateOnly?>().Min(),
        };
    }

    /// <summary>Items whose giver asked to be emailed and has not had every step yet: for the notification sweep.</summary>
    /// <param name="after">Paging cursor: the last item id of the previous page (0 to start).</param>
    public async Task<IReadOnlyList<long>> ContactedItemsInProgressAsync(long after, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<long>(new CommandDefinition("""
            SELECT c.item_id FROM feedback_contacts c
            WHERE c.withdrawn_at IS NULL AND c.item_id > @after
              AND NOT EXISTS (SELECT 1 FROM notification_outbox o WHERE o.item_id = c.item_id AND o.step = 'we-did')
            ORDER BY c.item_id LIMIT @limit
            """, new { after, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
