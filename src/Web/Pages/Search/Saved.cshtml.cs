using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Search.Queries;
using VoiceHub.Search.SavedSearches;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Search;

/// <summary>A member of staff's saved searches: run one, see how many items are new this week, or delete one.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SavedModel(SavedSearchStore store, SavedSearchMatches matches, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(SavedSearch Search, int NewThisWeek)> Searches { get; private set; } = [];
    public string ThisWeek { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public long? Saved { get; set; }

    [TempData]
    public string? Deleted { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.UserId() ?? 0;
        var (year, week) = Core.Reporting.IsoWeek.Of(clock.GetUtcNow());
        ThisWeek = $"week {week} of {year}";
        Searches = (await store.ListForUserAsync(userId, ct)).Select(s => (s, matches.CountNewInWeek(s, year, week))).ToList();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var saved = await store.FindAsync(id, ct);
        if (saved is null || saved.UserId != User.UserId()) return NotFound();
        await store.DeleteAsync(id, saved.UserId, ct);
        Deleted = saved.Name;
        return RedirectToPage();
    }

    public static string RunUrl(SavedSearch s) => SearchParameters.Url(SearchRequest.FromSaved(s.Query, s.Filters));

    /// <summary>The query and filters in a few words: "staff" with Theme: Parking; Locality: Grays.</summary>
    public static string Describe(SavedSearch s)
    {
        var f = s.Filters;
        var parts = new List<string>();
        void Add(string label, IReadOnlyList<string> values)
        {
            if (values.Count > 0) parts.Add($"{label}: {string.Join(" or ", values)}");
        }
        Add("theme", f.Themes);
        Add("locality", f.Localities);
        Add("channel", f.Channels.Select(Channels.DisplayNameOf).ToList());
        Add("service area", f.ServiceAreas);
        Add("month", f.Months);
        Add("sentiment", f.Sentiments);
        if (f.From is not null) parts.Add($"from {Infrastructure.UkTime.Date(f.From)}");
        if (f.To is not null) parts.Add($"to {Infrastructure.UkTime.Date(f.To)}");
        var words = string.IsNullOrWhiteSpace(s.Query) ? "Everything" : $"“{s.Query}”";
        return parts.Count == 0 ? words : $"{words}; {string.Join("; ", parts)}";
    }
}
