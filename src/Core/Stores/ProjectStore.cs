using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Co-production projects and what is linked to them: single items, whole searches (kept as the request, resolved
/// live), and emerging issues (by opaque flag id). Every link records who made it and when. Linking or unlinking an
/// item, or renaming a project, touches the item rows so the index can carry the projects an item is linked to.
/// </summary>
public sealed class ProjectStore(NpgsqlDataSource db)
{
    private const string Select = """
        SELECT p.id, p.title, p.aims, p.status, p.type, p.rung, p.staff_chair, p.lived_chair, p.starts_on, p.ends_on,
               p.published, p.created_at, p.updated_at,
               ARRAY(SELECT pl.locality_id FROM project_localities pl WHERE pl.project_id = p.id ORDER BY pl.locality_id) AS locality_ids,
               ARRAY(SELECT pt.theme_id FROM project_themes pt WHERE pt.project_id = p.id ORDER BY pt.theme_id) AS theme_ids,
               ARRAY(SELECT l.name FROM project_localities pl JOIN localities l ON l.id = pl.locality_id
                     WHERE pl.project_id = p.id ORDER BY l.name) AS locality_names,
               ARRAY(SELECT t.name FROM project_themes pt JOIN themes t ON t.id = pt.theme_id
                     WHERE pt.project_id = p.id ORDER BY t.name) AS theme_names,
               (SELECT count(*)::int FROM project_items pi WHERE pi.project_id = p.id) AS item_count,
               (SELECT count(*)::int FROM actions a WHERE a.project_id = p.id AND a.status NOT IN ('draft', 'discarded')) AS action_count
        FROM projects p
        """;

    public async Task<long> CreateAsync(ProjectInput input, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO projects (title, aims, status, type, rung, staff_chair, lived_chair, starts_on, ends_on, published, created_by)
            VALUES (@Title, @Aims, @Status, @Type, @Rung, @StaffChair, @LivedChair, @StartsOn, @EndsOn, @Published, @userId)
            RETURNING id
            """, Params(input, userId), tx, cancellationToken: ct));
        await SetTagsAsync(conn, tx, id, input, ct);
        await tx.CommitAsync(ct);
        return id;
    }

    /// <returns>False when there is no such project.</returns>
    public async Task<bool> UpdateAsync(long id, ProjectInput input, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var oldTitle = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT title FROM projects WHERE id = @id FOR UPDATE", new { id }, tx, cancellationToken: ct));
        if (oldTitle is null) return false;
        var p = Params(input, null);
        p.Add("id", id);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE projects SET title = @Title, aims = @Aims, status = @Status, type = @Type, rung = @Rung,
                   staff_chair = @StaffChair, lived_chair = @LivedChair, starts_on = @StartsOn, ends_on = @EndsOn,
                   published = @Published, updated_at = now()
            WHERE id = @id
            """, p, tx, cancellationToken: ct));
        await SetTagsAsync(conn, tx, id, input, ct);
        if (oldTitle != input.Title) await ItemTouch.TouchAsync(conn, tx, await LinkedItemIdsAsync(conn, tx, id, ct), ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private static DynamicParameters Params(ProjectInput i, long? userId)
    {
        var p = new DynamicParameters(new
        {
            i.Title, i.Aims, i.Status, i.Type, i.Rung, i.StaffChair, i.LivedChair, i.Published, userId,
        });
        // DateOnly? goes through the DateOnly handler only when set; null is sent typed as a date.
        p.Add("StartsOn", i.StartsOn, System.Data.DbType.Date);
        p.Add("EndsOn", i.EndsOn, System.Data.DbType.Date);
        return p;
    }

    private static async Task SetTagsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, ProjectInput input, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition("""
            DELETE FROM project_localities WHERE project_id = @id;
            DELETE FROM project_themes WHERE project_id = @id;
            INSERT INTO project_localities (project_id, locality_id) SELECT @id, unnest(@localities) ON CONFLICT DO NOTHING;
            INSERT INTO project_themes (project_id, theme_id) SELECT @id, unnest(@themes) ON CONFLICT DO NOTHING;
            """, new { id, localities = input.LocalityIds.Distinct().ToArray(), themes = input.ThemeIds.Distinct().ToArray() }, tx, cancellationToken: ct));
    }

    private static async Task<IReadOnlyCollection<long>> LinkedItemIdsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long projectId, CancellationToken ct) =>
        (await conn.QueryAsync<long>(new CommandDefinition(
            "SELECT item_id FROM project_items WHERE project_id = @projectId", new { projectId }, tx, cancellationToken: ct))).AsList();

    public async Task<Project?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Project>(new CommandDefinition(
            Select + " WHERE p.id = @id", new { id }, cancellationToken: ct));
    }

    /// <param name="publishedOnly">True for public pages: only what staff chose to publish.</param>
    public async Task<IReadOnlyList<Project>> ListAsync(bool publishedOnly, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Project>(new CommandDefinition(
            Select + " WHERE (NOT @publishedOnly OR p.published) ORDER BY p.status = 'closed', p.title, p.id",
            new { publishedOnly }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Links items to a project; those already linked keep their first link.</summary>
    /// <returns>How many links were new.</returns>
    public async Task<int> LinkItemsAsync(long projectId, IReadOnlyCollection<long> itemIds, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var added = (await conn.QueryAsync<long>(new CommandDefinition("""
            INSERT INTO project_items (project_id, item_id, linked_by)
            SELECT @projectId, i.id, @userId FROM items i WHERE i.id = ANY(@itemIds)
            ON CONFLICT DO NOTHING
            RETURNING item_id
            """, new { projectId, itemIds = itemIds.ToArray(), userId }, tx, cancellationToken: ct))).AsList();
        await ItemTouch.TouchAsync(conn, tx, added, ct);
        await tx.CommitAsync(ct);
        return added.Count;
    }

    /// <returns>False when the item was not linked.</returns>
    public async Task<bool> UnlinkItemAsync(long projectId, long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var removed = await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM project_items WHERE project_id = @projectId AND item_id = @itemId", new { projectId, itemId }, tx, cancellationToken: ct));
        if (removed > 0) await ItemTouch.TouchAsync(conn, tx, [itemId], ct);
        await tx.CommitAsync(ct);
        return removed > 0;
    }

    public Task<IReadOnlyList<LinkedItem>> ListItemsAsync(long projectId, int limit, CancellationToken ct) =>
        OwnerLinks.Project.ItemsAsync(db, projectId, limit, ct);

    /// <summary>
    /// Counts of the project's linked items by month (occurred, else received) and by theme or locality: the
    /// "over time" view of the feedback behind a project. Staff page: counts are not suppressed.
    /// </summary>
    public async Task<IReadOnlyList<MonthlyCount>> CountsByMonthAsync(long projectId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<MonthlyCount>(new CommandDefinition("""
            WITH linked AS (
                SELECT i.id, i.locality_id,
                       date_trunc('month', coalesce(i.occurred_on::timestamp, (i.received_at AT TIME ZONE 'Europe/London')))::date AS month
                FROM project_items pi JOIN items i ON i.id = pi.item_id
                WHERE pi.project_id = @projectId)
            SELECT 'theme' AS kind, t.name, k.month, count(*)::int AS count
            FROM linked k JOIN item_themes it ON it.item_id = k.id JOIN themes t ON t.id = it.theme_id
            GROUP BY t.name, k.month
            UNION ALL
            SELECT 'locality', coalesce(l.name, 'Not known'), k.month, count(*)::int
            FROM linked k LEFT JOIN localities l ON l.id = k.locality_id
            GROUP BY coalesce(l.name, 'Not known'), k.month
            ORDER BY 1, 2, 3
            """, new { projectId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <param name="requestJson">The search request as JSON (Search's <c>SearchRequest</c>); never its results.</param>
    public async Task<long> LinkSearchAsync(long projectId, string label, string requestJson, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO project_searches (project_id, label, request, linked_by)
            VALUES (@projectId, @label, @requestJson::jsonb, @userId)
            RETURNING id
            """, new { projectId, label, requestJson, userId }, cancellationToken: ct));
    }

    public async Task<bool> UnlinkSearchAsync(long projectId, long searchId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM project_searches WHERE project_id = @projectId AND id = @searchId", new { projectId, searchId }, cancellationToken: ct)) > 0;
    }

    public async Task<IReadOnlyList<LinkedSearch>> ListSearchesAsync(long projectId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<LinkedSearch>(new CommandDefinition("""
            SELECT s.id, s.project_id, s.label, s.request::text AS request, u.display_name AS linked_by_name, s.linked_at
            FROM project_searches s LEFT JOIN users u ON u.id = s.linked_by
            WHERE s.project_id = @projectId ORDER BY s.linked_at, s.id
            """, new { projectId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Links an emerging issue by its flag id (opaque here). Linking twice keeps the first link.</summary>
    /// <returns>True when the link is new.</returns>
    public async Task<bool> LinkIssueAsync(long projectId, string flagId, long? userId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flagId);
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO project_issues (project_id, flag_id, linked_by) VALUES (@projectId, @flagId, @userId)
            ON CONFLICT DO NOTHING
            """, new { projectId, flagId = flagId.Trim(), userId }, cancellationToken: ct)) == 1;
    }

    public async Task<bool> UnlinkIssueAsync(long projectId, string flagId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM project_issues WHERE project_id = @projectId AND flag_id = @flagId", new { projectId, flagId }, cancellationToken: ct)) > 0;
    }

    public Task<IReadOnlyList<LinkedIssue>> ListIssuesAsync(long projectId, CancellationToken ct) =>
        OwnerLinks.Project.IssuesAsync(db, projectId, ct);

    /// <summary>The titles of the projects each item is linked to: for the index (see the report to the lead).</summary>
    public async Task<IReadOnlyDictionary<long, string[]>> ProjectTitlesForItemsAsync(IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long ItemId, string Title)>(new CommandDefinition("""
            SELECT pi.item_id, p.title FROM project_items pi JOIN projects p ON p.id = pi.project_id
            WHERE pi.item_id = ANY(@ids) ORDER BY p.title
            """, new { ids = itemIds.ToArray() }, cancellationToken: ct));
        return rows.GroupBy(r => r.ItemId).ToDictionary(g => g.Key, g => g.Select(r => r.Title).ToArray());
    }
}
