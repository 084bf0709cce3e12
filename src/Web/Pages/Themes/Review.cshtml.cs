using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Themes;

/// <summary>"Needs review": items the active model is least sure about, so a few minutes of staff time improve it most.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReviewModel(ThemeModelStore models, ClassificationStore classifications) : PageModel
{
    public const int PageSize = 25;

    public string? Version { get; private set; }
    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];
    public long Total { get; private set; }

    /// <summary>Read from the query by hand: model binding would take "page" from the route (the page's own path).</summary>
    public int PageNumber { get; private set; } = 1;

    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var active = await models.ActiveAsync(ct);
        if (active is null) return;
        Version = active.Version;
        PageNumber = int.TryParse(Request.Query["page"], out var page) ? Math.Clamp(page, 1, 100_000) : 1;
        (Items, Total) = await classifications.ReviewQueueAsync(active.Version, (PageNumber - 1) * PageSize, PageSize, ct);
        if (Items.Count == 0 && PageNumber > 1)
        {
            PageNumber = Pages;
            (Items, _) = await classifications.ReviewQueueAsync(active.Version, (PageNumber - 1) * PageSize, PageSize, ct);
        }
    }
}
