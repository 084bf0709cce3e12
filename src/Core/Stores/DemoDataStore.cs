using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// The demo council's marker and its one-row state (schema 1150): whether to load it, marking what the loader made,
/// and removing every demo row in one transaction. Items go with their documents; each leaves a tombstone (a trigger)
/// that the index follower reads to drop it from every node's index.
/// </summary>
public sealed class DemoDataStore(NpgsqlDataSource db)
{
    /// <summary>What the loader passes as a digest's builder: the digest's demo marker is computed from it.</summary>
    public const string BuiltBy = "demo data";

    /// <summary>
    /// Claims the one load of the demo data: true only when the hub holds no feedback and the demo data was never
    /// loaded (or removed). Of several nodes starting at once, one claims it.
    /// </summary>
    public async Task<bool> TryClaimLoadAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var claimed = await conn.ExecuteScalarAsync<int?>(new CommandDefinition("""
            INSERT INTO demo_data (id)
            SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM items)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, cancellationToken: ct));
        return claimed is not null;
    }

    public async Task<DemoDataState?> StateAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<DemoDataState>(new CommandDefinition("""
            SELECT started_at AS StartedAt, loaded_at AS LoadedAt, load_ms AS LoadMs, digests_built_at AS DigestsBuiltAt,
                   removed_at AS RemovedAt,
                   (SELECT count(*) FROM items i JOIN documents d ON d.id = i.document_id WHERE d.demo) AS Items
            FROM demo_data
            """, cancellationToken: ct));
    }

    /// <summary>True while any demo row is stored (the staff pages' banner).</summary>
    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM documents WHERE demo) OR EXISTS (SELECT 1 FROM projects WHERE demo)
                OR EXISTS (SELECT 1 FROM actions WHERE demo) OR EXISTS (SELECT 1 FROM digests WHERE demo)
            """, cancellationToken: ct));
    }

    public async Task MarkDocumentAsync(long documentId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE documents SET demo = true WHERE id = @documentId", new { documentId }, cancellationToken: ct));
    }

    public async Task MarkProjectAsync(long projectId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE projects SET demo = true WHERE id = @projectId", new { projectId }, cancellationToken: ct));
    }

    /// <summary>Marks the given actions, and the drafts the demo Listening Space notes made.</summary>
    public async Task MarkActionsAsync(IReadOnlyCollection<long> actionIds, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE actions SET demo = true
            WHERE id = ANY(@ids) OR source_document_id IN (SELECT id FROM documents WHERE demo)
            """, new { ids = actionIds.ToArray() }, cancellationToken: ct));
    }

    /// <summary>The flags the demo digests stored: they were found in demo feedback only (it loads into an empty hub).</summary>
    public async Task MarkFlagsAsync(IReadOnlyCollection<string> weeks, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE emerging_flags SET demo = true WHERE week = ANY(@weeks)",
            new { weeks = weeks.ToArray() }, cancellationToken: ct));
    }

    public async Task MarkLoadedAsync(long loadMs, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE demo_data SET loaded_at = now(), load_ms = @loadMs",
            new { loadMs = (int)loadMs }, cancellationToken: ct));
    }

    public async Task MarkDigestsBuiltAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("UPDATE demo_data SET digests_built_at = now()", cancellationToken: ct));
    }

    /// <summary>Up to <paramref name="limit"/> demo items whose redacted text has the word, oldest first (for the demo's links).</summary>
    public async Task<IReadOnlyList<long>> DemoItemsMatchingAsync(string word, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return [.. await conn.QueryAsync<long>(new CommandDefinition("""
            SELECT i.id FROM items i JOIN documents d ON d.id = i.document_id
            WHERE d.demo AND i.redacted_text ILIKE '%' || @word || '%'
            ORDER BY i.id LIMIT @limit
            """, new { word, limit }, cancellationToken: ct))];
    }

    /// <summary>The newest week's strongest demo flag.</summary>
    public async Task<string?> TopFlagAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT id FROM emerging_flags WHERE demo ORDER BY week_start DESC, score DESC LIMIT 1", cancellationToken: ct));
    }

    public async Task<long?> FirstProjectAsync(string status, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM projects WHERE demo AND status = @status ORDER BY id LIMIT 1", new { status }, cancellationToken: ct));
    }

    public async Task<long?> FirstActionAsync(string status, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM actions WHERE demo AND status = @status ORDER BY id LIMIT 1", new { status }, cancellationToken: ct));
    }

    /// <summary>True once an admin removed the demo data: its background steps then stop.</summary>
    public async Task<bool> RemovedAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM demo_data WHERE removed_at IS NOT NULL)", cancellationToken: ct));
    }

    /// <summary>
    /// Removes every demo row in one transaction, and nothing else: links staff made from their own work to demo
    /// items or flags go with them (their tables cascade). Also records the removal, so the demo data never loads again.
    /// </summary>
    public async Task<DemoRemoval> RemoveAsync(long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var removal = await conn.QuerySingleAsync<DemoRemoval>(new CommandDefinition("""
            WITH demo_actions AS (SELECT id FROM actions WHERE demo),
                 comments AS (DELETE FROM action_comments WHERE action_id IN (SELECT id FROM demo_actions) RETURNING 1),
                 actions_gone AS (DELETE FROM actions WHERE id IN (SELECT id FROM demo_actions) RETURNING 1),
                 projects_gone AS (DELETE FROM projects WHERE demo RETURNING 1)
            SELECT (SELECT count(*) FROM actions_gone) AS Actions, (SELECT count(*) FROM projects_gone) AS Projects
            """, transaction: tx, cancellationToken: ct));
        var demoFlags = "SELECT id FROM emerging_flags WHERE demo";
        await conn.ExecuteAsync(new CommandDefinition($"""
            DELETE FROM project_issues WHERE flag_id IN ({demoFlags});
            DELETE FROM action_issues WHERE flag_id IN ({demoFlags});
            """, transaction: tx, cancellationToken: ct));
        var flags = await conn.ExecuteAsync(new CommandDefinition("DELETE FROM emerging_flags WHERE demo", transaction: tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM digest_emails WHERE digest_id IN (SELECT id FROM digests WHERE demo)", transaction: tx, cancellationToken: ct));
        var digests = await conn.ExecuteAsync(new CommandDefinition("DELETE FROM digests WHERE demo", transaction: tx, cancellationToken: ct));
        var items = await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM items WHERE document_id IN (SELECT id FROM documents WHERE demo)", transaction: tx, cancellationToken: ct));
        var documents = await conn.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE demo", transaction: tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO demo_data (id, removed_at, removed_by) VALUES (1, now(), @userId)
            ON CONFLICT (id) DO UPDATE SET removed_at = now(), removed_by = @userId
            """, new { userId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return removal with { Flags = flags, Digests = digests, Items = items, Documents = documents };
    }
}

public sealed record DemoDataState
{
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? LoadedAt { get; init; }
    public int? LoadMs { get; init; }
    public DateTimeOffset? DigestsBuiltAt { get; init; }
    public DateTimeOffset? RemovedAt { get; init; }
    public long Items { get; init; }
}

public sealed record DemoRemoval
{
    public long Documents { get; init; }
    public long Items { get; init; }
    public long Projects { get; init; }
    public long Actions { get; init; }
    public long Flags { get; init; }
    public long Digests { get; init; }
}
