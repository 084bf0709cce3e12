using System.Diagnostics;
using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>
/// Scores the redactor on a planted set: per kind, recall (planted details whose every letter and digit was removed)
/// and precision (removed spans that overlap a planted detail); the share of look-alikes touched; the share of the seed
/// comments, untouched, that the redactor changed at all; and items a second on one thread.
/// </summary>
public static class RedactionBench
{
    public sealed record KindFigures(string Kind, int Planted, int Removed, double Recall, int Spans, int Right, double Precision);

    public sealed record Figures(int Items, int Seed, PlantedSetName Set, IReadOnlyList<KindFigures> Kinds, double NameRecall,
        double UnlistedNameRecall, int UnlistedNames, double IdentifierRecall, double Precision, int LookAlikes, int LookAlikesTouched,
        int PlainComments, int PlainChanged, double PlainChangedShare, double ItemsPerSecond);

    public static Figures Run(IReadOnlyList<string> comments, IReadOnlyList<string> firstNames, IReadOnlyList<string> surnames,
        IReadOnlySet<string> notNames, int items, int seed, PlantedSetName set, double timedSeconds = 1)
    {
        var built = new PlantedSet(firstNames, surnames, notNames, seed, set).Build(comments, items);
        var planted = new Dictionary<string, (int Planted, int Removed)>();
        var spans = new Dictionary<string, (int Spans, int Right)>();
        int unlisted = 0, unlistedRemoved = 0, lookAlikes = 0, touched = 0;
        foreach (var item in built)
        {
            var found = Redactor.Find(item.Text);
            foreach (var d in item.Details)
            {
                var hit = found.Any(f => f.Start < d.End && d.Start < f.End);
                if (d.Kind == "keep")
                {
                    lookAlikes++;
                    if (hit) touched++;
                    continue;
                }
                var removed = Covered(item.Text, d, found);
                var p = planted.GetValueOrDefault(d.Kind);
                planted[d.Kind] = (p.Planted + 1, p.Removed + (removed ? 1 : 0));
                if (d.Kind == "name" && !d.Listed)
                {
                    unlisted++;
                    if (removed) unlistedRemoved++;
                }
            }
            foreach (var f in found)
            {
                var right = item.Details.Any(d => d.Kind != "keep" && f.Start < d.End && d.Start < f.End);
                var s = spans.GetValueOrDefault(f.Placeholder);
                spans[f.Placeholder] = (s.Spans + 1, s.Right + (right ? 1 : 0));
            }
        }
        var plainChanged = comments.Count(c => Redactor.Find(c).Count > 0);
        var kinds = planted.Keys.Select(k => Placeholder(k)).Union(spans.Keys).Order().Select(placeholder =>
        {
            var p = planted.GetValueOrDefault(Kind(placeholder));
            var s = spans.GetValueOrDefault(placeholder);
            return new KindFigures(Kind(placeholder), p.Planted, p.Removed, Ratio(p.Removed, p.Planted), s.Spans, s.Right, Ratio(s.Right, s.Spans));
        }).ToList();
        var names = kinds.Where(k => k.Kind == "name").ToList();
        var ids = kinds.Where(k => k.Kind != "name").ToList();
        return new Figures(built.Count, seed, set, kinds,
            Ratio(names.Sum(k => k.Removed), names.Sum(k => k.Planted)), Ratio(unlistedRemoved, unlisted), unlisted,
            Ratio(ids.Sum(k => k.Removed), ids.Sum(k => k.Planted)), Ratio(kinds.Sum(k => k.Right), kinds.Sum(k => k.Spans)),
            lookAlikes, touched, comments.Count, plainChanged, Ratio(plainChanged, comments.Count),
            Speed(built.Select(i => i.Text).Concat(comments).ToList(), timedSeconds));
    }

    /// <summary>
    /// The planted details the redactor left in, each with the words around it, and what it removed from the untouched seed
    /// comments, for <c>bench redaction --misses</c>: the seed comments are a published open dataset and the planted
    /// names and numbers invented, so printing them shows no one's private data.
    /// </summary>
    public static IReadOnlyList<string> Misses(IReadOnlyList<string> comments, IReadOnlyList<string> firstNames, IReadOnlyList<string> surnames,
        IReadOnlySet<string> notNames, int items, int seed, PlantedSetName set)
    {
        var misses = new List<string>();
        foreach (var item in new PlantedSet(firstNames, surnames, notNames, seed, set).Build(comments, items))
        {
            var found = Redactor.Find(item.Text);
            foreach (var d in item.Details)
            {
                var hit = found.Any(f => f.Start < d.End && d.Start < f.End);
                if (d.Kind == "keep" ? !hit : Covered(item.Text, d, found)) continue;
                var from = Math.Max(0, d.Start - 40);
                var to = Math.Min(item.Text.Length, d.End + 30);
                var context = (item.Text[from..d.Start] + "<<" + item.Text[d.Start..d.End] + ">>" + item.Text[d.End..to]).ReplaceLineEndings(" ");
                misses.Add($"{(d.Kind == "keep" ? "touched look-alike" : d.Kind)}: …{context}…");
            }
            foreach (var f in found.Where(f => !item.Details.Any(d => d.Kind != "keep" && f.Start < d.End && d.Start < f.End)))
            {
                var from = Math.Max(0, f.Start - 30);
                var to = Math.Min(item.Text.Length, f.End + 20);
                misses.Add($"removed, not planted, {f.Placeholder}: …{(item.Text[from..f.Start] + "<<" + item.Text[f.Start..f.End] + ">>" + item.Text[f.End..to]).ReplaceLineEndings(" ")}…");
            }
        }
        foreach (var comment in comments)
        {
            foreach (var f in Redactor.Find(comment))
            {
                var from = Math.Max(0, f.Start - 30);
                var to = Math.Min(comment.Length, f.End + 20);
                misses.Add($"seed comment changed, {f.Placeholder}: …{(comment[from..f.Start] + "<<" + comment[f.Start..f.End] + ">>" + comment[f.End..to]).ReplaceLineEndings(" ")}…");
            }
        }
        return misses;
    }

    // Items a second on this one thread, timed over at least timedSeconds (one pass at least) after one warm pass.
    private static double Speed(IReadOnlyList<string> texts, double timedSeconds)
    {
        foreach (var t in texts) Redactor.Redact(t);
        var sw = Stopwatch.StartNew();
        var done = 0;
        while (done == 0 || sw.Elapsed.TotalSeconds < timedSeconds)
        {
            foreach (var t in texts) Redactor.Redact(t);
            done += texts.Count;
        }
        return done / sw.Elapsed.TotalSeconds;
    }

    private static bool Covered(string text, Planted d, IReadOnlyList<RedactedSpan> found)
    {
        for (var i = d.Start; i < d.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !found.Any(f => f.Start <= i && i < f.End)) return false;
        }
        return true;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static string Placeholder(string kind) => "[" + kind + "]";

    private static string Kind(string placeholder) => placeholder.Trim('[', ']');
}
