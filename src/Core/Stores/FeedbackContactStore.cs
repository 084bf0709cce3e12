using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// People who gave feedback and agreed to be emailed as it moves along. The online form adds one with
/// <see cref="AddAsync(NpgsqlConnection, NpgsqlTransaction, long, string, DateTimeOffset, CancellationToken)"/> in the
/// transaction that stores the item. The address is used for sending only: never shown, never logged.
/// </summary>
public sealed class FeedbackContactStore(NpgsqlDataSource db)
{
    /// <summary>Records consent to be emailed about one item. Adding again for the same item keeps the first.</summary>
    /// <returns>The token for the "stop emails" link.</returns>
    public static async Task<string> AddAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, long itemId, string email, DateTimeOffset consentedAt, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return await conn.ExecuteScalarAsync<string>(new CommandDefinition("""
            INSERT INTO feedback_contacts (item_id, email, consented_at, withdraw_token)
            VALUES (@itemId, @email, @consentedAt, @token)
            ON CONFLICT (item_id) DO UPDATE SET item_id = excluded.item_id
            RETURNING withdraw_token
            """, new { itemId, email = email.Trim(), consentedAt, token = WithdrawToken.New() }, tx, cancellationToken: ct)) ?? "";
    }

    public async Task<string> AddAsync(long itemId, string email, DateTimeOffset consentedAt, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await AddAsync(conn, null, itemId, email, consentedAt, ct);
    }

    /// <summary>The address to email about an item, or null when there is none or consent was withdrawn.</summary>
    public async Task<(string Email, string WithdrawToken)?> FindActiveAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Email, string WithdrawToken)>(new CommandDefinition("""
            SELECT email, withdraw_token FROM feedback_contacts WHERE item_id = @itemId AND withdrawn_at IS NULL
            """, new { itemId }, cancellationToken: ct));
        foreach (var row in rows) return row;
        return null;
    }

    /// <summary>Stops emails and erases the address. Idempotent.</summary>
    /// <returns>True when the token belongs to a contact.</returns>
    public async Task<bool> WithdrawAsync(string token, CancellationToken ct)
    {
        if (!WithdrawToken.LooksValid(token)) return false;
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE feedback_contacts SET email = NULL, withdrawn_at = coalesce(withdrawn_at, now()) WHERE withdraw_token = @token
            """, new { token }, cancellationToken: ct)) == 1;
    }

    /// <summary>For staff with the raw-text permission: the address left with a form document's feedback, if still held.</summary>
    public async Task<string?> FindForDocumentAsync(long documentId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<string?>(new CommandDefinition("""
            SELECT fc.email FROM feedback_contacts fc JOIN items i ON i.id = fc.item_id
            WHERE i.document_id = @documentId AND fc.email IS NOT NULL
            UNION ALL
            SELECT email FROM form_contacts WHERE document_id = @documentId
            LIMIT 1
            """, new { documentId }, cancellationToken: ct));
    }
}
