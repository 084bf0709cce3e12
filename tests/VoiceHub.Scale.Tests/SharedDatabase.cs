using Dapper;
using Npgsql;

namespace VoiceHub.Scale.Tests;

/// <summary>What the tests read straight from the shared PostgreSQL: documents, items and Hangfire's job tables.</summary>
public sealed class SharedDatabase(string connectionString)
{
    public string ConnectionString => connectionString;

    public async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        return (await conn.ExecuteScalarAsync<T>(sql, args))!;
    }

    public Task<string> StatusAsync(long documentId) =>
        ScalarAsync<string>("SELECT status FROM documents WHERE id = @documentId", new { documentId });

    /// <summary>Items of the document: all, distinct fingerprints, distinct (row, context) pairs, and what the document says it added.</summary>
    public async Task<(long Items, long Fingerprints, long Answers, long Rows, int Added)> CountsAsync(long documentId)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        var counts = await conn.QuerySingleAsync<(long, long, long, long)>("""
            SELECT count(*), count(DISTINCT fingerprint), count(DISTINCT (row_no, context)), count(DISTINCT row_no)
            FROM items WHERE document_id = @documentId
            """, new { documentId });
        var added = await conn.ExecuteScalarAsync<int>("SELECT items_added FROM documents WHERE id = @documentId", new { documentId });
        return (counts.Item1, counts.Item2, counts.Item3, counts.Item4, added);
    }

    /// <summary>
    /// Whether a transaction is writing items now: it holds the items writers' advisory lock (key 7243001, see
    /// ItemStore) from before its COPY until it commits, so a node killed while this is true dies mid-write.
    /// </summary>
    public Task<bool> WritingItemsAsync() =>
        ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = 7243001 AND granted)");

    /// <summary>The Hangfire server id processing the ingest of <paramref name="documentId"/> (<c>machine:pid:guid</c>), or null.</summary>
    public Task<string?> IngestProcessedByAsync(long documentId) =>
        ScalarAsync<string?>("""
            SELECT s.data::jsonb ->> 'ServerId'
            FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%IngestDocumentJob%'
              AND j.arguments::jsonb ->> 0 = @id
            """, new { id = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>States the ingest job of <paramref name="documentId"/> went through, oldest first.</summary>
    public async Task<IReadOnlyList<string>> IngestJobStatesAsync(long documentId)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        return (await conn.QueryAsync<string>("""
            SELECT s.name FROM hangfire.job j JOIN hangfire.state s ON s.jobid = j.id
            WHERE j.invocationdata::text LIKE '%IngestDocumentJob%' AND j.arguments::jsonb ->> 0 = @id
            ORDER BY s.id
            """, new { id = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture) })).AsList();
    }

    /// <summary>How many ingest jobs exist for the document (it must be one, however often it was started).</summary>
    public Task<long> IngestJobCountAsync(long documentId) =>
        ScalarAsync<long>("""
            SELECT count(*) FROM hangfire.job j
            WHERE j.invocationdata::text LIKE '%IngestDocumentJob%' AND j.arguments::jsonb ->> 0 = @id
            """, new { id = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
