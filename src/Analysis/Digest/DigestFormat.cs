using System.Globalization;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// How the digest writes its figures and sentences, shared by the HTML (<c>Html/*.razor</c>) and the plain-text email
/// so the two never word the same thing differently. British English: "1,204", "up 30%", "4 December 2026".
/// </summary>
public static class DigestFormat
{
    public static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The digest's sections in order: the anchor each heading carries and its title.</summary>
    public static readonly IReadOnlyList<(string Id, string Title)> Sections =
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

    /// <summary>Quotes longer than this are cut at it and end with an ellipsis.</summary>
    public const int QuoteLength = 400;

    public static string SectionTitle(string id) => Sections.First(s => s.Id == id).Title;

    public static string N(long n) => n.ToString("N0", En);

    public static string Plural(long n, string one, string many) => n == 1 ? one : many;

    /// <summary>"up from 12 the week before (12-week average 9.5)".</summary>
    public static string Compare(int now, int before, double average)
    {
        var vsWeek = now == before ? "the same as the week before" : $"{(now > before ? "up" : "down")} from {N(before)} the week before";
        return $"{vsWeek} (12-week average {average.ToString("N1", En)})";
    }

    /// <summary>This week against the 12-week average, in words: "Up 30%", "About the same", "New this week".</summary>
    public static string Change(int now, double average)
    {
        if (average <= 0) return now == 0 ? "None either time" : "New this week";
        var change = (now - average) / average;
        if (Math.Abs(change) < 0.1) return "About the same";
        return $"{(change > 0 ? "Up" : "Down")} {Math.Abs(change).ToString("P0", En)}";
    }

    public static string RatioText(double? ratio) => ratio is not { } r ? "" : Math.Abs(r - 1) < 0.1 ? "about average" : $"{r.ToString("0.0", En)} times the council rate";

    public static string Percent(double? share) => share is { } s ? s.ToString("P0", En) : "\u2013";

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", En);

    public static string Time(DateTimeOffset at) => LondonTime.Of(at).ToString("d MMMM yyyy 'at' HH:mm", En);

    public static string Reference(string reference) => Core.ReferenceCode.Format(reference);

    /// <summary>A quote as shown: trimmed, and cut at <see cref="QuoteLength"/> characters.</summary>
    public static string QuoteText(string text)
    {
        text = text.Trim();
        return text.Length > QuoteLength ? text[..QuoteLength].TrimEnd() + "\u2026" : text;
    }

    /// <summary>Where a quote came from: channel, locality and date when known.</summary>
    public static string QuoteSource(DigestContent.QuoteRef q)
    {
        var parts = new List<string> { Channels.DisplayNameOf(q.Channel) };
        if (q.Locality is not null) parts.Add(q.Locality);
        if (q.OccurredOn is { } on) parts.Add(Date(on));
        return string.Join(", ", parts);
    }

    public static string Places(IEnumerable<DigestContent.PlaceCount> places) => string.Join(", ", places.Select(l => $"{l.Name} {N(l.Count)}"));

    public static string StatusTag(string status) => status switch
    {
        FlagStatus.New => "govuk-tag--blue",
        FlagStatus.Watching => "govuk-tag--yellow",
        FlagStatus.Linked => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };
}
