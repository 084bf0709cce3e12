using System.Text.RegularExpressions;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// The plain baseline a trained model must beat: keyword lists, as an analyst would write them. Each theme's keywords
/// are the words of its name plus the five words most particular to it in the training rows (seen at least five times,
/// at least half of their rows carrying the theme). A text gets every theme one of whose keywords it contains, else
/// "Not assigned". No weights, no thresholds.
/// </summary>
public sealed partial class KeywordBaseline
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "with", "from", "by", "at", "is", "was", "were", "be",
        "it", "i", "my", "me", "we", "they", "he", "she", "you", "that", "this", "not", "no", "very", "so", "all", "as",
        "are", "have", "had", "has", "but", "there", "their", "our", "your", "them", "about", "would", "could", "if",
        "been", "do", "did", "just", "what", "when", "more", "other", "&", "assigned", "general", "unspecified",
    ];

    private readonly IReadOnlyDictionary<string, HashSet<string>> _keywords;

    private KeywordBaseline(IReadOnlyDictionary<string, HashSet<string>> keywords) => _keywords = keywords;

    public IReadOnlyDictionary<string, HashSet<string>> Keywords => _keywords;

    public static KeywordBaseline Learn(IReadOnlyList<LabelledRow> rows)
    {
        var labels = rows.SelectMany(r => r.Labels).Distinct().Where(l => l != Themes.Decoding.NotAssigned).ToList();
        var documents = rows.Select(r => Words(r.Text).ToHashSet()).ToList();
        var wordCounts = documents.SelectMany(d => d).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var keywords = new Dictionary<string, HashSet<string>>();
        foreach (var label in labels)
        {
            var set = Words(label).ToHashSet();
            var withLabel = rows.Select((r, i) => (r, i)).Where(x => x.r.Labels.Contains(label)).Select(x => documents[x.i]).ToList();
            var particular = withLabel.SelectMany(d => d).GroupBy(w => w)
                .Select(g => (Word: g.Key, Share: (double)g.Count() / wordCounts[g.Key], Count: wordCounts[g.Key]))
                .Where(x => x.Count >= 5 && x.Share >= 0.5)
                .OrderByDescending(x => x.Share).ThenByDescending(x => x.Count).ThenBy(x => x.Word, StringComparer.Ordinal)
                .Take(5).Select(x => x.Word);
            set.UnionWith(particular);
            keywords[label] = set;
        }
        return new KeywordBaseline(keywords);
    }

    public IReadOnlyCollection<string> Predict(string text)
    {
        var words = Words(text).ToHashSet();
        var found = _keywords.Where(k => k.Value.Overlaps(words)).Select(k => k.Key).ToList();
        return found.Count == 0 ? [Themes.Decoding.NotAssigned] : found;
    }

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2 && !StopWords.Contains(w));

    [GeneratedRegex(@"[a-z]+")]
    private static partial Regex WordPattern();
}
