using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Draft "You said, we will" actions from Listening Space notes, and their links to items.</summary>
public sealed class DraftActionStore(NpgsqlDataSource db)
{
    /// <summary>Stores draft actions inside the ingest's transaction, after its items, linking each to its items.</summary>
    /// <returns>How many were new.</returns>
    public static async Task<int> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId,
        IReadOnlyList<NewDraftAction> drafts, CancellationToken ct)
    {
        var added = 0;
        foreach (var d in drafts)
        {
            var id = await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
                INSERT INTO draft_actions (document_id, position, you_said, we_will, fingerprint)
                VALUES (@documentId, @Position, @YouSaid, @WeWill, @Fingerprint)
                ON CONFLICT (fingerprint) DO NOTHING
                RETURNING id
                """, new { documentId, d.Position, d.YouSaid, d.WeWill, d.Fingerprint }, tx, cancellationToken: ct));
            if (id is null) continue;
            added++;
            if (d.ItemFingerprints.Count == 0) continue;
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO draft_action_items (draft_action_id, item_id)
                SELECT @id, i.id FROM items i WHERE i.fingerprint = ANY(@fingerprints)
                ON CONFLICT DO NOTHING
                """, new { id, fingerprints = d.ItemFingerprints.ToArray() }, tx, cancellationToken: ct));
        }
        return added;
    }

    public async Task<IReadOnlyList<DraftAction>> ListForDocumentAsync(long documentId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<DraftAction>(new CommandDefinition("""
            SELECT d.id, d.document_id, d.position, d.you_said, d.we_will, d.status, d.created_at,
                   ARRAY(SELECT l.item_id FROM draft_action_items l WHERE l.draft_action_id = d.id ORDER BY l.item_id) AS item_ids
            FROM draft_actions d
            WHERE d.document_id = @documentId
            ORDER BY d.position
            """, new { documentId }, cancellationToken: ct));
        return rows.AsList();
    }
}
