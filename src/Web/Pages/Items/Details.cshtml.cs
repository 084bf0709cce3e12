using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Items;

/// <summary>
/// One item in full: the redacted text with its context, what has been learned about it, links to projects and
/// actions, and similar feedback. Staff with the raw-text permission may open the text as received; each time they do
/// is recorded in the audit log.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ItemStore items, SearchService search, AuditStore audit, ItemLinkStore links) : PageModel
{
    public IReadOnlyList<ItemLinkStore.LinkedProject> LinkedProjects { get; private set; } = [];
    public IReadOnlyList<ItemLinkStore.LinkedAction> LinkedActions { get; private set; } = [];
    public IReadOnlyList<(long Id, string Title)> OpenProjects { get; private set; } = [];

    public ItemDetails Details { get; private set; } = null!;
    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    /// <summary>The raw text, only when asked for by someone allowed to see it.</summary>
    public string? RawText { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool Raw { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Back { get; set; }

    /// <summary>A link back to the search this page was opened from, if it was.</summary>
    public string? BackToSearch { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var details = await items.FindDetailsAsync(id, ct);
        if (details is null) return NotFound();
        if (Raw && !User.CanSeeRawText()) return Forbid();
        Details = details;
        if (Raw && details.Item.RawTextErasedAt is null)
        {
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "raw-text-viewed", $"item:{id}", null,
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            RawText = details.Item.RawText;
        }
        Similar = search.Similar(id, 5);
        (LinkedProjects, LinkedActions) = await links.ForItemAsync(id, ct);
        OpenProjects = await links.OpenProjectsAsync(ct);
        if (Uri.TryCreate(Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && referer.Authority == Request.Host.Value && referer.AbsolutePath == "/search")
        {
            BackToSearch = referer.PathAndQuery;
        }
        else if (Back is { } back && back.StartsWith("/search?", StringComparison.Ordinal))
        {
            BackToSearch = back; // carried through "show raw text"; only ever a path on this site
        }
        return Page();
    }

    /// <summary>Goes on to the project's link page with this item filled in, where staff confirm the link.</summary>
    public IActionResult OnPostLink(long id, long projectId) => Redirect($"/projects/{projectId}/link?items={id}");

    public static string SentimentText(short? score) => score switch
    {
        1 => "Very positive",
        2 => "Positive",
        3 => "Neutral or mixed",
        4 => "Negative",
        5 => "Very negative",
        _ => "Not assessed yet",
    };

    public static string SourceText(string source) => source switch
    {
        "staff" => "confirmed by staff",
        "model" => "suggested by the classifier",
        "lexicon" => "found by keywords",
        _ => source,
    };
}
