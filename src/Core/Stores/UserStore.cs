using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Accounts, local and from the council's identity provider. Password hashes come from ASP.NET Core's
/// <c>PasswordHasher</c>. Any change that must end the account's sessions (disabled, role, raw-text permission, signing
/// out) gives it a new <see cref="User.SecurityStamp"/> in the same statement.
/// </summary>
public sealed class UserStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, email, display_name, password_hash, role, raw_text, disabled, created_at, last_sign_in_at,
        external_id, security_stamp
        """;

    public async Task<User?> FindByEmailAsync(string email, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<User>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE lower(email) = lower(@email)", new { email }, cancellationToken: ct));
    }

    public async Task<User?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<User>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<User>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<User>(new CommandDefinition(
            $"SELECT {Columns} FROM users ORDER BY lower(email)", cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<bool> AnyAdminAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM users WHERE role = 'Admin' AND NOT disabled)", cancellationToken: ct));
    }

    /// <returns>The new user's id, or null when the email is taken.</returns>
    public async Task<long?> CreateAsync(string email, string displayName, string? passwordHash, string role, bool rawText, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition("""
            INSERT INTO users (email, display_name, password_hash, role, raw_text)
            VALUES (@email, @displayName, @passwordHash, @role, @rawText)
            ON CONFLICT DO NOTHING
            RETURNING id
            """, new { email = email.Trim(), displayName, passwordHash, role, rawText }, cancellationToken: ct));
    }

    public async Task SetPasswordHashAsync(long id, string passwordHash, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET password_hash = @passwordHash WHERE id = @id", new { id, passwordHash }, cancellationToken: ct));
    }

    public async Task RecordSuccessAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET last_sign_in_at = @now WHERE id = @id
            """, new { id, now }, cancellationToken: ct));
    }

    /// <summary>
    /// The account of someone signed in by the council's identity provider, created or brought up to date from their
    /// claims: found by <paramref name="externalId"/>, else by email (an account an admin made for them before, not yet
    /// linked). Role and raw-text permission always follow the provider's groups. Null when the email belongs to an
    /// account already linked to another identity.
    /// </summary>
    public async Task<(User User, bool Created, bool Changed)?> UpsertExternalAsync(
        string externalId, string email, string displayName, string role, bool rawText, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var existing = await conn.QuerySingleOrDefaultAsync<User>(new CommandDefinition(
            $"SELECT {Columns} FROM users WHERE external_id = @externalId OR (external_id IS NULL AND lower(email) = lower(@email)) " +
            "ORDER BY (external_id IS NULL) LIMIT 1 FOR UPDATE",
            new { externalId, email }, tx, cancellationToken: ct));
        User? user;
        var created = existing is null;
        if (existing is null)
        {
            user = await conn.QuerySingleOrDefaultAsync<User>(new CommandDefinition($"""
                INSERT INTO users (email, display_name, role, raw_text, external_id)
                VALUES (@email, @displayName, @role, @rawText, @externalId)
                ON CONFLICT DO NOTHING
                RETURNING {Columns}
                """, new { email = email.Trim(), displayName, role, rawText, externalId }, tx, cancellationToken: ct));
            if (user is null) return null; // the email belongs to an account linked to someone else
        }
        else
        {
            user = await conn.QuerySingleAsync<User>(new CommandDefinition($"""
                UPDATE users SET external_id = @externalId, display_name = @displayName, role = @role, raw_text = @rawText,
                    security_stamp = CASE WHEN role <> @role OR raw_text <> @rawText THEN gen_random_uuid() ELSE security_stamp END
                WHERE id = @id
                RETURNING {Columns}
                """, new { existing.Id, externalId, displayName, role, rawText }, tx, cancellationToken: ct));
        }
        await tx.CommitAsync(ct);
        var changed = existing is not null && (existing.Role != role || existing.RawText != rawText || existing.ExternalId != externalId);
        return (user, created, changed);
    }

    /// <summary>Ends every session of the account (signing out ends it on every node, not only in this browser).</summary>
    public async Task RotateStampAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET security_stamp = gen_random_uuid() WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>An admin's change to an account: role, raw-text permission, disabled. Returns the account before the change.</summary>
    public async Task<User?> UpdateAsync(long id, string role, bool rawText, bool disabled, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<User>(new CommandDefinition($"""
            UPDATE users u SET role = @role, raw_text = @rawText, disabled = @disabled,
                security_stamp = CASE WHEN (u.role, u.raw_text, u.disabled) IS DISTINCT FROM (@role, @rawText, @disabled)
                    THEN gen_random_uuid() ELSE u.security_stamp END
            FROM users old WHERE old.id = u.id AND u.id = @id
            RETURNING {string.Join(", ", Columns.Split(',').Select(c => "old." + c.Trim()))}
            """, new { id, role, rawText, disabled }, cancellationToken: ct));
    }
}
