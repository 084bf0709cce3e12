using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Marks items as changed for the index follower. Whatever changes what is indexed about an item (a link to a project,
/// a project's title) must touch the item rows in the same transaction: the no-op update takes a new change_seq.
/// </summary>
public static class ItemTouch
{
    public static async Task TouchAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        if (itemIds.Count == 0) return;
        await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE items SET change_seq = change_seq WHERE id = ANY(@ids)", new { ids = itemIds.Distinct().ToArray() },
            tx, cancellationToken: ct));
    }
}
