using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>The model registry: trained theme models with their figures and bytes; at most one is active.</summary>
public sealed class ThemeModelStore(NpgsqlDataSource db)
{
    private const string Columns = """
        id, version, status, reason, requested_by, trainer, training_hash, training_rows, validation_rows,
        evaluation::text AS evaluation, active, decision, started_at, finished_at, activated_at
        """;

    /// <summary>Records that training has started; the version is <c>v</c> and the row's id.</summary>
    public async Task<ThemeModelInfo> StartAsync(string reason, long? requestedBy, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<ThemeModelInfo>(new CommandDefinition($"""
            WITH n AS (SELECT nextval(pg_get_serial_sequence('theme_models', 'id')) AS id)
            INSERT INTO theme_models (id, version, status, reason, requested_by)
            SELECT id, 'v' || id, 'training', @reason, @requestedBy FROM n
            RETURNING {Columns}
            """, new { reason, requestedBy }, cancellationToken: ct));
    }

    public async Task CompleteAsync(long id, string trainer, string trainingHash, int trainingRows, int validationRows,
        string evaluationJson, byte[] bytes, string decision, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE theme_models SET status = 'trained', trainer = @trainer, training_hash = @trainingHash,
                training_rows = @trainingRows, validation_rows = @validationRows, evaluation = @evaluationJson::jsonb,
                bytes = @bytes, decision = @decision, finished_at = now()
            WHERE id = @id
            """, new { id, trainer, trainingHash, trainingRows, validationRows, evaluationJson, bytes, decision }, cancellationToken: ct));
    }

    /// <summary>Closes a run that did not produce a model: status failed or skipped, with the reason.</summary>
    public async Task CloseAsync(long id, string status, string decision, string? trainingHash, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE theme_models SET status = @status, decision = @decision, training_hash = coalesce(@trainingHash, training_hash),
                finished_at = now()
            WHERE id = @id
            """, new { id, status, decision, trainingHash }, cancellationToken: ct));
    }

    /// <summary>Makes a trained model the only active one. Returns false when it is not a trained model.</summary>
    public async Task<bool> ActivateAsync(long id, string? decision, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // Serialise activations so two at once cannot both pass the check and trip the one-active index.
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(7243300)", transaction: tx, cancellationToken: ct));
        var trained = await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM theme_models WHERE id = @id AND status = 'trained' AND bytes IS NOT NULL)",
            new { id }, tx, cancellationToken: ct));
        if (!trained) return false;
        await conn.ExecuteAsync(new CommandDefinition("UPDATE theme_models SET active = false WHERE active AND id <> @id",
            new { id }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE theme_models SET active = true, activated_at = now(), decision = coalesce(@decision, decision) WHERE id = @id
            """, new { id, decision }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<ThemeModelInfo?> ActiveAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<ThemeModelInfo>(new CommandDefinition(
            $"SELECT {Columns} FROM theme_models WHERE active", cancellationToken: ct));
    }

    public async Task<ThemeModelInfo?> FindAsync(long id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<ThemeModelInfo>(new CommandDefinition(
            $"SELECT {Columns} FROM theme_models WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<byte[]?> GetBytesAsync(string version, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT bytes FROM theme_models WHERE version = @version", new { version }, cancellationToken: ct));
    }

    /// <summary>The newest first, without bytes.</summary>
    public async Task<IReadOnlyList<ThemeModelInfo>> ListAsync(int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ThemeModelInfo>(new CommandDefinition(
            $"SELECT {Columns} FROM theme_models ORDER BY id DESC LIMIT @limit", new { limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Whether any model was ever trained or is training (so a first model is not trained twice).</summary>
    public async Task<bool> AnyUsableOrTrainingAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM theme_models WHERE status IN ('training', 'trained'))", cancellationToken: ct));
    }

    public async Task<bool> AnyTrainingAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM theme_models WHERE status = 'training')", cancellationToken: ct));
    }

    /// <summary>Runs left 'training' longer than <paramref name="age"/> (their node died) are marked failed.</summary>
    public async Task<int> FailStaleAsync(TimeSpan age, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE theme_models SET status = 'failed', finished_at = now(),
                decision = 'Training stopped without finishing (the server running it stopped).'
            WHERE status = 'training' AND started_at < now() - @age
            """, new { age }, cancellationToken: ct));
    }
}
