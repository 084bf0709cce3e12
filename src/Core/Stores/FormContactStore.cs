using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// A contact email left on the online form by someone who agreed to be contacted, held against the form's document
/// until its ingest creates the item; then <see cref="MoveToItemsAsync"/> hands it to <see cref="FeedbackContactStore"/>
/// (keyed by item, with a stop-emails token) and removes it here, so only one copy of the address exists.
/// </summary>
public sealed class FormContactStore(NpgsqlDataSource db)
{
    public async Task SaveAsync(long documentId, string email, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO form_contacts (document_id, email) VALUES (@documentId, @email)
            ON CONFLICT (document_id) DO UPDATE SET email = excluded.email
            """, new { documentId, email }, cancellationToken: ct));
    }

    /// <summary>Inside the ingest's transaction: the document's contact becomes each of its items' contact.</summary>
    public static async Task MoveToItemsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long documentId, CancellationToken ct)
    {
        var contact = (await conn.QueryAsync<(string Email, DateTime CreatedAt)>(new CommandDefinition(
            "SELECT email, created_at FROM form_contacts WHERE document_id = @documentId FOR UPDATE", new { documentId }, tx, cancellationToken: ct)))
            .Cast<(string Email, DateTime CreatedAt)?>().FirstOrDefault();
        if (contact is not { } c) return;
        var itemIds = await conn.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM items WHERE document_id = @documentId", new { documentId }, tx, cancellationToken: ct));
        foreach (var itemId in itemIds)
        {
            await FeedbackContactStore.AddAsync(conn, tx, itemId, c.Email, new DateTimeOffset(DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc)), ct);
        }
        await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM form_contacts WHERE document_id = @documentId", new { documentId }, tx, cancellationToken: ct));
    }
}
