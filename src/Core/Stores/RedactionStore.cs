using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Re-redaction: its runs (what the admin page shows), the stored text it reads in batches by id, and the writes of
/// what changed. An item's update takes a new change_seq (see 0001_initial.sql), so the index follower re-indexes it.
/// </summary>
public sealed class RedactionStore(NpgsqlDataSource db)
{
    private const string SelectRun = """
        SELECT r.id, r.redactor_version, r.trigger, r.requested_by, u.display_name AS requested_by_name, r.requested_at,
               r.started_at, r.finished_at, r.last_item_id, r.last_action_id, r.items_checked, r.items_changed,
               r.drafts_checked, r.drafts_changed
        FROM redaction_runs r LEFT JOIN users u ON u.id = r.requested_by
        """;

    /// <summary>Records a run asked for by an admin.</summary>
    public async Task<long> RequestAsync(int redactorVersion, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO redaction_runs (redactor_version, trigger, requested_by) VALUES (@redactorVersion, 'admin', @userId) RETURNING id
            """, new { redactorVersion, userId }, cancellationToken: ct));
    }

    /// <summary>
    /// Records a run for a redactor version no run has used yet; null when one has (so every node starting with the
    /// new version asks, and one run is made). Serialised by a transaction-level advisory lock.
    /// </summary>
    public async Task<long?> RequestForNewVersionAsync(int redactorVersion, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var id = await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            SELECT pg_advisory_xact_lock(7243080);
            INSERT INTO redaction_runs (redactor_version, trigger)
            SELECT @redactorVersion, 'new-version'
            WHERE NOT EXISTS (SELECT 1 FROM redaction_runs WHERE redactor_version >= @redactorVersion)
            RETURNING id
            """, new { redactorVersion }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return id;
    }

    public async Task<RedactionRun?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<RedactionRun>(new CommandDefinition(SelectRun + " WHERE r.id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>The latest runs, newest first.</summary>
    public async Task<IReadOnlyList<RedactionRun>> ListAsync(int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<RedactionRun>(new CommandDefinition(SelectRun + " ORDER BY r.requested_at DESC, r.id DESC LIMIT @limit",
            new { limit }, cancellationToken: ct))).AsList();
    }

    public async Task MarkStartedAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE redaction_runs SET started_at = coalesce(started_at, now()) WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task MarkFinishedAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE redaction_runs SET finished_at = now() WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>Items after <paramref name="afterId"/>, by id: the text as received where it is kept, else the redacted text.</summary>
    public async Task<IReadOnlyList<RedactionTarget>> ItemsAfterAsync(long afterId, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long Id, string RawText, string RedactedText, string? Context, string? Redactions, bool Erased)>(new CommandDefinition("""
            SELECT id, raw_text, redacted_text, context, redactions::text, raw_text_erased_at IS NOT NULL
            FROM items WHERE id > @afterId ORDER BY id LIMIT @limit
            """, new { afterId, limit }, cancellationToken: ct));
        return rows.Select(r => new RedactionTarget(r.Id, r.Erased ? r.RedactedText : r.RawText, r.RedactedText, r.Redactions, r.Erased, r.Context)).ToList();
    }

    /// <summary>
    /// Actions after <paramref name="afterId"/> that keep a line as written by people (drafted from notes and not
    /// rewritten by staff): <see cref="RedactionTarget.Source"/> is the "you said" line, the second the "we will" line.
    /// </summary>
    public async Task<IReadOnlyList<RedactionTarget>> DraftsAfterAsync(long afterId, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long Id, string YouSaid, string WeWill, string? YouSaidRaw, string? WeWillRaw, string? Redactions)>(new CommandDefinition("""
            SELECT id, you_said, we_will, you_said_raw, we_will_raw, redactions::text
            FROM actions WHERE id > @afterId AND (you_said_raw IS NOT NULL OR we_will_raw IS NOT NULL)
            ORDER BY id LIMIT @limit
            """, new { afterId, limit }, cancellationToken: ct));
        return rows.Select(r => new RedactionTarget(r.Id, r.YouSaidRaw ?? r.YouSaid, r.YouSaid, r.Redactions, r.YouSaidRaw is null, null,
            r.WeWillRaw ?? r.WeWill, r.WeWill)).ToList();
    }

    /// <summary>
    /// Stores the new redacted text and record of changed items, and the run's progress, in one transaction. An item
    /// whose redacted text changed meanwhile is left alone (<c>WHERE redacted_text = old</c>).
    /// </summary>
    /// <returns>How many items were updated.</returns>
    public async Task<int> SaveItemsAsync(long runId, long lastId, int checkedCount, IReadOnlyList<RedactedAgain> changes, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = changes.Count == 0 ? 0 : await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE items i SET redacted_text = u.text, context = u.context, redactions = u.redactions::jsonb
            FROM unnest(@ids, @texts, @contexts, @redactions, @olds) AS u(id, text, context, redactions, old)
            WHERE i.id = u.id AND i.redacted_text = u.old
            """, Arrays(changes), tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE redaction_runs SET last_item_id = @lastId, items_checked = items_checked + @checkedCount,
                   items_changed = items_changed + @changed
            WHERE id = @runId
            """, new { runId, lastId, checkedCount, changed }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return changed;
    }

    /// <summary>The same for drafted actions: <see cref="RedactedAgain.Text"/> is "you said", <see cref="RedactedAgain.Context"/> "we will".</summary>
    public async Task<int> SaveDraftsAsync(long runId, long lastId, int checkedCount, IReadOnlyList<RedactedAgain> changes, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var changed = changes.Count == 0 ? 0 : await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE actions a SET you_said = u.text, we_will = u.context, redactions = u.redactions::jsonb, updated_at = now()
            FROM unnest(@ids, @texts, @contexts, @redactions, @olds, @secondOlds) AS u(id, text, context, redactions, old, second_old)
            WHERE a.id = u.id AND a.you_said = u.old AND a.we_will = u.second_old
            """, Arrays(changes), tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE redaction_runs SET last_action_id = @lastId, drafts_checked = drafts_checked + @checkedCount,
                   drafts_changed = drafts_changed + @changed
            WHERE id = @runId
            """, new { runId, lastId, checkedCount, changed }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return changed;
    }

    private static object Arrays(IReadOnlyList<RedactedAgain> changes) => new
    {
        ids = changes.Select(c => c.Id).ToArray(),
        texts = changes.Select(c => c.Text).ToArray(),
        contexts = changes.Select(c => c.Context).ToArray(),
        redactions = changes.Select(c => c.Redactions).ToArray(),
        olds = changes.Select(c => c.Old).ToArray(),
        secondOlds = changes.Select(c => c.SecondOld ?? "").ToArray(),
    };
}
