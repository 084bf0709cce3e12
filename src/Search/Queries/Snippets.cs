using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Snippets built on Lucene's own token offsets. The stored text is
/// analysed as the <c>exact</c> field (every word, unstemmed) and as the <c>text</c> field (stemmed, stop words out);
/// tokens are matched to what the query asked for (words by stem, phrases in sequence, prefixes), marked with
/// <c>&lt;mark&gt;</c>, and the window of the text holding the most marks is kept. All text is HTML-encoded.
/// </summary>
/// <remarks>
/// Why not Lucene.Net.Highlighter (now served here): <c>voicehub bench snippets</c> runs both on the query the hub builds,
/// over 3,626 real comments. The highlighter took 2–2.7 times as long a snippet (36 against 98 µs under load, 18 against
/// 36 µs quiet), and it reads one field's tokens, so a quoted phrase, searched in the unstemmed <c>exact</c> field, was
/// not marked in the stemmed <c>text</c> field's tokens (44 of the 3,626). Otherwise both marked the same words.
/// </remarks>
internal static class Snippets
{
    public static string Make(Analyzer analyzer, string text, Highlight highlight, int maxChars = 240)
    {
        var spans = highlight.IsEmpty ? [] : Marks(analyzer, text, highlight);
        var (from, to) = Window(text, spans, maxChars);
        var sb = new StringBuilder();
        if (from > 0) sb.Append("… ");
        var at = from;
        foreach (var (start, end) in spans)
        {
            if (start < at || end > to) continue;
            sb.Append(WebUtility.HtmlEncode(text[at..start]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    private sealed record Token(int Start, int End, string Exact)
    {
        public string? Stem { get; set; }
    }

    /// <summary>The character spans to mark, in order, not overlapping.</summary>
    private static List<(int Start, int End)> Marks(Analyzer analyzer, string text, Highlight highlight)
    {
        var tokens = new List<Token>();
        var byStart = new Dictionary<int, Token>();
        Analyse(analyzer, IndexSchema.Exact, text, (start, end, term) =>
        {
            var token = new Token(start, end, term);
            tokens.Add(token);
            byStart.TryAdd(start, token);
        });
        Analyse(analyzer, IndexSchema.Text, text, (start, _, term) =>
        {
            if (byStart.TryGetValue(start, out var token)) token.Stem = term;
        });

        var marked = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if ((t.Stem is not null && highlight.Stems.Contains(t.Stem))
                || highlight.Prefixes.Any(p => t.Exact.StartsWith(p, StringComparison.Ordinal)))
            {
                marked[i] = true;
            }
        }
        foreach (var phrase in highlight.ExactPhrases) MarkSequences(tokens, Enumerable.Range(0, tokens.Count).ToList(), t => t.Exact, phrase, marked);
        if (highlight.StemPhrases.Count > 0)
        {
            // Stop words have no stem; a phrase of stems runs over them, as the phrase query does.
            var stemmed = Enumerable.Range(0, tokens.Count).Where(i => tokens[i].Stem is not null).ToList();
            foreach (var phrase in highlight.StemPhrases) MarkSequences(tokens, stemmed, t => t.Stem!, phrase, marked);
        }

        var spans = new List<(int, int)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (marked[i]) spans.Add((tokens[i].Start, tokens[i].End));
        }
        return spans;
    }

    private static void MarkSequences(List<Token> tokens, List<int> order, Func<Token, string> key, string[] phrase, bool[] marked)
    {
        if (phrase.Length == 0) return;
        for (var i = 0; i + phrase.Length <= order.Count; i++)
        {
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++) match = key(tokens[order[i + k]]) == phrase[k];
            if (!match) continue;
            for (var k = 0; k < phrase.Length; k++) marked[order[i + k]] = true;
        }
    }

    private static void Analyse(Analyzer analyzer, string field, string text, Action<int, int, string> onToken)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) onToken(offset.StartOffset, offset.EndOffset, term.ToString());
        stream.End();
    }

    /// <summary>The window of at most <paramref name="maxChars"/> holding the most marks, widened to word boundaries.</summary>
    private static (int From, int To) Window(string text, List<(int Start, int End)> spans, int maxChars)
    {
        if (text.Length <= maxChars) return (0, text.Length);
        var bestStart = 0;
        var bestCount = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            var count = 0;
            for (var j = i; j < spans.Count && spans[j].End - spans[i].Start <= maxChars; j++) count++;
            if (count > bestCount)
            {
                bestCount = count;
                bestStart = spans[i].Start;
            }
        }
        // Lead in with a little context before the first mark.
        var from = Math.Max(0, bestStart - maxChars / 4);
        if (from > 0)
        {
            var space = text.IndexOf(' ', from);
            from = space >= 0 && space < bestStart ? space + 1 : from;
        }
        var to = Math.Min(text.Length, from + maxChars);
        if (to < text.Length)
        {
            var space = text.LastIndexOf(' ', to);
            if (space > from) to = space;
        }
        return (from, to);
    }
}
