namespace VoiceHub.Search.Queries;

/// <summary>
/// What a snippet marks, from the query as built: analysed words (stemmed, so "explaining" marks "explained"),
/// phrases of analysed words (multi-word synonyms), exact phrases (quoted, unstemmed) and prefixes (word*).
/// </summary>
internal sealed class Highlight
{
    public HashSet<string> Stems { get; } = new(StringComparer.Ordinal);
    public List<string[]> StemPhrases { get; } = [];
    public List<string[]> ExactPhrases { get; } = [];
    public List<string> Prefixes { get; } = [];

    public bool IsEmpty => Stems.Count == 0 && StemPhrases.Count == 0 && ExactPhrases.Count == 0 && Prefixes.Count == 0;
}
