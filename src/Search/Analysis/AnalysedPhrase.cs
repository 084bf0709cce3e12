using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace VoiceHub.Search.Analysis;

/// <summary>Text as one field's analyser makes it: terms with their positions (a removed stop word leaves a gap).</summary>
public sealed record AnalysedPhrase(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    public string Key => string.Join(' ', Terms);

    public static AnalysedPhrase Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var positions = new List<int>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(term.ToString());
            positions.Add(position);
        }
        stream.End();
        // Positions relative to the first term, so a leading stop word does not shift the phrase.
        var first = positions.Count > 0 ? positions[0] : 0;
        return new AnalysedPhrase(terms, positions.Select(p => p - first).ToList());
    }
}
