using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Local accounts. Password hashes come from ASP.NET Core's <c>PasswordHasher</c>; lockout is counted here.</summary>
public sealed class UserStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, email, display_name, password_hash, role, raw_text, failed_sign_ins, locked_until, disabled, created_at, last_sign_in_at
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

    /// <summary>Counts a failed sign-in and locks the account for <paramref name="lockFor"/> at <paramref name="maxFailures"/>.</summary>
    public async Task RecordFailureAsync(long id, int maxFailures, TimeSpan lockFor, DateTimeOffset now, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE users
            SET failed_sign_ins = failed_sign_ins + 1,
                locked_until = CASE WHEN failed_sign_ins + 1 >= @maxFailures THEN @until ELSE locked_until END
            WHERE id = @id
            """, new { id, maxFailures, until = now + lockFor }, cancellationToken: ct));
    }

    public async Task RecordSuccessAsync(long id, DateTimeOffset now, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = @now WHERE id = @id
            """, new { id, now }, cancellationToken: ct));
    }
}
