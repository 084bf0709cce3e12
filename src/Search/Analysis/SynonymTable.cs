namespace VoiceHub.Search.Analysis;

/// <summary>
/// Words and phrases that mean the same, as analysed terms (stemmed, so "direct payments" and "direct payment" are one
/// entry). Looked up by a run of analysed query words, longest first.
/// </summary>
public sealed class SynonymTable
{
    public static readonly SynonymTable Empty = new([]);

    private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);

    /// <param name="sets">Each set: its phrases, each phrase the analysed terms with their positions.</param>
    public SynonymTable(IReadOnlyList<IReadOnlyList<AnalysedPhrase>> sets)
    {
        Sets = sets;
        for (var i = 0; i < sets.Count; i++)
        {
            foreach (var phrase in sets[i])
            {
                _lookup[phrase.Key] = i;
                MaxTerms = Math.Max(MaxTerms, phrase.Terms.Count);
            }
        }
    }

    public IReadOnlyList<IReadOnlyList<AnalysedPhrase>> Sets { get; }

    /// <summary>The most terms in any phrase: no longer run of words can match.</summary>
    public int MaxTerms { get; }

    /// <summary>The other phrases meaning the same as <paramref name="terms"/>, or null when it has no synonyms.</summary>
    public IReadOnlyList<AnalysedPhrase>? Find(IEnumerable<string> terms)
    {
        var key = string.Join(' ', terms);
        return _lookup.TryGetValue(key, out var set) ? Sets[set].Where(p => p.Key != key).ToList() : null;
    }
}
