using System.Security.Cryptography;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Uploads, kept whole, and their status.</summary>
public sealed class DocumentStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, channel, file_name, content_type, sha256, size_bytes, status, error, items_added, duplicates_skipped,
        rows_skipped, warnings::text AS warnings, metadata::text AS metadata, uploaded_by, created_at, updated_at, ingested_at,
        quarantined_at
        """;

    /// <summary>Stores an upload unless the same bytes are already stored.</summary>
    /// <returns>The document's id, and whether it was new.</returns>
    /// <param name="status">Received (the ingest job may take it) or needs-mapping (a survey waiting for staff).</param>
    public async Task<(long Id, bool Created)> SaveAsync(
        string channel, string fileName, string contentType, byte[] bytes, string metadataJson, long? uploadedBy, CancellationToken ct,
        string status = DocumentStatus.Received)
    {
        var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        await using var conn = await db.OpenConnectionAsync(ct);
        var id = await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, metadata, uploaded_by, status)
            VALUES (@channel, @fileName, @contentType, @sha, @bytes, @size, @metadataJson::jsonb, @uploadedBy, @status)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id
            """, new { channel, fileName, contentType, sha, bytes, size = (long)bytes.Length, metadataJson, uploadedBy, status }, cancellationToken: ct));
        if (id is { } created) return (created, true);
        var existing = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM documents WHERE sha256 = @sha", new { sha }, cancellationToken: ct));
        return (existing, false);
    }

    public async Task<Document?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<Document>(new CommandDefinition(
            $"SELECT {Columns} FROM documents WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<byte[]?> GetBytesAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT bytes FROM documents WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<Document>> ListRecentAsync(int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Document>(new CommandDefinition(
            $"SELECT {Columns} FROM documents ORDER BY created_at DESC, id DESC LIMIT @limit", new { limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Claims a received document for ingest. False when another worker has it or it is finished.</summary>
    public async Task<bool> TryStartAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents SET status = 'ingesting', ingest_runs = ingest_runs + 1, updated_at = now()
            WHERE id = @id AND status IN ('received', 'ingesting')
            """, new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Records that a parse of the document is starting. A parse still recorded as running from before means that run
    /// was cut short (its process died mid-parse): such runs are counted, and once there have been
    /// <paramref name="quarantineAfter"/> the document is set aside instead: failed, with a reason, and
    /// <see cref="Document.QuarantinedAt"/> set.
    /// </summary>
    /// <returns>True when the parse may start; false when the document has just been set aside.</returns>
    /// <example>With <paramref name="quarantineAfter"/> 2: a first run starts; its node dies mid-parse; the second run
    /// finds it cut short (1) and starts; that node dies too; the third run finds 2 and sets the document aside.</example>
    public async Task<bool> StartParsingAsync(long id, int quarantineAfter, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var cutShort = await conn.ExecuteScalarAsync<int>(new CommandDefinition("""
            UPDATE documents
            SET parses_cut_short = parses_cut_short + CASE WHEN parse_started_at IS NULL THEN 0 ELSE 1 END, parse_started_at = now()
            WHERE id = @id
            RETURNING parses_cut_short
            """, new { id }, cancellationToken: ct));
        if (cutShort < quarantineAfter) return true;
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents
            SET status = 'failed', quarantined_at = now(), parse_started_at = NULL, updated_at = now(),
                error = file_name || ': VoiceHub has set this file aside: reading it was cut short ' || parses_cut_short
                     || ' times (the process reading it ended). It has been kept and will not be read again unless you try again.'
            WHERE id = @id
            """, new { id }, cancellationToken: ct));
        return false;
    }

    /// <summary>Records that the parse returned (read, refused or stopped at a limit): it was not cut short.</summary>
    public async Task FinishParsingAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE documents SET parse_started_at = NULL WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task MarkFailedAsync(long id, string error, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents SET status = 'failed', error = @error, warnings = @warnings::jsonb, updated_at = now()
            WHERE id = @id
            """, new { id, error, warnings = System.Text.Json.JsonSerializer.Serialize(warnings) }, cancellationToken: ct));
    }

    /// <summary>Marks ingested inside the transaction that stored the items, so both land or neither.</summary>
    public static Task MarkIngestedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, int added, int duplicates,
        int rowsSkipped, IReadOnlyList<string> warnings, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents
            SET status = 'ingested', error = NULL, items_added = @added, duplicates_skipped = @duplicates,
                rows_skipped = @rowsSkipped, warnings = @warnings::jsonb, ingested_at = now(), updated_at = now()
            WHERE id = @id
            """, new { id, added, duplicates, rowsSkipped, warnings = System.Text.Json.JsonSerializer.Serialize(warnings) },
            transaction: tx, cancellationToken: ct));

    /// <summary>
    /// Marks failed and sets aside (<see cref="Document.QuarantinedAt"/>), with a reason staff can act on, every document
    /// whose ingest has started <paramref name="maxRuns"/> times without finishing and has not moved for
    /// <paramref name="olderThan"/>. The upload is kept; "Try reading it again" starts the count afresh.
    /// </summary>
    /// <returns>The documents marked failed.</returns>
    public async Task<IReadOnlyList<long>> FailAbandonedAsync(int maxRuns, TimeSpan olderThan, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<long>(new CommandDefinition("""
            UPDATE documents
            SET status = 'failed', updated_at = now(), quarantined_at = now(), parse_started_at = NULL,
                error = file_name || ': VoiceHub started reading this file ' || ingest_runs || ' times and could not finish. '
                     || 'It has been kept. Try reading it again; if it fails again, tell an administrator.'
            WHERE status = 'ingesting' AND ingest_runs >= @maxRuns AND updated_at < now() - @olderThan
            RETURNING id
            """, new { maxRuns, olderThan }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Documents received but not yet ingested, older than <paramref name="olderThan"/>: for the sweeper.</summary>
    public async Task<IReadOnlyList<long>> ListStuckAsync(TimeSpan olderThan, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<long>(new CommandDefinition("""
            SELECT id FROM documents
            WHERE status IN ('received', 'ingesting') AND updated_at < now() - @olderThan
            ORDER BY id LIMIT 100
            """, new { olderThan }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Parks a document until staff give what it lacks (<paramref name="status"/> is needs-review or needs-mapping);
    /// <paramref name="missing"/> names the fields, kept in the metadata under <c>missing</c>.
    /// </summary>
    public async Task MarkWaitingAsync(long id, string status, IReadOnlyList<string> missing, IReadOnlyList<string> warnings, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents
            SET status = @status, error = NULL, warnings = @warnings::jsonb, updated_at = now(),
                metadata = metadata || jsonb_build_object('missing', @missing::jsonb)
            WHERE id = @id
            """, new { id, status, missing = System.Text.Json.JsonSerializer.Serialize(missing),
                     warnings = System.Text.Json.JsonSerializer.Serialize(warnings) }, cancellationToken: ct));
    }

    /// <summary>
    /// Merges <paramref name="metadataPatch"/> (a JSON object: a confirmed mapping, fields given on review) into the
    /// metadata and hands a waiting or failed document back to the ingest job. False when it was not waiting or failed.
    /// </summary>
    public async Task<bool> RequeueAsync(long id, string metadataPatch, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE documents
            SET status = 'received', error = NULL, ingest_runs = 0, parses_cut_short = 0, parse_started_at = NULL, quarantined_at = NULL,
                updated_at = now(), metadata = (metadata - 'missing') || @metadataPatch::jsonb
            WHERE id = @id AND status IN ('needs-mapping', 'needs-review', 'failed')
            """, new { id, metadataPatch }, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Deletes a document and its items in one transaction. Each deleted item leaves a tombstone (a trigger), which the
    /// index follower reads to drop it from every node's index.
    /// </summary>
    /// <returns>How many items were removed, or null when there was no such document.</returns>
    public async Task<int?> DeleteAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var exists = await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM documents WHERE id = @id FOR UPDATE", new { id }, tx, cancellationToken: ct));
        if (exists is null) return null;
        var items = await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM items WHERE document_id = @id", new { id }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("DELETE FROM documents WHERE id = @id", new { id }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return items;
    }
}
