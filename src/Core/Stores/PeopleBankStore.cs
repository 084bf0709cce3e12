using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// The people's bank: people who asked to be involved, with their explicit consent. Withdrawing erases the contact
/// details (the row stays, empty, so counts of who took part stay true).
/// </summary>
public sealed class PeopleBankStore(NpgsqlDataSource db)
{
    /// <returns>The new entry's id and the token of its withdrawal link.</returns>
    public async Task<(long Id, string WithdrawToken)> AddAsync(NewPeopleBankEntry entry, DateTimeOffset consentedAt, CancellationToken ct)
    {
        var token = WithdrawToken.New();
        await using var conn = await db.OpenConnectionAsync(ct);
        var id = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO people_bank (name, email, phone, locality_id, project_id, interests, consented_at, withdraw_token)
            VALUES (@Name, @Email, @Phone, @LocalityId, @ProjectId, @Interests, @consentedAt, @token)
            RETURNING id
            """, new
        {
            Name = entry.Name.Trim(), Email = entry.Email?.Trim(), Phone = entry.Phone?.Trim(), entry.LocalityId, entry.ProjectId,
            Interests = entry.Interests?.Trim(), consentedAt, token,
        }, cancellationToken: ct));
        return (id, token);
    }

    /// <summary>Erases the person's details. Idempotent: withdrawing twice is fine.</summary>
    /// <returns>The entry's id, or null when the token matches nobody.</returns>
    public async Task<long?> WithdrawAsync(string token, CancellationToken ct)
    {
        if (!WithdrawToken.LooksValid(token)) return null;
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            UPDATE people_bank SET name = NULL, email = NULL, phone = NULL, interests = NULL,
                   withdrawn_at = coalesce(withdrawn_at, now())
            WHERE withdraw_token = @token
            RETURNING id
            """, new { token }, cancellationToken: ct));
    }

    public async Task<bool> TokenExistsAsync(string token, CancellationToken ct)
    {
        if (!WithdrawToken.LooksValid(token)) return false;
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM people_bank WHERE withdraw_token = @token AND withdrawn_at IS NULL)", new { token }, cancellationToken: ct));
    }

    /// <param name="withContacts">False leaves name, email and phone out, for staff without the need to see them.</param>
    public async Task<IReadOnlyList<PeopleBankEntry>> ListAsync(bool withContacts, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<PeopleBankEntry>(new CommandDefinition("""
            SELECT b.id, CASE WHEN @withContacts THEN b.name END AS name, CASE WHEN @withContacts THEN b.email END AS email,
                   CASE WHEN @withContacts THEN b.phone END AS phone, b.locality_id, l.name AS locality_name, b.project_id,
                   p.title AS project_title, CASE WHEN @withContacts THEN b.interests END AS interests,
                   b.consented_at, b.withdrawn_at, b.created_at
            FROM people_bank b LEFT JOIN localities l ON l.id = b.locality_id LEFT JOIN projects p ON p.id = b.project_id
            WHERE b.withdrawn_at IS NULL
            ORDER BY b.created_at DESC, b.id DESC
            """, new { withContacts }, cancellationToken: ct));
        return rows.AsList();
    }
}
