using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VoiceHub.Analysis.Digest.Html;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// The digest as HTML with GOV.UK Design System markup, from the Razor components in <c>Html/</c> rendered to a string
/// by <see cref="HtmlRenderer"/>: the same components serve the web page, the file the CLI writes, an issue's own page
/// and the Coverage page, so they never disagree. Razor encodes every piece of text. The email is
/// <see cref="DigestEmail"/>.
/// </summary>
public static class DigestHtml
{
    private static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    /// <param name="quotes">Redacted text of the quoted items, by id.</param>
    /// <param name="afterLead">What the page puts under the opening paragraph (its own controls).</param>
    public static Task<string> BodyAsync(DigestContent d, DigestLinks links, IReadOnlyDictionary<long, string> quotes, RenderFragment? afterLead = null) =>
        RenderAsync<DigestBody>(new()
        {
            [nameof(DigestBody.Content)] = d,
            [nameof(DigestBody.Links)] = links,
            [nameof(DigestBody.Quotes)] = quotes,
            [nameof(DigestBody.AfterLead)] = afterLead,
        });

    /// <summary>A whole HTML document for a file: the digest with its styles inline and no outside links or scripts.</summary>
    public static async Task<string> DocumentAsync(DigestContent d, DigestLinks links, IReadOnlyDictionary<long, string> quotes, string css) =>
        await RenderAsync<DigestDocument>(new()
        {
            [nameof(DigestDocument.Content)] = d,
            [nameof(DigestDocument.Links)] = links,
            [nameof(DigestDocument.Quotes)] = quotes,
            [nameof(DigestDocument.Css)] = css,
        }) + "\n";

    /// <summary>One emerging issue with its evidence, for the issue's own page.</summary>
    /// <param name="week">The ISO week the issue was flagged in.</param>
    /// <param name="level">The heading level of the issue's heading (its quotes' heading is one below).</param>
    public static Task<string> IssueAsync(DigestContent.Issue issue, string week, string id, string title, DigestLinks links,
        IReadOnlyDictionary<long, string> quotes, int level = 3) =>
        RenderAsync<IssueEvidence>(new()
        {
            [nameof(IssueEvidence.Issue)] = issue,
            [nameof(IssueEvidence.Week)] = week,
            [nameof(IssueEvidence.Id)] = id,
            [nameof(IssueEvidence.Title)] = title,
            [nameof(IssueEvidence.Links)] = links,
            [nameof(IssueEvidence.Quotes)] = quotes,
            [nameof(IssueEvidence.Level)] = level,
        });

    /// <summary>Every coverage table, for the Coverage page (the digest shows a summary of them).</summary>
    public static Task<string> CoverageAsync(CoverageReport report, DigestLinks links) =>
        RenderAsync<CoverageSection>(new()
        {
            [nameof(CoverageSection.Report)] = report,
            [nameof(CoverageSection.Links)] = links,
            [nameof(CoverageSection.Summary)] = false,
        });

    private static async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
