using System.Diagnostics;
using System.Text.RegularExpressions;
using Lucene.Net.Search.Highlight;
using VoiceHub.Cli.Samples;
using VoiceHub.Search;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Queries;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// The hub's snippets (<see cref="Snippets"/>, on the analyser's token offsets) against Lucene.Net.Highlighter's
/// <see cref="Highlighter"/> with a <see cref="QueryScorer"/> on the very query the hub builds, over the real comments of
/// <c>seeds/data</c>: time per 240-character snippet, and whether both mark the same words when each marks the whole text.
/// The highlighter is given the stemmed <c>text</c> field's tokens, where plain words are searched; quoted phrases and
/// word* are searched in the unstemmed <c>exact</c> field, which one token stream cannot also be.
/// </summary>
public static partial class SnippetBench
{
    private static readonly string[] Queries =
    [
        "waiting time", "rude receptionist", "car parking", "explained clearly", "discharge", "carers", "pain relief", "food",
        "staff friendly", "appointment cancelled", "phone", "transport", "lonely", "medication", "clean", "nurse",
        "communication", "kind and caring", "respect", "letters", "wheelchair", "hearing", "interpreter", "waited hours",
        "\"waiting time\"", "wait*", "nurse OR doctor", "parking -car",
    ];

    public sealed record Figures(int Queries, int Snippets, double HubMicroseconds, double HighlighterMicroseconds, int SameWords, int Compared,
        IReadOnlyList<string> Differences);

    public static Figures Run(string seedsDirectory, int rounds)
    {
        var texts = LabelledFeedback.Load(seedsDirectory).Select(f => f.Text).Where(t => t.Length > 0).ToList();
        using var analyzer = new VoiceHubAnalyzer();
        var formatter = new SimpleHTMLFormatter("<mark>", "</mark>");
        var encoder = new SimpleHTMLEncoder();
        var pairs = new List<(string Text, Highlight Highlight, Highlighter Window, Highlighter Whole)>();
        foreach (var q in Queries)
        {
            var built = new QueryBuilder(analyzer, SynonymTable.Empty, _ => []).Build(QuerySyntax.Parse(q));
            if (built.Query is null) continue;
            var scorer = new QueryScorer(built.Query);
            var window = new Highlighter(formatter, encoder, scorer) { TextFragmenter = new SimpleSpanFragmenter(scorer, 240) };
            var whole = new Highlighter(formatter, encoder, new QueryScorer(built.Query)) { TextFragmenter = new NullFragmenter() };
            foreach (var text in texts)
            {
                if (Snippets.Make(analyzer, text, built.Highlight, int.MaxValue).Contains("<mark>", StringComparison.Ordinal)) pairs.Add((text, built.Highlight, window, whole));
            }
        }

        var differences = new List<string>();
        var same = 0;
        foreach (var (text, highlight, _, whole) in pairs)
        {
            var hub = Marked(Snippets.Make(analyzer, text, highlight, int.MaxValue));
            var lucene = Marked(whole.GetBestFragment(analyzer, IndexSchema.Text, text) ?? "");
            if (hub.SetEquals(lucene)) same++;
            else if (differences.Count < 8) differences.Add($"hub [{string.Join(", ", hub.Order())}] highlighter [{string.Join(", ", lucene.Order())}]");
        }

        double hubTime = double.MaxValue, luceneTime = double.MaxValue;
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var (text, highlight, _, _) in pairs) Snippets.Make(analyzer, text, highlight);
            hubTime = Math.Min(hubTime, clock.Elapsed.TotalMicroseconds / pairs.Count);
            clock.Restart();
            foreach (var (text, _, window, _) in pairs) window.GetBestFragment(analyzer, IndexSchema.Text, text);
            luceneTime = Math.Min(luceneTime, clock.Elapsed.TotalMicroseconds / pairs.Count);
        }
        return new Figures(Queries.Length, pairs.Count, hubTime, luceneTime, same, pairs.Count, differences);
    }

    private static HashSet<string> Marked(string html) =>
        MarkPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkPattern();
}
