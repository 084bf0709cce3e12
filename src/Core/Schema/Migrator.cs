using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VoiceHub.Core.Schema;

/// <summary>
/// Applies the numbered <c>Schema/NNNN_name.sql</c> scripts embedded in this assembly, in order, each once and each in
/// its own transaction. A session advisory lock makes several nodes starting at once take turns, which DbUp does not.
/// Each applied script's SHA-256 is kept, and a script edited after it was applied stops the start with its name, as
/// Flyway and Evolve do: an applied script is history, and a change to the schema is a new numbered script. Scripts
/// applied before checksums were kept take the checksum of the script as it is on their first start with this rule.
/// </summary>
public static class Migrator
{
    private const long LockKey = 7243000;
    private const string Prefix = "VoiceHub.Core.Schema.";

    public static IReadOnlyList<string> Scripts { get; } = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <returns>The names of the scripts applied by this call.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(NpgsqlDataSource db, ILogger? log, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await ExecAsync(conn, null, "SELECT pg_advisory_lock(@k)", ct, LockKey);
        try
        {
            await ExecAsync(conn, null, """
                CREATE TABLE IF NOT EXISTS schema_versions (
                    name       text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            await ExecAsync(conn, null, "ALTER TABLE schema_versions ADD COLUMN IF NOT EXISTS checksum text", ct);
            var done = new Dictionary<string, (string? Checksum, DateTime AppliedAt)>(StringComparer.Ordinal);
            await using (var cmd = new NpgsqlCommand("SELECT name, checksum, applied_at FROM schema_versions", conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) done[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetDateTime(2));
            }
            foreach (var (name, (checksum, appliedAt)) in done)
            {
                if (!Scripts.Contains(name)) continue;
                var now = Checksum(Read(name));
                if (checksum is null) await ExecAsync(conn, null, "UPDATE schema_versions SET checksum = @c WHERE name = @k", ct, name, now);
                else if (checksum != now)
                    throw new InvalidOperationException(
                        $"Schema script {name} has changed since it was applied on {appliedAt:yyyy-MM-dd}. Put the original back and make the change in a new numbered script in src/Core/Schema.");
            }

            var applied = new List<string>();
            foreach (var name in Scripts.Where(s => !done.ContainsKey(s)))
            {
                var sql = Read(name);
                await using var tx = await conn.BeginTransactionAsync(ct);
                await ExecAsync(conn, tx, sql, ct);
                await ExecAsync(conn, tx, "INSERT INTO schema_versions (name, checksum) VALUES (@k, @c)", ct, name, Checksum(sql));
                await tx.CommitAsync(ct);
                log?.LogInformation("Applied schema script {Script}", name);
                applied.Add(name);
            }
            return applied;
        }
        finally
        {
            await ExecAsync(conn, null, "SELECT pg_advisory_unlock(@k)", CancellationToken.None, LockKey);
        }
    }

    /// <summary>The script's SHA-256 in hex, over its text with line endings made \n (a checkout's endings are no change).</summary>
    public static string Checksum(string sql) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql.ReplaceLineEndings("\n"))));

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Schema script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct, object? k = null, string? c = null)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        if (k is not null) cmd.Parameters.AddWithValue("k", k);
        if (c is not null) cmd.Parameters.AddWithValue("c", c);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
