using System.Reflection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace VoiceHub.Core.Schema;

/// <summary>
/// Applies the numbered <c>Schema/NNNN_name.sql</c> scripts embedded in this assembly, in order, each once and each in
/// its own transaction. A session advisory lock makes several nodes starting at once take turns, which DbUp does not.
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
            var done = new HashSet<string>(StringComparer.Ordinal);
            await using (var cmd = new NpgsqlCommand("SELECT name FROM schema_versions", conn))
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) done.Add(reader.GetString(0));
            }

            var applied = new List<string>();
            foreach (var name in Scripts.Where(s => !done.Contains(s)))
            {
                var sql = Read(name);
                await using var tx = await conn.BeginTransactionAsync(ct);
                await ExecAsync(conn, tx, sql, ct);
                await ExecAsync(conn, tx, "INSERT INTO schema_versions (name) VALUES (@k)", ct, name);
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

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Schema script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct, object? k = null)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        if (k is not null) cmd.Parameters.AddWithValue("k", k);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
