using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Items;

/// <summary>
/// Staff correct an item's themes, service areas and sentiment. What they save replaces the model's for this item, is
/// never overwritten by re-classification, is used in the next training, and is written to the audit log.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ThemesModel(ItemStore items, ThemeStore themes, ServiceAreaStore serviceAreas, ClassificationStore classifications,
    AuditStore audit) : PageModel
{
    public static readonly (int Value, string Label)[] SentimentScale =
        [(1, "Very positive"), (2, "Positive"), (3, "Neutral or mixed"), (4, "Negative"), (5, "Very negative")];

    public FeedbackItem Item { get; private set; } = null!;
    public IReadOnlyList<Theme> AllThemes { get; private set; } = [];
    public IReadOnlyList<ServiceArea> AllServiceAreas { get; private set; } = [];
    public IReadOnlyList<ItemTheme> Current { get; private set; } = [];
    public IReadOnlyList<ItemServiceArea> CurrentAreas { get; private set; } = [];
    public int? CurrentSentiment { get; private set; }
    public string? SentimentSource { get; private set; }

    [BindProperty]
    public List<int> ThemeIds { get; set; } = [];

    [BindProperty]
    public List<int> ServiceAreaIds { get; set; } = [];

    [BindProperty]
    public int? Sentiment { get; set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ThemeIds = Current.Select(t => t.ThemeId).ToList();
        ServiceAreaIds = CurrentAreas.Select(a => a.ServiceAreaId).ToList();
        Sentiment = CurrentSentiment;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var knownThemes = AllThemes.Select(t => t.Id).ToHashSet();
        var knownAreas = AllServiceAreas.Select(a => a.Id).ToHashSet();
        ThemeIds = ThemeIds.Where(knownThemes.Contains).Distinct().ToList();
        ServiceAreaIds = ServiceAreaIds.Where(knownAreas.Contains).Distinct().ToList();
        if (ThemeIds.Count == 0) ModelState.AddModelError(nameof(ThemeIds), "Select at least one theme, or select Not assigned");
        if (Sentiment is not null and (< 1 or > 5)) ModelState.AddModelError(nameof(Sentiment), "Select how positive or negative the comment is");
        if (!ModelState.IsValid) return Page();

        var before = Current.Select(t => t.ThemeId).Order().ToArray();
        await classifications.SetByStaffAsync(id, ThemeIds, ServiceAreaIds, Sentiment, User.UserId()!.Value, ct);
        await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "staff", "item.themes-corrected", $"item:{id}",
            new { before, after = ThemeIds.Order().ToArray(), serviceAreas = ServiceAreaIds.Order().ToArray(), sentiment = Sentiment },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        Saved = "Themes saved. The model will not change them, and the next model learns from them.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var item = await items.FindAsync(id, ct);
        if (item is null) return false;
        Item = item;
        AllThemes = await themes.ListAsync(ct);
        AllServiceAreas = await serviceAreas.ListAsync(ct);
        Current = await classifications.ThemesOfAsync(id, ct);
        CurrentAreas = await classifications.ServiceAreasOfAsync(id, ct);
        (CurrentSentiment, SentimentSource) = await classifications.SentimentOfAsync(id, ct);
        return true;
    }
}
