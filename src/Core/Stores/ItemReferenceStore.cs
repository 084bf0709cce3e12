using System.Globalization;
using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>Finds items by what staff paste (item numbers or reference codes) and by the public reference code.</summary>
public sealed class ItemReferenceStore(NpgsqlDataSource db)
{
    /// <summary>
    /// Resolves each token (an item number such as <c>42</c>, or a reference such as <c>ABCD-EFGH-JKMN</c>) to an item id.
    /// </summary>
    /// <returns>The ids found, in the order given without repeats, and the tokens that match no item.</returns>
    public async Task<(IReadOnlyList<long> Ids, IReadOnlyList<string> Unknown)> ResolveAsync(IReadOnlyList<string> tokens, CancellationToken ct)
    {
        var numbers = new Dictionary<string, long>();
        var codes = new Dictionary<string, string>();
        var unknown = new List<string>();
        foreach (var token in tokens)
        {
            if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && token.Length < ReferenceCode.Length) numbers[token] = n;
            else if (ReferenceCode.Normalise(token) is { } code) codes[token] = code;
            else unknown.Add(token);
        }

        await using var conn = await db.OpenConnectionAsync(ct);
        var found = (await conn.QueryAsync<(long Id, string Reference)>(new CommandDefinition(
            "SELECT id, reference FROM items WHERE id = ANY(@ids) OR reference = ANY(@codes)",
            new { ids = numbers.Values.ToArray(), codes = codes.Values.ToArray() }, cancellationToken: ct))).ToList();
        var byId = found.Select(f => f.Id).ToHashSet();
        var byCode = found.ToDictionary(f => f.Reference, f => f.Id);

        var ids = new List<long>();
        foreach (var token in tokens)
        {
            long? id = numbers.TryGetValue(token, out var n) && byId.Contains(n) ? n
                : codes.TryGetValue(token, out var c) && byCode.TryGetValue(c, out var byRef) ? byRef
                : null;
            if (id is { } value) { if (!ids.Contains(value)) ids.Add(value); }
            else if (!unknown.Contains(token)) unknown.Add(token);
        }
        return (ids, unknown);
    }

    /// <summary>The item with this reference code (already normalised), or null.</summary>
    public async Task<long?> FindByReferenceAsync(string code, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT id FROM items WHERE reference = @code", new { code }, cancellationToken: ct));
    }

    /// <summary>Each item's reference code and its opening words (redacted), for naming items on staff pages.</summary>
    public async Task<IReadOnlyDictionary<long, (string Reference, string Quote)>> DescribeAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<long, (string, string)>();
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long Id, string Reference, string Text)>(new CommandDefinition(
            "SELECT id, reference, left(redacted_text, 200) FROM items WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, cancellationToken: ct));
        return rows.ToDictionary(r => r.Id, r => (r.Reference, Opening(r.Text)));
    }

    /// <summary>The first eight words: "The driver never came and nobody rang to say…".</summary>
    public static string Opening(string text)
    {
        var words = text.Split((char[]?)null, 9, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? string.Join(' ', words) : string.Join(' ', words.Take(8)) + "…";
    }

    /// <summary>Splits pasted text on commas, spaces and line breaks.</summary>
    public static IReadOnlyList<string> Tokens(string? text) =>
        (text ?? "").Split([',', ' ', '\n', '\r', '\t', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
}
