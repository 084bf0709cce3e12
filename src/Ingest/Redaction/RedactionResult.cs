namespace VoiceHub.Ingest.Redaction;

/// <summary>
/// Redacted text with its record: how many details of each kind were removed (keyed by the placeholder, e.g.
/// <c>[name]</c>), and how many of those were uncertain (removed to be safe). Never the removed text itself.
/// </summary>
public sealed record RedactionResult(string Text, IReadOnlyDictionary<string, int> Counts, int Uncertain)
{
    public static readonly IReadOnlyDictionary<string, int> None = new Dictionary<string, int>();

    public int Total => Counts.Values.Sum();
}
