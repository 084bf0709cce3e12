using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>Our Voice scrutiny comments on actions and the staff answers they must get. Nothing here is ever deleted.</summary>
public sealed class ActionCommentStore(NpgsqlDataSource db)
{
    public async Task<long> AddAsync(long actionId, string body, long authorId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO action_comments (action_id, body, author_id) VALUES (@actionId, @body, @authorId) RETURNING id
            """, new { actionId, body = body.Trim(), authorId }, cancellationToken: ct));
    }

    /// <summary>Answers a comment once; an answer is kept as given.</summary>
    /// <returns>False when the comment does not exist on this action or is already answered.</returns>
    public async Task<bool> AnswerAsync(long actionId, long commentId, string answer, long userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE action_comments SET answer = @answer, answered_by = @userId, answered_at = now()
            WHERE id = @commentId AND action_id = @actionId AND answer IS NULL
            """, new { actionId, commentId, answer = answer.Trim(), userId }, cancellationToken: ct)) == 1;
    }

    public async Task<IReadOnlyList<ActionComment>> ListAsync(long actionId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ActionComment>(new CommandDefinition("""
            SELECT c.id, c.action_id, c.body, a.display_name AS author_name, c.created_at, c.answer,
                   b.display_name AS answered_by_name, c.answered_at
            FROM action_comments c JOIN users a ON a.id = c.author_id LEFT JOIN users b ON b.id = c.answered_by
            WHERE c.action_id = @actionId ORDER BY c.created_at, c.id
            """, new { actionId }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<int> CountUnansweredAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*)::int FROM action_comments WHERE answer IS NULL", cancellationToken: ct));
    }
}
