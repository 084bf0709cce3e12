using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Contact emails left on the online form by people who agreed to be contacted. Kept out of items and the index;
/// removed with their document.
/// </summary>
public sealed class FeedbackContactStore(NpgsqlDataSource db)
{
    public async Task SaveAsync(long documentId, string email, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO feedback_contacts (document_id, email) VALUES (@documentId, @email)
            ON CONFLICT (document_id) DO UPDATE SET email = excluded.email
            """, new { documentId, email }, cancellationToken: ct));
    }

    public async Task<string?> FindAsync(long documentId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT email FROM feedback_contacts WHERE document_id = @documentId", new { documentId }, cancellationToken: ct));
    }
}
