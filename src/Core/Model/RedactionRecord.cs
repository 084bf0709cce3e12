using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoiceHub.Core.Model;

/// <summary>
/// What was removed from one piece of text before it was stored: the kinds (by placeholder, e.g. <c>[name]</c>) and
/// how many of each, and how many removals were uncertain (made to be safe). Never the removed text itself.
/// </summary>
/// <remarks>
/// Stored as jsonb, e.g. <c>{"counts":{"[name]":2,"[phone]":1},"uncertain":1}</c>, and described to staff as
/// "2 names, 1 phone number (1 of them uncertain)".
/// </remarks>
public sealed record RedactionRecord(
    [property: JsonPropertyName("counts")] IReadOnlyDictionary<string, int> Counts,
    [property: JsonPropertyName("uncertain")] int Uncertain)
{
    public static readonly RedactionRecord Empty = new(new Dictionary<string, int>(), 0);

    /// <summary>The stored form of <see cref="Empty"/>: most feedback has nothing removed, and ingest writes this without serialising.</summary>
    public static readonly string EmptyJson = Empty.ToJson();

    [JsonIgnore]
    public int Total => Counts.Values.Sum();

    /// <summary>The record as stored: kinds in ordinal order and none with a zero count, so equal records give equal text.</summary>
    public string ToJson() => JsonSerializer.Serialize(this with
    {
        Counts = new SortedDictionary<string, int>(Counts.Where(c => c.Value > 0).ToDictionary(), StringComparer.Ordinal),
    });

    /// <summary>The stored record, or null for none (an item stored before records were kept) or one that cannot be read.</summary>
    public static RedactionRecord? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonSerializer.Deserialize<RedactionRecord>(json) is { Counts: not null } r ? r : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Both records together: text redacted again from its redacted form keeps what was removed the first time.</summary>
    public RedactionRecord Plus(RedactionRecord other)
    {
        var counts = new Dictionary<string, int>(Counts);
        foreach (var (kind, n) in other.Counts) counts[kind] = counts.GetValueOrDefault(kind) + n;
        return new RedactionRecord(counts, Uncertain + other.Uncertain);
    }

    /// <summary>"2 names, 1 phone number", in the order of the counts; "nothing" when nothing was removed.</summary>
    public string Describe() => Total == 0 ? "nothing"
        : string.Join(", ", Counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Value} {KindName(c.Key, c.Value)}"));

    /// <summary>A placeholder as words: <c>[phone]</c> is "phone number", <c>[NI number]</c> "National Insurance number".</summary>
    public static string KindName(string placeholder, int count)
    {
        var kind = placeholder.Trim('[', ']');
        var singular = kind switch
        {
            "phone" => "phone number",
            "email" => "email address",
            "NI number" => "National Insurance number",
            "DOB" or "date of birth" => "date of birth",
            "withheld" => "withheld word",
            _ => kind,
        };
        if (count == 1) return singular;
        return singular switch
        {
            "date of birth" => "dates of birth",
            "email address" or "address" => singular + "es",
            _ when singular.EndsWith('s') => singular + "es",
            _ => singular + "s",
        };
    }
}
