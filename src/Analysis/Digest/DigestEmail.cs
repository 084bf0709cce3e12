using System.Globalization;
using System.Text;
using VoiceHub.Core.Reporting;
using static VoiceHub.Analysis.Digest.DigestFormat;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// The digest's email: plain text, figures and sentences only (never what people said), and the link to read it. Kept
/// apart from the HTML (<c>Html/DigestBody.razor</c>), which carries quotes and is only read signed in.
/// </summary>
public static class DigestEmail
{
    public static (string Subject, string Body) Write(DigestContent d, string? digestUrl)
    {
        var week = IsoWeek.Parse(d.Week);
        var count = d.Issues.Count + d.NegativeTurns.Count;
        var subject = $"VoiceHub digest for {week.Describe()}: {(count == 0 ? "no" : N(count))} emerging {Plural(count, "issue", "issues")}";
        if (d.Supersedes is not null) subject += " (updated)";
        var b = new StringBuilder();
        if (d.Supersedes is { } replaced)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"This updates the digest you had (version {N(replaced)}): feedback or classification arrived after it was built. What changed:");
            foreach (var change in d.Changes) b.AppendLine(CultureInfo.InvariantCulture, $"- {change}");
            b.AppendLine();
        }
        if (d.Pending is { Complete: false } && d.Notes.Count > 0) b.AppendLine(d.Notes[0]).AppendLine();
        b.AppendLine(CultureInfo.InvariantCulture, $"{N(d.Numbers.Total)} pieces of feedback, {Compare(d.Numbers.Total, d.Numbers.PreviousWeek, d.Numbers.Average12)}.");
        b.AppendLine();
        if (count > 0)
        {
            b.AppendLine("Emerging issues:");
            foreach (var i in d.Issues.Take(10)) b.AppendLine(CultureInfo.InvariantCulture, $"- {i.Sentence}");
            foreach (var t in d.NegativeTurns.Take(5)) b.AppendLine(CultureInfo.InvariantCulture, $"- {t.Sentence}");
            if (d.Issues.Count > 10) b.AppendLine(CultureInfo.InvariantCulture, $"- and {N(d.Issues.Count - 10)} more.");
            b.AppendLine();
        }
        if (d.Phrases.Count > 0) b.AppendLine(CultureInfo.InvariantCulture, $"New phrases: {string.Join(", ", d.Phrases.Select(p => $"\u201c{p.Text}\u201d"))}.").AppendLine();
        if (d.NewTopics.Count > 0) b.AppendLine(CultureInfo.InvariantCulture, $"New topics no theme covers yet: {N(d.NewTopics.Count)}, in the digest.").AppendLine();
        var overdue = d.Commitments.Count(c => c.Overdue);
        if (overdue > 0) b.AppendLine(CultureInfo.InvariantCulture, $"{N(overdue)} \u201cwe will\u201d {Plural(overdue, "commitment is", "commitments are")} overdue.").AppendLine();
        var quiet = d.Coverage.Localities.Where(l => l.Quiet).Select(l => l.Name).ToList();
        if (quiet.Count > 0) b.AppendLine(CultureInfo.InvariantCulture, $"Quiet localities over the last 12 weeks: {string.Join(", ", quiet)}.").AppendLine();
        if (digestUrl is not null) b.AppendLine(CultureInfo.InvariantCulture, $"Read the digest with its evidence: {digestUrl}");
        return (subject, b.ToString().TrimEnd());
    }
}
