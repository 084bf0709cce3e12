using System.Text.Json.Nodes;

namespace VoiceHub.Ingest;

/// <summary>
/// What staff said about a document, kept in its metadata: a locality for all of it, a VCS report's organisation and
/// period, the survey mapping they confirmed, and header fields given on review. Staff's word wins over the file's.
/// </summary>
public sealed record UploadDetails
{
    public const string Title = "title";
    public const string Date = "date";
    public const string Locality = "locality";
    public const string ServiceArea = "serviceArea";
    public const string HostedBy = "hostedBy";
    public const string Attending = "attending";
    public const string Organisation = "organisation";
    public const string Period = "period";

    /// <summary>Field values by key (<see cref="Title"/>, <see cref="Date"/> as ISO, <see cref="Organisation"/>…).</summary>
    public Dictionary<string, string> Fields { get; init; } = [];

    /// <summary>Survey column role codes confirmed by staff, one per column.</summary>
    public string[]? Mapping { get; init; }

    public string? Field(string key) => Fields.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public static UploadDetails Parse(string? metadataJson)
    {
        if (string.IsNullOrWhiteSpace(metadataJson) || JsonNode.Parse(metadataJson) is not JsonObject o) return new UploadDetails();
        var fields = new Dictionary<string, string>();
        if (o["fields"] is JsonObject f)
        {
            foreach (var (k, v) in f)
            {
                if (v is JsonValue value && value.TryGetValue<string>(out var s)) fields[k] = s;
            }
        }
        string[]? mapping = o["mapping"] is JsonArray a ? a.Select(x => x?.GetValue<string>() ?? "").ToArray() : null;
        return new UploadDetails { Fields = fields, Mapping = mapping };
    }

    /// <summary>A metadata object holding these fields (and mapping, when set), to store or to merge into a document's.</summary>
    public string ToJson()
    {
        var o = new JsonObject { ["fields"] = new JsonObject(Fields.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))) };
        if (Mapping is not null) o["mapping"] = new JsonArray(Mapping.Select(m => (JsonNode?)m).ToArray());
        return o.ToJsonString();
    }

    /// <summary>These details with <paramref name="more"/> added over them.</summary>
    public UploadDetails With(IReadOnlyDictionary<string, string> more)
    {
        var fields = new Dictionary<string, string>(Fields);
        foreach (var (k, v) in more)
        {
            if (!string.IsNullOrWhiteSpace(v)) fields[k] = v.Trim();
        }
        return this with { Fields = fields };
    }

}
