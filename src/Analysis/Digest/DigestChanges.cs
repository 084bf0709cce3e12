using System.Globalization;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// What a new version of a week's digest changes for someone who read the one before, in plain sentences: "2 new
/// issues: …", "Transport in Tilbury rose from 18 to 22 comments.". An issue is the same issue in both when any of its
/// flags is (a burst may be led by another of its flags once more of it is in).
/// </summary>
public static class DigestChanges
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The digest as one reader should get it: a new version lists what changed since the version that reader was
    /// emailed (<paramref name="emailedVersion"/>, its content <paramref name="emailed"/>), not since the newest earlier
    /// one, which they may never have seen. Unchanged when they were emailed the one it supersedes, or none.
    /// </summary>
    public static DigestContent ForReader(DigestContent now, int? emailedVersion, DigestContent? emailed) =>
        now.Supersedes is null || emailedVersion is null || emailed is null || emailedVersion == now.Supersedes ? now
            : now with { Supersedes = emailedVersion, Changes = Between(emailed, now) };

    public static IReadOnlyList<string> Between(DigestContent old, DigestContent now)
    {
        var changes = new List<string>();
        if (old.Pending is { Complete: false } && now.Pending is { Complete: true })
            changes.Add("Every comment of the week is now in, sorted into themes and read for meaning.");
        var more = now.Numbers.Total - old.Numbers.Total;
        if (more != 0)
            changes.Add($"{N(Math.Abs(more))} {(more > 0 ? "more" : "fewer")} {(Math.Abs(more) == 1 ? "comment" : "comments")} this week: {N(now.Numbers.Total)}, was {N(old.Numbers.Total)}.");

        static HashSet<string> Flags(DigestContent.Issue i) => [i.FlagId, .. i.AlsoShows.Select(a => a.FlagId)];
        DigestContent.Issue? Match(DigestContent.Issue i, IReadOnlyList<DigestContent.Issue> among) => among.FirstOrDefault(o => Flags(o).Overlaps(Flags(i)));
        var added = now.Issues.Where(i => Match(i, old.Issues) is null).ToList();
        var gone = old.Issues.Where(i => Match(i, now.Issues) is null).ToList();
        if (added.Count > 0)
            changes.Add($"{N(added.Count)} new {(added.Count == 1 ? "issue" : "issues")}: {string.Join("; ", added.Select(i => Subject(i.Sentence)))}.");
        if (gone.Count > 0)
            changes.Add($"{N(gone.Count)} {(gone.Count == 1 ? "issue no longer stands" : "issues no longer stand")} out: {string.Join("; ", gone.Select(i => Subject(i.Sentence)))}.");
        foreach (var i in now.Issues)
        {
            if (Match(i, old.Issues) is not { } was || was.Count == i.Count) continue;
            changes.Add($"{Subject(i.Sentence)} {(i.Count > was.Count ? "rose" : "fell")} from {N(was.Count)} to {N(i.Count)} comments.");
        }
        var newTurns = now.NegativeTurns.Where(t => old.NegativeTurns.All(o => o.Theme != t.Theme || o.Locality != t.Locality)).ToList();
        if (newTurns.Count > 0) changes.Add($"Turning negative now: {string.Join("; ", newTurns.Select(t => t.Sentence.TrimEnd('.')))}.");
        if (now.Phrases.Count != old.Phrases.Count || now.Phrases.Any(p => old.Phrases.All(o => o.Text != p.Text)))
        {
            var newPhrases = now.Phrases.Where(p => old.Phrases.All(o => o.Text != p.Text)).Select(p => $"\u201c{p.Text}\u201d").ToList();
            changes.Add(newPhrases.Count > 0 ? $"New phrases: {string.Join(", ", newPhrases)}." : "Fewer new phrases stand out.");
        }
        return changes;
    }

    /// <summary>"Transport in Tilbury" from "Transport in Tilbury: 22 comments this week, about 2 expected."</summary>
    private static string Subject(string sentence) => sentence.Split(": ", 2)[0];

    private static string N(int n) => n.ToString("N0", En);
}
