using System.Net;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Snippets built on Lucene's own token offsets (the Highlighter package is not available here): the stored text is
/// re-analysed, tokens whose analysed form is a query term are marked, and the densest window of the text is kept.
/// </summary>
public static class Snippets
{
    public static string Make(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms, int maxChars = 240)
    {
        var spans = new List<(int Start, int End)>();
        if (terms.Count > 0)
        {
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (terms.Contains(term.ToString())) spans.Add((offset.StartOffset, offset.EndOffset));
            }
            stream.End();
        }

        var (from, to) = Window(text, spans, maxChars);
        var sb = new StringBuilder();
        if (from > 0) sb.Append("… ");
        var at = from;
        foreach (var (start, end) in spans.Where(s => s.Start >= from && s.End <= to))
        {
            if (start < at) continue;
            sb.Append(WebUtility.HtmlEncode(text[at..start]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..to]));
        if (to < text.Length) sb.Append(" …");
        return sb.ToString();
    }

    /// <summary>The window of at most <paramref name="maxChars"/> holding the most matches, widened to word boundaries.</summary>
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
        // Lead in with a little context before the first match.
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
