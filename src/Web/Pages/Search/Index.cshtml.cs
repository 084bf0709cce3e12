using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Search;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Search;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SearchService search, LuceneIndex index) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }
    public bool IndexRebuilding => index.Rebuilding;
    public string? RebuildReason => index.RebuildReason;

    public void OnGet()
    {
        if (Query is null) return; // first visit: just the search box
        Results = search.Search(new SearchRequest
        {
            Query = Query,
            Sort = Sort switch { "newest" => SearchSort.Newest, "oldest" => SearchSort.Oldest, _ => SearchSort.Relevance },
            Page = PageNumber,
        });
    }

    public string PageLink(int page) =>
        $"/search?q={Uri.EscapeDataString(Query ?? "")}&sort={Uri.EscapeDataString(Sort ?? "relevance")}&page={page}";
}
