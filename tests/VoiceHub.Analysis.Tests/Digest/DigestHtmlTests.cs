using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Tests.Digest;

/// <summary>
/// The digest's Razor components rendered by HtmlRenderer: what people wrote and what staff named is encoded wherever
/// it lands (text and attributes), the file is one self-contained document, and an issue's evidence takes the heading
/// level of the page it is shown on.
/// </summary>
public sealed class DigestHtmlTests
{
    private const string Hostile = "<script>alert(1)</script> & \"quoted\"";

    private static readonly DigestContent.QuoteRef Quote = new(1, "ABC234", "survey", "Tilbury", new DateOnly(2026, 11, 18));

    private static readonly DigestContent.Issue Issue = new()
    {
        FlagId = "2026-W47-theme-1", Kind = "theme", Theme = "Transport", Count = 22, Expected = 2.1, UpperBound = 6.4, Score = 3.2,
        Sentence = "Transport " + Hostile, Localities = [new("Tilbury", 22)], Quotes = [Quote, Quote with { ItemId = 2 }],
        Weeks = Enumerable.Range(36, 12).Select(w => new WeekCount($"2026-W{w}", w == 47 ? 22 : 2)).ToList(),
        Search = new SearchLink { Theme = "Transport" },
    };

    private static readonly DigestContent Content = new()
    {
        Week = "2026-W47", ReadingMonday = new DateOnly(2026, 11, 23),
        Numbers = new(24, 4, 3.5, [new("Survey", 24, 4, 3.5)], [new("Tilbury", 24, 4, 3.5)]),
        Issues = [Issue], Phrases = [new("day centre " + Hostile, 22, 0.4, 88, 3, new SearchLink())],
        LastWeek = [], SavedSearches = [new(1, "Saved " + Hostile, 3)], Commitments = [],
        Coverage = new CoverageReport { Localities = [], Demographics = [] },
    };

    // Item 2 was erased after the digest was built: its quote is left out, not shown empty.
    private static readonly Dictionary<long, string> Quotes = new() { [1] = "The minibus never came " + Hostile };

    private static readonly DigestLinks Links = new() { Item = id => $"/items/{id}?from=\"digest\"", Search = _ => "/search?q=a&b=<c>" };

    [Fact]
    public async Task EveryTextFromPeopleOrStaff_IsEncoded_InTextAndAttributes()
    {
        var html = await DigestHtml.BodyAsync(Content, Links, Quotes);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("\"digest\"", html);
        Assert.DoesNotContain("b=<c>", html);
        Assert.Contains("The minibus never came &lt;script&gt;", html);
        Assert.Contains("Saved &lt;script&gt;", html);
        Assert.Contains("href=\"/items/1?from=&quot;digest&quot;\"", html);
        Assert.DoesNotContain("/items/2", html);
        Assert.Contains("<h3 class=\"govuk-heading-m\" id=\"issue-1\">1. Transport &lt;script&gt;", html);
    }

    [Fact]
    public async Task TheFile_IsOneDocument_WithItsStylesInline()
    {
        var html = await DigestHtml.DocumentAsync(Content, DigestLinks.None, Quotes, ".app-chart > rect { fill: #1d70b8 }");

        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart());
        Assert.Contains("<style>.app-chart > rect { fill: #1d70b8 }</style>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1 "));
        Assert.DoesNotContain("href=\"http", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task IssueEvidence_TakesTheHeadingLevelOfItsPage()
    {
        var html = await DigestHtml.IssueAsync(Issue, "2026-W47", "evidence", "Evidence", DigestLinks.None, Quotes, level: 2);

        Assert.Contains("<h2 class=\"govuk-heading-m\" id=\"evidence\">Evidence</h2>", html);
        Assert.Contains("<h3 class=\"govuk-heading-s\">What people said</h3>", html);
        Assert.Contains("<strong>22</strong>", html);
    }
}
