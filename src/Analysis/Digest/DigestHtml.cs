using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// The digest as HTML with GOV.UK Design System markup: one renderer for the web page, the file the CLI writes and
/// print, so they never disagree. Every piece of text is HTML-encoded here; quotes are redacted text looked up by item
/// id when shown (an erased item is simply left out). Each chart has a table of the same figures beside it.
/// </summary>
public static class DigestHtml
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="quotes">Redacted text of the quoted items, by id.</param>
    /// <param name="afterLead">Markup the page puts under the opening paragraph (its own controls); encoded by the caller.</param>
    public static string Body(DigestContent d, DigestLinks links, IReadOnlyDictionary<long, string> quotes, string? afterLead = null)
    {
        var week = IsoWeek.Parse(d.Week);
        var h = new StringBuilder();
        h.Append(CultureInfo.InvariantCulture, $"<span class=\"govuk-caption-l\">Weekly digest, {E(d.Week)}</span>");
        h.Append(CultureInfo.InvariantCulture, $"<h1 class=\"govuk-heading-l\">What we heard in {E(week.Describe())}</h1>");
        var issueCount = d.Issues.Count + d.NegativeTurns.Count;
        var issuesWord = issueCount == 1 ? "emerging issue" : "emerging issues";
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-l\">{N(d.Numbers.Total)} {(d.Numbers.Total == 1 ? "piece" : "pieces")} of feedback, {Compare(d.Numbers.Total, d.Numbers.PreviousWeek, d.Numbers.Average12)}. ");
        h.Append(CultureInfo.InvariantCulture, $"{(issueCount == 0 ? "No" : N(issueCount))} {issuesWord}, {(d.Phrases.Count == 0 ? "no" : N(d.Phrases.Count))} new {(d.Phrases.Count == 1 ? "phrase" : "phrases")}");
        var overdue = d.Commitments.Count(c => c.Overdue);
        h.Append(overdue > 0 ? $", and {N(overdue)} \u201cwe will\u201d {(overdue == 1 ? "commitment" : "commitments")} overdue.</p>" : ".</p>");
        if (afterLead is not null) h.Append(afterLead);
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s\">Built {E(Time(d.BuiltAt))}. Feedback is counted in the week it was given (the date on it), or the week VoiceHub received it when it has no date, Monday to Sunday, UK time.</p>");
        if (d.Supersedes is { } replaced)
        {
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-inset-text\"><p class=\"govuk-body\">This version replaces version {N(replaced)}, built before later feedback or classification. What changed since:</p><ul class=\"govuk-list govuk-list--bullet\">");
            foreach (var change in d.Changes) h.Append(CultureInfo.InvariantCulture, $"<li>{E(change)}</li>");
            h.Append("</ul></div>");
        }
        foreach (var note in d.Notes) h.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-inset-text\">{E(note)}</div>");

        h.Append("<nav class=\"app-contents\" aria-label=\"Contents\"><h2 class=\"govuk-heading-s\">Contents</h2><ol class=\"govuk-list govuk-list--number\">");
        foreach (var (id, title) in Sections) h.Append(CultureInfo.InvariantCulture, $"<li><a class=\"govuk-link\" href=\"#{id}\">{E(title)}</a></li>");
        h.Append("</ol></nav>");

        Numbers(h, d);
        Issues(h, d, links, quotes);
        PhraseSection(h, d, links);
        NewTopicSection(h, d, links, quotes);
        LastWeek(h, d, links);
        SavedSearchSection(h, d, links);
        CommitmentSection(h, d, links);
        CoverageSection(h, d.Coverage, links, summary: true);
        return h.ToString();
    }

    private static readonly (string Id, string Title)[] Sections =
    [
        ("numbers", "The week in numbers"),
        ("issues", "Emerging issues"),
        ("phrases", "New phrases"),
        ("new-topics", "New topics"),
        ("last-week", "What became of last week\u2019s issues"),
        ("saved-searches", "Saved searches with new feedback"),
        ("commitments", "\u201cWe will\u201d commitments overdue or due this week"),
        ("coverage", "Whose voice is missing"),
    ];

    private static string Title(string id) => Sections.First(s => s.Id == id).Title;

    /// <summary>A whole HTML document for a file: the digest with its styles inline and no outside links or scripts.</summary>
    public static string Document(DigestContent d, DigestLinks links, IReadOnlyDictionary<long, string> quotes, string css)
    {
        var title = $"VoiceHub weekly digest {d.Week}";
        return $"<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template\"><head><meta charset=\"utf-8\"><title>{E(title)}</title>" +
               $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>{css}</style></head>" +
               "<body class=\"govuk-template__body\"><div class=\"govuk-width-container\"><main class=\"govuk-main-wrapper\" id=\"main-content\">" +
               Body(d, links, quotes) + "</main></div></body></html>\n";
    }

    /// <summary>The email: plain text, figures and sentences only (never what people said), and the link to read it.</summary>
    public static (string Subject, string Body) Email(DigestContent d, string? digestUrl)
    {
        var week = IsoWeek.Parse(d.Week);
        var count = d.Issues.Count + d.NegativeTurns.Count;
        var subject = $"VoiceHub digest for {week.Describe()}: {(count == 0 ? "no" : N(count))} emerging {(count == 1 ? "issue" : "issues")}";
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
        if (overdue > 0) b.AppendLine(CultureInfo.InvariantCulture, $"{N(overdue)} \u201cwe will\u201d {(overdue == 1 ? "commitment is" : "commitments are")} overdue.").AppendLine();
        var quiet = d.Coverage.Localities.Where(l => l.Quiet).Select(l => l.Name).ToList();
        if (quiet.Count > 0) b.AppendLine(CultureInfo.InvariantCulture, $"Quiet localities over the last 12 weeks: {string.Join(", ", quiet)}.").AppendLine();
        if (digestUrl is not null) b.AppendLine(CultureInfo.InvariantCulture, $"Read the digest with its evidence: {digestUrl}");
        return (subject, b.ToString().TrimEnd());
    }

    private static void Numbers(StringBuilder h, DigestContent d)
    {
        Heading(h, "numbers");
        if (d.Numbers.Total == 0 && d.Numbers.PreviousWeek == 0 && d.Numbers.Average12 == 0)
        {
            h.Append("<p class=\"govuk-body\">No feedback was recorded for this week or the 12 weeks before it.</p>");
            return;
        }
        NumberTable(h, "By channel", "Channel", d.Numbers.ByChannel, d.Numbers);
        NumberTable(h, "By locality", "Locality", d.Numbers.ByLocality, d.Numbers);
    }

    private static void NumberTable(StringBuilder h, string caption, string first, IReadOnlyList<DigestContent.NumberRow> rows, DigestContent.NumbersSection totals)
    {
        h.Append(CultureInfo.InvariantCulture, $"<table class=\"govuk-table app-table--numbers\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{E(caption)}</caption>");
        h.Append($"<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">{E(first)}</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">This week</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Week before</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">12-week average</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header\">Change on average</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var r in rows)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{E(r.Name)}</th>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(r.ThisWeek)}</td>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(r.PreviousWeek)}</td>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{r.Average12.ToString("N1", En)}</td>" +
                     $"<td class=\"govuk-table__cell\">{E(Change(r.ThisWeek, r.Average12))}</td></tr>");
        }
        h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row app-table__total\"><th scope=\"row\" class=\"govuk-table__header\">All feedback</th>" +
                 $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(rows.Sum(r => r.ThisWeek))}</td>" +
                 $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(rows.Sum(r => r.PreviousWeek))}</td>" +
                 $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{rows.Sum(r => r.Average12).ToString("N1", En)}</td>" +
                 $"<td class=\"govuk-table__cell\">{E(Change(rows.Sum(r => r.ThisWeek), rows.Sum(r => r.Average12)))}</td></tr>");
        h.Append("</tbody></table>");
    }

    private static void Issues(StringBuilder h, DigestContent d, DigestLinks links, IReadOnlyDictionary<long, string> quotes)
    {
        Heading(h, "issues");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">Themes, themes in a locality, channels and service areas whose count this week is above what their last {N(26)} weeks predict (allowing for the usual ups and downs), with at least 5 comments. {N(d.SeriesJudged)} were checked. The score says how far above the upper bound the count is: 1 is at the bound, 2 is twice as far above what was expected.</p>");
        if (d.Issues.Count == 0 && d.NegativeTurns.Count == 0)
        {
            h.Append("<p class=\"govuk-body\">Nothing stood out this week.</p>");
            return;
        }
        var n = 0;
        foreach (var i in d.Issues)
        {
            n++;
            Issue(h, i, d.Week, $"issue-{n}", $"{n}. {i.Sentence}", links, quotes);
        }
        if (d.NegativeTurns.Count == 0) return;
        h.Append("<h3 class=\"govuk-heading-m\" id=\"negative-turns\">Turning negative</h3><p class=\"govuk-body\">Themes and localities whose share of negative comments this week is well above their usual share (by the same false-alarm rate as above, and at least 10 points higher).</p><ul class=\"govuk-list govuk-list--bullet\">");
        foreach (var t in d.NegativeTurns)
        {
            n++;
            var url = links.Search(t.Search);
            h.Append(CultureInfo.InvariantCulture, $"<li>{n}. {E(t.Sentence)}{(url is null ? "" : $" <a class=\"govuk-link app-no-print\" href=\"{A(url)}\">See them in search<span class=\"govuk-visually-hidden\">: {E(t.Sentence)}</span></a>")}</li>");
        }
        h.Append("</ul>");
    }

    /// <summary>One emerging issue with its evidence: figures, sparkline beside its table, places, quotes and links.</summary>
    /// <param name="week">The ISO week the issue was flagged in.</param>
    /// <param name="level">The heading level of the issue's heading (its quotes' heading is one below).</param>
    public static void Issue(StringBuilder h, DigestContent.Issue i, string week, string id, string heading, DigestLinks links,
        IReadOnlyDictionary<long, string> quotes, int level = 3)
    {
        {
            h.Append(CultureInfo.InvariantCulture, $"<section class=\"app-issue\" aria-labelledby=\"{id}\"><h{level} class=\"govuk-heading-m\" id=\"{id}\">{E(heading)}</h{level}>");
            var status = links.FlagStatus(i.FlagId);
            h.Append("<p class=\"govuk-body-s\">");
            h.Append(CultureInfo.InvariantCulture, $"Score {i.Score.ToString("0.0", En)}: the upper bound was {i.UpperBound.ToString("0.0", En)}. ");
            if (status is not null) h.Append(CultureInfo.InvariantCulture, $"<strong class=\"govuk-tag {StatusTag(status)}\">{E(FlagStatus.NameOf(status))}</strong> ");
            var flagUrl = links.Flag(i.FlagId);
            if (flagUrl is not null) h.Append(CultureInfo.InvariantCulture, $"<a class=\"govuk-link app-no-print\" href=\"{A(flagUrl)}\">Triage this issue<span class=\"govuk-visually-hidden\">: {E(i.Sentence)}</span></a>");
            else h.Append(CultureInfo.InvariantCulture, $"Issue {E(i.FlagId)}.");
            h.Append("</p>");
            if (i.AlsoShows.Count > 0)
            {
                h.Append("<p class=\"govuk-body-s\">The same comments also show as:</p><ul class=\"govuk-list govuk-list--bullet govuk-body-s\">");
                foreach (var a in i.AlsoShows) h.Append(CultureInfo.InvariantCulture, $"<li>{E(a.Sentence)}</li>");
                h.Append("</ul>");
            }

            h.Append("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-half\">");
            var flagged = i.Weeks.Select((_, k) => k == i.Weeks.Count - 1).ToList();
            h.Append(Svg.Bars(i.Weeks.Select(w => w.Count).ToList(), flagged,
                $"Comments a week for the 12 weeks to {week}: {string.Join(", ", i.Weeks.Select(w => w.Count))}. This week is marked.", expected: i.Expected));
            h.Append("<p class=\"govuk-body-s\">Bars: comments a week; the dashed line is what was expected this week; this week is marked with a triangle.</p>");
            if (i.Localities.Count > 0)
            {
                h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s\"><strong>Where:</strong> {E(string.Join(", ", i.Localities.Select(l => $"{l.Name} {N(l.Count)}")))}</p>");
            }
            var search = links.Search(i.Search);
            if (search is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s app-no-print\"><a class=\"govuk-link\" href=\"{A(search)}\">See all {N(i.Count)} comments in search<span class=\"govuk-visually-hidden\"> for {E(i.Sentence)}</span></a></p>");
            var trends = i.Theme is null ? null : links.Trends(i.Theme);
            if (trends is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s app-no-print\"><a class=\"govuk-link\" href=\"{A(trends)}\">{E(i.Theme!)} over time, by locality</a></p>");
            h.Append("</div><div class=\"govuk-grid-column-one-half\">");
            h.Append("<table class=\"govuk-table app-table--compact\"><caption class=\"govuk-table__caption govuk-table__caption--s\">Comments a week</caption>" +
                     "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Week</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Comments</th></tr></thead><tbody class=\"govuk-table__body\">");
            foreach (var w in i.Weeks)
            {
                var current = w.Week == week;
                h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{E(w.Week)}{(current ? " (this week)" : "")}</td>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{(current ? $"<strong>{N(w.Count)}</strong>" : N(w.Count))}</td></tr>");
            }
            h.Append("</tbody></table></div></div>");

            var shown = i.Quotes.Where(q => quotes.ContainsKey(q.ItemId)).ToList();
            if (shown.Count > 0)
            {
                h.Append(CultureInfo.InvariantCulture, $"<h{level + 1} class=\"govuk-heading-s\">What people said</h{level + 1}>");
                foreach (var q in shown)
                {
                    var text = quotes[q.ItemId].Trim();
                    if (text.Length > 400) text = text[..400].TrimEnd() + "\u2026";
                    h.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"app-quote\"><p class=\"govuk-body\">\u201c{E(text)}\u201d</p><p class=\"govuk-body-s app-quote__source\">");
                    var parts = new List<string> { Channels.DisplayNameOf(q.Channel) };
                    if (q.Locality is not null) parts.Add(q.Locality);
                    if (q.OccurredOn is { } on) parts.Add(on.ToString("d MMMM yyyy", En));
                    h.Append(E(string.Join(", ", parts)));
                    var itemUrl = links.Item(q.ItemId);
                    h.Append(itemUrl is null ? $", {E(ReferenceCodeText(q.Reference))}" : $", <a class=\"govuk-link\" href=\"{A(itemUrl)}\">{E(ReferenceCodeText(q.Reference))}</a>");
                    h.Append("</p></blockquote>");
                }
            }
            h.Append("</section>");
        }
    }

    private static void PhraseSection(StringBuilder h, DigestContent d, DigestLinks links)
    {
        Heading(h, "phrases");
        h.Append("<p class=\"govuk-body\">Words and short phrases used far more this week than in the 26 weeks before (by log-likelihood ratio), that are not already theme names: a topic may be starting before it has a theme.</p>");
        if (d.Phrases.Count == 0)
        {
            h.Append("<p class=\"govuk-body\">No new phrases stood out this week.</p>");
            return;
        }
        h.Append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s govuk-visually-hidden\">New phrases</caption>" +
                 "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Phrase</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Comments this week</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Expected</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Score</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var p in d.Phrases)
        {
            var url = links.Search(p.Search);
            var phrase = $"\u201c{E(p.Text)}\u201d";
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{(url is null ? phrase : $"<a class=\"govuk-link\" href=\"{A(url)}\">{phrase}</a>")}</th>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(p.Count)} <span class=\"govuk-body-s\">({N(p.Documents)} documents)</span></td>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{p.Expected.ToString("0.0", En)}</td>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{p.Score.ToString("0", En)}</td></tr>");
        }
        h.Append("</tbody></table>");
    }

    private static void NewTopicSection(StringBuilder h, DigestContent d, DigestLinks links, IReadOnlyDictionary<long, string> quotes)
    {
        Heading(h, "new-topics");
        h.Append("<p class=\"govuk-body\">Comments grouped by what they mean, where a group grew well beyond what the 26 weeks before predict and no flagged theme explains it: something people are raising that the themes may not name yet.</p>");
        if (!d.NewTopicsLookedFor)
        {
            h.Append("<p class=\"govuk-body\">New topics were not looked for in this digest: they need the sentence embedder, which was not set up when it was built.</p>");
            return;
        }
        if (d.NewTopics.Count == 0)
        {
            h.Append("<p class=\"govuk-body\">No new topics stood out this week.</p>");
            return;
        }
        foreach (var t in d.NewTopics)
        {
            var id = "topic-" + t.Id[(t.Id.LastIndexOf('-') + 1)..];
            h.Append(CultureInfo.InvariantCulture, $"<section class=\"app-issue\" aria-labelledby=\"{A(id)}\"><h3 class=\"govuk-heading-m\" id=\"{A(id)}\">{E(t.Label)}</h3>");
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">{N(t.Count)} {(t.Count == 1 ? "comment" : "comments")} this week, about {t.Expected.ToString("0.0", En)} expected.");
            if (t.Localities.Count > 0) h.Append(CultureInfo.InvariantCulture, $" <strong>Where:</strong> {E(string.Join(", ", t.Localities.Select(l => $"{l.Name} {N(l.Count)}")))}.");
            h.Append("</p>");
            var flagUrl = links.Topic(t.Id);
            if (flagUrl is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s app-no-print\"><a class=\"govuk-link\" href=\"{A(flagUrl)}\">Turn into a theme or dismiss<span class=\"govuk-visually-hidden\">: {E(t.Label)}</span></a></p>");
            foreach (var q in t.Quotes.Where(q => quotes.ContainsKey(q.ItemId)))
            {
                var text = quotes[q.ItemId].Trim();
                if (text.Length > 400) text = text[..400].TrimEnd() + "\u2026";
                var parts = new List<string> { Channels.DisplayNameOf(q.Channel) };
                if (q.Locality is not null) parts.Add(q.Locality);
                if (q.OccurredOn is { } on) parts.Add(on.ToString("d MMMM yyyy", En));
                h.Append(CultureInfo.InvariantCulture, $"<blockquote class=\"app-quote\"><p class=\"govuk-body\">\u201c{E(text)}\u201d</p><p class=\"govuk-body-s app-quote__source\">{E(string.Join(", ", parts))}, {E(ReferenceCodeText(q.Reference))}</p></blockquote>");
            }
            h.Append("</section>");
        }
    }

    private static void LastWeek(StringBuilder h, DigestContent d, DigestLinks links)
    {
        Heading(h, "last-week");
        if (!d.PreviousWeekBuilt)
        {
            h.Append("<p class=\"govuk-body\">No digest was built for the week before, so there are no issues to follow up.</p>");
            return;
        }
        if (d.LastWeek.Count == 0)
        {
            h.Append("<p class=\"govuk-body\">Last week had no emerging issues.</p>");
            return;
        }
        h.Append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s govuk-visually-hidden\">Last week\u2019s issues</caption>" +
                 "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Last week</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header\">What staff decided</th><th scope=\"col\" class=\"govuk-table__header\">This week</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var f in d.LastWeek)
        {
            var decided = f.Status switch
            {
                FlagStatus.Linked => f.LinkedTo.Count > 0 ? $"Linked to work: {string.Join("; ", f.LinkedTo)}" : "Linked to work",
                FlagStatus.Dismissed => $"Dismissed: {f.DismissReason}",
                FlagStatus.Watching => "Watching",
                _ => "Not looked at yet",
            };
            var url = links.Flag(f.FlagId);
            var now = $"{N(f.ThisWeekCount)} {(f.ThisWeekCount == 1 ? "comment" : "comments")}{(f.FlaggedAgain ? ", flagged again" : "")}";
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{(url is null ? E(f.Sentence) : $"<a class=\"govuk-link\" href=\"{A(url)}\">{E(f.Sentence)}</a>")}</td>" +
                     $"<td class=\"govuk-table__cell\">{E(decided)}</td><td class=\"govuk-table__cell\">{E(now)}</td></tr>");
        }
        h.Append("</tbody></table>");
    }

    private static void SavedSearchSection(StringBuilder h, DigestContent d, DigestLinks links)
    {
        Heading(h, "saved-searches");
        h.Append("<p class=\"govuk-body\">New means feedback VoiceHub received this week, whenever it was given.</p>");
        if (d.SavedSearchesNote is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">{E(d.SavedSearchesNote)}</p>");
        var withNews = d.SavedSearches.Where(s => s.NewMatches > 0).OrderByDescending(s => s.NewMatches).ToList();
        if (d.SavedSearchesNote is null && withNews.Count == 0)
        {
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">{(d.SavedSearches.Count == 0 ? "Nobody has saved a search yet." : "No saved search found new feedback this week.")}</p>");
        }
        if (withNews.Count > 0)
        {
            h.Append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s govuk-visually-hidden\">Saved searches with new feedback</caption>" +
                     "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Saved search</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">New items</th></tr></thead><tbody class=\"govuk-table__body\">");
            foreach (var s in withNews)
            {
                h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{E(s.Name)}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(s.NewMatches)}</td></tr>");
            }
            h.Append("</tbody></table>");
            var others = d.SavedSearches.Count - withNews.Count;
            if (others > 0) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s\">{N(others)} other saved {(others == 1 ? "search" : "searches")} found nothing new.</p>");
        }
        if (links.SavedSearches is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body app-no-print\"><a class=\"govuk-link\" href=\"{A(links.SavedSearches)}\">Your saved searches</a></p>");
    }

    private static void CommitmentSection(StringBuilder h, DigestContent d, DigestLinks links)
    {
        Heading(h, "commitments");
        var reading = IsoWeek.Of(d.ReadingMonday);
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">Planned or in progress, due before the end of {E(reading.Describe())}, when this digest is read.</p>");
        if (d.Commitments.Count == 0)
        {
            h.Append("<p class=\"govuk-body\">None are overdue or due this week.</p>");
            return;
        }
        h.Append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s govuk-visually-hidden\">Commitments overdue or due this week</caption>" +
                 "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">We will</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header\">Owner</th><th scope=\"col\" class=\"govuk-table__header\">Due</th>" +
                 "<th scope=\"col\" class=\"govuk-table__header\">Status</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var c in d.Commitments)
        {
            var url = links.Action(c.Id);
            var text = c.Project is null ? c.WeWill : $"{c.WeWill} ({c.Project})";
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{(url is null ? E(text) : $"<a class=\"govuk-link\" href=\"{A(url)}\">{E(text)}</a>")}</td>" +
                     $"<td class=\"govuk-table__cell\">{E(c.Owner.Length == 0 ? "No owner" : c.Owner)}</td>" +
                     $"<td class=\"govuk-table__cell\">{E(c.DueOn.ToString("d MMMM yyyy", En))}</td>" +
                     $"<td class=\"govuk-table__cell\">{(c.Overdue ? "<strong class=\"govuk-tag govuk-tag--red\">Overdue</strong>" : "<strong class=\"govuk-tag govuk-tag--yellow\">Due this week</strong>")} {E(ActionStatus.NameOf(c.Status))}</td></tr>");
        }
        h.Append("</tbody></table>");
    }

    /// <summary>The coverage tables: in the digest (a summary, linking to the page) and on the Coverage page.</summary>
    public static void CoverageSection(StringBuilder h, CoverageReport c, DigestLinks links, bool summary)
    {
        if (summary) Heading(h, "coverage");
        var period = $"{c.From.ToString("d MMMM yyyy", En)} to {c.To.ToString("d MMMM yyyy", En)}";
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">Feedback from {E(period)} against the people who live here. A locality or group is called quiet when its rate or share is under two thirds of the council\u2019s.</p>");
        var tag = summary ? "h3" : "h2";
        var size = summary ? "govuk-heading-s" : "govuk-heading-m";
        h.Append(CultureInfo.InvariantCulture, $"<{tag} class=\"{size}\">Feedback per 1,000 residents, by locality</{tag}>");
        if (c.CouncilPer1000 is not { } council)
        {
            h.Append("<p class=\"govuk-body\">No locality has a population set (seeds/council/localities.csv), so rates cannot be worked out.</p>");
        }
        else
        {
            h.Append("<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s govuk-visually-hidden\">Feedback per 1,000 residents by locality</caption>" +
                     "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Locality</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Residents</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Feedback</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Per 1,000</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header\">Against the council (line)</th></tr></thead><tbody class=\"govuk-table__body\">");
            foreach (var l in c.Localities)
            {
                h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{E(l.Name)}{(l.Quiet ? " <strong class=\"govuk-tag govuk-tag--orange\">Quiet</strong>" : "")}</th>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{(l.Population is { } p ? N(p) : "Not set")}</td>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(l.Items)}</td>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{(l.Per1000 is { } r ? r.ToString("0.00", En) : "–")}</td>" +
                         $"<td class=\"govuk-table__cell\">{(l.Per1000 is { } v ? Svg.Meter(v, council, $"{l.Name}: {v:0.00} per 1,000 against the council's {council:0.00}") + $" {E(RatioText(l.RatioToCouncil))}" : "")}</td></tr>");
            }
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row app-table__total\"><th scope=\"row\" class=\"govuk-table__header\">Council</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(c.Localities.Sum(l => l.Population ?? 0))}</td>" +
                     $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{N(c.Localities.Sum(l => l.Items))}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{council.ToString("0.00", En)}</td><td class=\"govuk-table__cell\"></td></tr>");
            h.Append("</tbody></table>");
            if (c.ItemsWithoutLocality > 0) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s\">{N(c.ItemsWithoutLocality)} more pieces of feedback had no locality and are not in the rates.</p>");
        }

        h.Append(CultureInfo.InvariantCulture, $"<{tag} class=\"{size}\">Survey respondents against the population</{tag}>");
        if (c.PopulationError is not null) h.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>The population shares could not be read: {E(c.PopulationError)}</strong></div>");
        if (c.Demographics.Count == 0)
        {
            h.Append("<p class=\"govuk-body\">No population shares are configured (seeds/council/population-shares.csv).</p>");
            return;
        }
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">{N(c.SurveyRespondents)} survey {(c.SurveyRespondents == 1 ? "respondent" : "respondents")} in the period. Counts under 5 are shown as \u201cfewer than 5\u201d.");
        if (c.PopulationSource is not null) h.Append(CultureInfo.InvariantCulture, $" Population shares: {E(c.PopulationSource)}");
        h.Append("</p>");
        if (summary)
        {
            var under = c.Demographics.SelectMany(dim => dim.Groups.Where(g => g.UnderRepresented).Select(g => (dim, g))).ToList();
            if (under.Count == 0)
            {
                var compared = c.Demographics.Count(dim => dim.Note is null);
                h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body\">{(compared == 0 ? "Too few survey respondents gave their age, carer status, ethnicity, disability or sex to compare with the population." : "No group was under-represented among survey respondents.")}</p>");
            }
            else
            {
                h.Append("<p class=\"govuk-body\">Under-represented among survey respondents:</p><ul class=\"govuk-list govuk-list--bullet\">");
                foreach (var (dim, g) in under) h.Append(CultureInfo.InvariantCulture, $"<li>{E(dim.Label)}: {E(g.Name)}, {Percent(g.Share)} of respondents against {Percent(g.PopulationShare)} of residents</li>");
                h.Append("</ul>");
            }
            if (links.Coverage is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body app-no-print\"><a class=\"govuk-link\" href=\"{A(links.Coverage)}\">All coverage figures</a></p>");
            return;
        }
        foreach (var dim in c.Demographics)
        {
            var counts = SmallCounts.ShowAll(dim.Groups.Select(g => (long)g.Respondents).ToList(), totalShown: true);
            h.Append($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{E(dim.Label)}</caption>" +
                     "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Group</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Respondents</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Share of respondents</th>" +
                     "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Share of residents</th></tr></thead><tbody class=\"govuk-table__body\">");
            for (var k = 0; k < dim.Groups.Count; k++)
            {
                var g = dim.Groups[k];
                var hidden = counts[k] != SmallCounts.Show(g.Respondents);
                h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{E(g.Name)}{(g.UnderRepresented ? " <strong class=\"govuk-tag govuk-tag--orange\">Under-represented</strong>" : "")}</th>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{E(counts[k])}</td>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{(hidden ? "–" : Percent(g.Share))}</td>" +
                         $"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{Percent(g.PopulationShare)}</td></tr>");
            }
            h.Append(CultureInfo.InvariantCulture, $"<tr class=\"govuk-table__row app-table__total\"><th scope=\"row\" class=\"govuk-table__header\">Answered</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">{E(SmallCounts.Show(dim.Answered))}</td><td class=\"govuk-table__cell\"></td><td class=\"govuk-table__cell\"></td></tr>");
            h.Append("</tbody></table>");
            if (dim.Note is not null) h.Append(CultureInfo.InvariantCulture, $"<p class=\"govuk-body-s\">{E(dim.Note)}</p>");
        }
    }

    private static void Heading(StringBuilder h, string id) => h.Append(CultureInfo.InvariantCulture, $"<h2 class=\"govuk-heading-l app-section\" id=\"{id}\">{E(Title(id))}</h2>");

    public static string StatusTag(string status) => status switch
    {
        FlagStatus.New => "govuk-tag--blue",
        FlagStatus.Watching => "govuk-tag--yellow",
        FlagStatus.Linked => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    private static string Compare(int now, int before, double average)
    {
        var vsWeek = now == before ? "the same as the week before" : $"{(now > before ? "up" : "down")} from {N(before)} the week before";
        return $"{vsWeek} (12-week average {average.ToString("N1", En)})";
    }

    private static string Change(int now, double average)
    {
        if (average <= 0) return now == 0 ? "None either time" : "New this week";
        var change = (now - average) / average;
        if (Math.Abs(change) < 0.1) return "About the same";
        return $"{(change > 0 ? "Up" : "Down")} {Math.Abs(change).ToString("P0", En)}";
    }

    private static string RatioText(double? ratio) => ratio is not { } r ? "" : Math.Abs(r - 1) < 0.1 ? "about average" : $"{r.ToString("0.0", En)} times the council rate";

    private static string Percent(double? share) => share is { } s ? s.ToString("P0", En) : "–";

    private static string ReferenceCodeText(string reference) => Core.ReferenceCode.Format(reference);

    private static string Time(DateTimeOffset at) =>
        LondonTime.Of(at).ToString("d MMMM yyyy 'at' HH:mm", En);

    private static string N(long n) => n.ToString("N0", En);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string A(string url) => HtmlEncoder.Default.Encode(url);
}
