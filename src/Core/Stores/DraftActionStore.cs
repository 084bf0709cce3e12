using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// "You said, we will" lines from Listening Space notes. They become draft actions (status <c>draft</c>) in the
/// actions table, linked to the items they answer, for staff to review at /actions/drafts.
/// </summary>
public sealed class DraftActionStore(NpgsqlDataSource db)
{
    /// <summary>Creates the drafts inside the ingest's transaction, after its items, linking each to its items.</summary>
    /// <returns>How many were new.</returns>
    public static async Task<int> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId,
        IReadOnlyList<NewDraftAction> drafts, CancellationToken ct)
    {
        var added = 0;
        foreach (var d in drafts.OrderBy(d => d.Position))
        {
            var itemIds = d.ItemFingerprints.Count == 0 ? [] : (await conn.QueryAsync<long>(new CommandDefinition(
                "SELECT id FROM items WHERE fingerprint = ANY(@fingerprints)", new { fingerprints = d.ItemFingerprints.ToArray() },
                tx, cancellationToken: ct))).AsList();
            var (_, created) = await ActionStore.CreateDraftAsync(conn, tx, d.Lines, itemIds, documentId, ct);
            if (created) added++;
        }
        return added;
    }

    /// <summary>The actions drafted from one document, in the order of the notes, whatever has become of them since.</summary>
    public async Task<IReadOnlyList<DraftAction>> ListForDocumentAsync(long documentId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<DraftAction>(new CommandDefinition("""
            SELECT a.id, a.source_document_id AS document_id, (row_number() OVER (ORDER BY a.id))::int AS position,
                   a.you_said, a.we_will, a.status, a.created_at,
                   ARRAY(SELECT l.item_id FROM action_items l WHERE l.action_id = a.id ORDER BY l.item_id) AS item_ids
            FROM actions a
            WHERE a.source_document_id = @documentId
            ORDER BY a.id
            """, new { documentId }, cancellationToken: ct));
        return rows.AsList();
    }
}
