using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Actions;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// "You said, we will, we did" actions. Every change is kept in <c>action_history</c> (who, when, each field before
/// and after) in the same transaction as the change. Linking items touches the item rows for the index.
/// </summary>
public sealed class ActionStore(NpgsqlDataSource db)
{
    private const string Select = """
        SELECT a.id, a.project_id, p.title AS project_title, coalesce(p.published, false) AS project_published, a.status, a.you_said, a.we_will, a.owner, a.due_on, a.we_did,
               a.done_on, a.evidence_url, a.not_doing_reason, a.published, a.published_at, a.source_document_id,
               a.created_at, a.updated_at, a.redactions::text AS redactions,
               (SELECT count(*)::int FROM action_items ai WHERE ai.action_id = a.id) AS item_count,
               (SELECT count(*)::int FROM action_comments c WHERE c.action_id = a.id AND c.answer IS NULL) AS open_comments
        FROM actions a LEFT JOIN projects p ON p.id = a.project_id
        """;

    public async Task<long> CreateAsync(ActionInput input, long? userId, string actor, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var p = Params(input);
        p.Add("userId", userId);
        var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO actions (project_id, status, you_said, we_will, owner, due_on, we_did, done_on, evidence_url,
                                 not_doing_reason, published, published_at, created_by)
            VALUES (@ProjectId, @Status, @YouSaid, @WeWill, @Owner, @DueOn, @WeDid, @DoneOn, @EvidenceUrl,
                    @NotDoingReason, @Published, CASE WHEN @Published THEN now() END, @userId)
            RETURNING id
            """, p, tx, cancellationToken: ct));
        await AddHistoryAsync(conn, tx, id, userId, actor, "created", Diff(null, input), ct);
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>
    /// Creates a draft awaiting review, e.g. from a Listening Space's "You said, we will" notes. Idempotent: the same
    /// (document, you said, we will) again returns the first draft's id and changes nothing.
    /// </summary>
    public async Task<long> CreateDraftAsync(string youSaid, string weWill, IReadOnlyCollection<long> itemIds, long? sourceDocumentId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var (id, _) = await CreateDraftAsync(conn, tx, new DraftLines(youSaid, weWill), itemIds, sourceDocumentId, ct);
        await tx.CommitAsync(ct);
        return id;
    }

    /// <summary>
    /// The same, inside the caller's transaction (the ingest of Listening Space notes, with its items). Lines that came
    /// from people are given redacted, with the lines as written kept beside them for re-redaction.
    /// </summary>
    /// <returns>The draft's id, and whether it was new.</returns>
    public static async Task<(long Id, bool Created)> CreateDraftAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
        DraftLines lines, IReadOnlyCollection<long> itemIds, long? sourceDocumentId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lines.YouSaid);
        // The key is made from the lines as written, so the same notes give the same key whichever redactor ran.
        var youSaidKey = (lines.YouSaidRaw ?? lines.YouSaid).Trim();
        var weWillKey = (lines.WeWillRaw ?? lines.WeWill ?? "").Trim();
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{sourceDocumentId}\u001e{youSaidKey}\u001e{weWillKey}")));
        var id = await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO actions (status, you_said, we_will, you_said_raw, we_will_raw, redactions, source_document_id, source_key)
            VALUES ('draft', @youSaid, @weWill, @youSaidRaw, @weWillRaw, @redactions::jsonb, @sourceDocumentId, @key)
            ON CONFLICT (source_key) DO NOTHING
            RETURNING id
            """, new
        {
            youSaid = lines.YouSaid.Trim(), weWill = (lines.WeWill ?? "").Trim(), youSaidRaw = lines.YouSaidRaw?.Trim(),
            weWillRaw = lines.WeWillRaw?.Trim(), redactions = lines.Redactions, sourceDocumentId, key,
        }, tx, cancellationToken: ct));
        if (id is null)
        {
            return (await conn.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT id FROM actions WHERE source_key = @key", new { key }, tx, cancellationToken: ct)), false);
        }
        var linked = await InsertItemLinksAsync(conn, tx, id.Value, itemIds, null, ct);
        await AddHistoryAsync(conn, tx, id.Value, null, "Listening Space notes", "draft created",
            new Dictionary<string, object?> { ["status"] = Change(null, ActionStatus.Draft), ["items"] = Change(null, linked) }, ct);
        return (id.Value, true);
    }

    /// <summary>Changes an action, keeping what changed in its history.</summary>
    /// <returns>The changed fields (empty when nothing changed), or null when there is no such action.</returns>
    public async Task<IReadOnlyDictionary<string, object?>?> UpdateAsync(long id, ActionInput input, long? userId, string actor, string what, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changes = await UpdateInAsync(conn, tx, id, input, userId, actor, what, ct);
        await tx.CommitAsync(ct);
        return changes;
    }

    private static async Task<IReadOnlyDictionary<string, object?>?> UpdateInAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id,
        ActionInput input, long? userId, string actor, string what, CancellationToken ct)
    {
        var current = await conn.QuerySingleOrDefaultAsync<FeedbackAction>(new CommandDefinition(
            Select + " WHERE a.id = @id FOR UPDATE OF a", new { id }, tx, cancellationToken: ct));
        if (current is null) return null;
        var changes = Diff(ActionInput.From(current), input);
        if (changes.Count == 0) return changes;
        var p = Params(input);
        p.Add("id", id);
        // A line staff have rewritten is theirs: the line as written by people no longer stands behind it.
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE actions SET project_id = @ProjectId, status = @Status, you_said = @YouSaid, we_will = @WeWill, owner = @Owner,
                   you_said_raw = CASE WHEN you_said = @YouSaid THEN you_said_raw END,
                   we_will_raw = CASE WHEN we_will = @WeWill THEN we_will_raw END,
                   due_on = @DueOn, we_did = @WeDid, done_on = @DoneOn, evidence_url = @EvidenceUrl,
                   not_doing_reason = @NotDoingReason, published = @Published,
                   published_at = CASE WHEN @Published THEN coalesce(published_at, now()) END, updated_at = now()
            WHERE id = @id
            """, p, tx, cancellationToken: ct));
        await AddHistoryAsync(conn, tx, id, userId, actor, what, changes, ct);
        return changes;
    }

    /// <summary>Sets a draft aside without deleting it, so its history stays.</summary>
    /// <returns>False when the action is not a draft.</returns>
    public async Task<bool> DiscardDraftAsync(long id, long? userId, string actor, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var done = await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE actions SET status = 'discarded', updated_at = now() WHERE id = @id AND status = 'draft'", new { id }, tx, cancellationToken: ct)) == 1;
        if (done)
        {
            await AddHistoryAsync(conn, tx, id, userId, actor, "draft discarded",
                new Dictionary<string, object?> { ["status"] = Change(ActionStatus.Draft, ActionStatus.Discarded) }, ct);
        }
        await tx.CommitAsync(ct);
        return done;
    }

    public async Task<FeedbackAction?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<FeedbackAction>(new CommandDefinition(
            Select + " WHERE a.id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>
    /// The "you said" and "we will" lines as people gave them, for staff with the raw-text permission; nulls for a line
    /// staff wrote or rewrote, or once retention dropped it. Kept out of <see cref="FindAsync"/>, which public pages use.
    /// </summary>
    public async Task<(string? YouSaid, string? WeWill)> FindLinesAsWrittenAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<(string?, string?)>(new CommandDefinition(
            "SELECT you_said_raw, we_will_raw FROM actions WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>Reviewed actions (not drafts, not discarded), optionally of one status or project, newest first.</summary>
    public async Task<IReadOnlyList<FeedbackAction>> ListAsync(string? status, long? projectId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<FeedbackAction>(new CommandDefinition(Select + """
             WHERE a.status NOT IN ('draft', 'discarded')
              AND (@status::text IS NULL OR a.status = @status)
              AND (@projectId::bigint IS NULL OR a.project_id = @projectId)
            ORDER BY a.updated_at DESC, a.id DESC
            """, new { status, projectId }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<IReadOnlyList<FeedbackAction>> ListDraftsAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<FeedbackAction>(new CommandDefinition(
            Select + " WHERE a.status = 'draft' ORDER BY a.created_at, a.id", cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Published actions for the public board. An action is about a theme or locality when its own linked items, the
    /// items linked to its project, or its project's chosen themes or localities are.
    /// </summary>
    public async Task<IReadOnlyList<FeedbackAction>> ListPublishedAsync(int? themeId, int? localityId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<FeedbackAction>(new CommandDefinition(Select + """
             WHERE a.published
              AND (@themeId::int IS NULL
                   OR EXISTS (SELECT 1 FROM project_themes pt WHERE pt.project_id = a.project_id AND pt.theme_id = @themeId)
                   OR EXISTS (SELECT 1 FROM item_themes it
                              WHERE it.theme_id = @themeId
                                AND (it.item_id IN (SELECT ai.item_id FROM action_items ai WHERE ai.action_id = a.id)
                                     OR it.item_id IN (SELECT pi.item_id FROM project_items pi WHERE pi.project_id = a.project_id))))
              AND (@localityId::int IS NULL
                   OR EXISTS (SELECT 1 FROM project_localities pl WHERE pl.project_id = a.project_id AND pl.locality_id = @localityId)
                   OR EXISTS (SELECT 1 FROM items i
                              WHERE i.locality_id = @localityId
                                AND (i.id IN (SELECT ai.item_id FROM action_items ai WHERE ai.action_id = a.id)
                                     OR i.id IN (SELECT pi.item_id FROM project_items pi WHERE pi.project_id = a.project_id))))
            ORDER BY (a.status = 'done') DESC, coalesce(a.done_on, a.due_on) DESC NULLS LAST, a.id DESC
            """, new { themeId, localityId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <returns>The ids newly linked.</returns>
    public async Task<IReadOnlyList<long>> LinkItemsAsync(long actionId, IReadOnlyCollection<long> itemIds, long? userId, string actor, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var linked = await InsertItemLinksAsync(conn, tx, actionId, itemIds, userId, ct);
        if (linked.Count > 0)
        {
            await AddHistoryAsync(conn, tx, actionId, userId, actor, "items linked",
                new Dictionary<string, object?> { ["items"] = new { added = linked } }, ct);
        }
        await tx.CommitAsync(ct);
        return linked;
    }

    private static async Task<IReadOnlyList<long>> InsertItemLinksAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long actionId,
        IReadOnlyCollection<long> itemIds, long? userId, CancellationToken ct)
    {
        if (itemIds.Count == 0) return [];
        var linked = (await conn.QueryAsync<long>(new CommandDefinition("""
            INSERT INTO action_items (action_id, item_id, linked_by)
            SELECT @actionId, i.id, @userId FROM items i WHERE i.id = ANY(@itemIds)
            ON CONFLICT DO NOTHING
            RETURNING item_id
            """, new { actionId, itemIds = itemIds.ToArray(), userId }, tx, cancellationToken: ct))).AsList();
        await ItemTouch.TouchAsync(conn, tx, linked, ct);
        return linked;
    }

    public async Task<bool> UnlinkItemAsync(long actionId, long itemId, long? userId, string actor, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var removed = await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM action_items WHERE action_id = @actionId AND item_id = @itemId", new { actionId, itemId }, tx, cancellationToken: ct)) > 0;
        if (removed)
        {
            await ItemTouch.TouchAsync(conn, tx, [itemId], ct);
            await AddHistoryAsync(conn, tx, actionId, userId, actor, "item unlinked",
                new Dictionary<string, object?> { ["items"] = new { removed = new[] { itemId } } }, ct);
        }
        await tx.CommitAsync(ct);
        return removed;
    }

    public Task<IReadOnlyList<LinkedItem>> ListItemsAsync(long actionId, int limit, CancellationToken ct) =>
        OwnerLinks.Action.ItemsAsync(db, actionId, limit, ct);

    /// <summary>Links an emerging issue, by its opaque flag id, as the "you said" behind an action.</summary>
    public async Task<bool> LinkIssueAsync(long actionId, string flagId, long? userId, string actor, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(flagId);
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var added = await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO action_issues (action_id, flag_id, linked_by) VALUES (@actionId, @flagId, @userId) ON CONFLICT DO NOTHING
            """, new { actionId, flagId = flagId.Trim(), userId }, tx, cancellationToken: ct)) == 1;
        if (added)
        {
            await AddHistoryAsync(conn, tx, actionId, userId, actor, "issue linked",
                new Dictionary<string, object?> { ["issue"] = Change(null, flagId.Trim()) }, ct);
        }
        await tx.CommitAsync(ct);
        return added;
    }

    public Task<IReadOnlyList<LinkedIssue>> ListIssuesAsync(long actionId, CancellationToken ct) =>
        OwnerLinks.Action.IssuesAsync(db, actionId, ct);

    public async Task<IReadOnlyList<ActionHistoryEntry>> HistoryAsync(long actionId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ActionHistoryEntry>(new CommandDefinition("""
            SELECT id, action_id, at, user_id, actor, what, changes::text AS changes
            FROM action_history WHERE action_id = @actionId ORDER BY at DESC, id DESC
            """, new { actionId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Applies a spreadsheet of status changes all or nothing: every row is checked against the stored action, locked
    /// for the check (<see cref="ActionStatusPlan"/>). With any problem nothing changes and every problem is returned;
    /// otherwise each changed action gets a history entry naming the file.
    /// </summary>
    /// <param name="today">The date (Europe/London) used as "done on" when a row marks an action done without one.</param>
    /// <param name="checkOnly">Check every row and change nothing (the file had other problems, which are reported with these).</param>
    public async Task<(int Changed, IReadOnlyList<string> Errors)> ApplyStatusUpdatesAsync(
        IReadOnlyList<ActionStatusRow> rows, string fileName, DateOnly today, long? userId, string actor, CancellationToken ct, bool checkOnly = false)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var ids = rows.Select(r => r.ActionId).Distinct().OrderBy(i => i).ToArray();
        var current = (await conn.QueryAsync<FeedbackAction>(new CommandDefinition(
            Select + " WHERE a.id = ANY(@ids) ORDER BY a.id FOR UPDATE OF a", new { ids }, tx, cancellationToken: ct)))
            .ToDictionary(a => a.Id);

        var (planned, errors) = ActionStatusPlan.Check(rows, current, today);
        if (errors.Count > 0 || checkOnly)
        {
            await tx.RollbackAsync(ct);
            return (0, errors);
        }

        var changed = 0;
        foreach (var (row, input) in planned)
        {
            var changes = await UpdateInAsync(conn, tx, row.ActionId, input, userId, actor, $"status updated from {fileName} row {row.RowNo}", ct);
            if (changes is { Count: > 0 }) changed++;
        }
        await tx.CommitAsync(ct);
        return (changed, []);
    }

    private static DynamicParameters Params(ActionInput i)
    {
        var p = new DynamicParameters(new
        {
            i.ProjectId, i.Status, YouSaid = i.YouSaid.Trim(), WeWill = i.WeWill.Trim(), Owner = i.Owner.Trim(),
            WeDid = i.WeDid.Trim(), EvidenceUrl = i.EvidenceUrl.Trim(), NotDoingReason = i.NotDoingReason.Trim(), i.Published,
        });
        p.Add("DueOn", i.DueOn, System.Data.DbType.Date);
        p.Add("DoneOn", i.DoneOn, System.Data.DbType.Date);
        return p;
    }

    private static object Change(object? from, object? to) => new { from, to };

    /// <summary>Field-by-field differences, named as on the page; text compared trimmed, as it is stored.</summary>
    private static Dictionary<string, object?> Diff(ActionInput? before, ActionInput after)
    {
        var changes = new Dictionary<string, object?>();
        void Compare(string name, object? a, object? b)
        {
            if (a is string sa) a = sa.Trim();
            if (b is string sb) b = sb.Trim();
            if (!Equals(a, b)) changes[name] = Change(a, b);
        }
        Compare("project", before?.ProjectId, after.ProjectId);
        Compare("status", before?.Status, after.Status);
        Compare("youSaid", before?.YouSaid, after.YouSaid);
        Compare("weWill", before?.WeWill, after.WeWill);
        Compare("owner", before?.Owner, after.Owner);
        Compare("dueOn", before?.DueOn, after.DueOn);
        Compare("weDid", before?.WeDid, after.WeDid);
        Compare("doneOn", before?.DoneOn, after.DoneOn);
        Compare("evidenceUrl", before?.EvidenceUrl, after.EvidenceUrl);
        Compare("notDoingReason", before?.NotDoingReason, after.NotDoingReason);
        Compare("published", before?.Published, after.Published);
        if (before is null)
        {
            // On creation only what was given is worth recording.
            foreach (var key in changes.Keys.ToList())
            {
                if (changes[key] is { } c && c.GetType().GetProperty("to")?.GetValue(c) is null or "") changes.Remove(key);
            }
        }
        return changes;
    }

    private static Task AddHistoryAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long actionId, long? userId, string actor,
        string what, IReadOnlyDictionary<string, object?> changes, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO action_history (action_id, user_id, actor, what, changes) VALUES (@actionId, @userId, @actor, @what, @changes::jsonb)
            """, new { actionId, userId, actor, what, changes = JsonSerializer.Serialize(changes) }, tx, cancellationToken: ct));
}
