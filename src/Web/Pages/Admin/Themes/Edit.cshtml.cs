using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.Themes;

/// <summary>
/// One theme: rename and describe it, set its public and Easy Read names and whether the public sees it; merge it into
/// another (its labels and corrections move, saved searches follow), split a new theme off it (staff then re-label its
/// examples), or retire it (kept with its history, no longer predicted or offered). Every change is in the audit log.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(ThemeStore themes, ThemeSuggestions suggestions, AuditStore audit) : PageModel
{
    public CouncilTheme Theme { get; private set; } = null!;
    public IReadOnlyList<CouncilTheme> Others { get; private set; } = [];
    public (long Staff, long FromSuggestions, long Model) Counts { get; private set; }

    /// <summary>"Might be this theme": null when the sentence embedder cannot run.</summary>
    public IReadOnlyList<ThemeSuggestion>? Suggestions { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? PublicName { get; set; }
    [BindProperty] public string? EasyReadName { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public bool Public { get; set; }
    [BindProperty] public int? IntoId { get; set; }
    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public bool ConfirmRetire { get; set; }

    [TempData] public string? Changed { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (Name, PublicName, EasyReadName, Category, Description, Public) =
            (Theme.Name, Theme.PublicName, Theme.EasyReadName, Theme.Category, Theme.Description, Theme.Public);
        if (Theme.Active) Suggestions = await suggestions.ForAsync(id, Theme.Name, Theme.Description, 10, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, long itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Theme.Active) return RedirectToPage(new { id });
        await themes.ConfirmExampleAsync(id, itemId, User.UserId(), ct);
        await AuditAsync("theme-example-confirmed", id, new { itemId }, ct);
        Changed = $"Item {itemId} confirmed as an example of “{Theme.Name}”.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, long itemId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await themes.RejectExampleAsync(id, itemId, User.UserId(), ct);
        await AuditAsync("theme-example-rejected", id, new { itemId }, ct);
        Changed = $"Item {itemId} will not be suggested for “{Theme.Name}” again.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var name = ThemeInput.Validate(ModelState, nameof(Name), Name, "Enter a staff name");
        var publicName = ThemeInput.Validate(ModelState, nameof(PublicName), PublicName, "", required: false);
        var easyRead = ThemeInput.Validate(ModelState, nameof(EasyReadName), EasyReadName, "", required: false);
        var category = ThemeInput.Validate(ModelState, nameof(Category), Category, "Enter a category, such as Providing support");
        var description = (Description ?? "").Trim();
        if (description.Length > 2000) ModelState.AddModelError(nameof(Description), "The description must be 2000 characters or fewer");
        if (Public && publicName.Length == 0) ModelState.AddModelError(nameof(PublicName), "Enter a public name, or untick Show to the public");
        if (Public && !Theme.Active) ModelState.AddModelError(nameof(Public), "A retired theme cannot be shown to the public");
        if (!ModelState.IsValid) return Page();
        if (!await themes.UpdateAsync(id, name, publicName, easyRead, category, description, Public, ct))
        {
            ModelState.AddModelError(nameof(Name), "Another theme has that name, or had it before");
            return Page();
        }
        await AuditAsync("theme-changed", id, new
        {
            name = new { from = Theme.Name, to = name },
            publicName = new { from = Theme.PublicName, to = publicName },
            easyReadName = new { from = Theme.EasyReadName, to = easyRead },
            category = new { from = Theme.Category, to = category },
            isPublic = new { from = Theme.Public, to = Public },
            descriptionChanged = Theme.Description != description,
        }, ct);
        Changed = $"Theme “{name}” saved.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var into = Others.FirstOrDefault(o => o.Id == IntoId);
        if (!Theme.Active) ModelState.AddModelError(nameof(IntoId), "This theme is retired: it cannot be merged");
        else if (into is null) ModelState.AddModelError(nameof(IntoId), "Select the theme to merge this one into");
        if (!ModelState.IsValid) return Reshow();
        if (!await themes.MergeAsync(id, into!.Id, ct))
        {
            ModelState.AddModelError(nameof(IntoId), "Select the theme to merge this one into");
            return Reshow();
        }
        await AuditAsync("theme-merged", id, new { from = Theme.Name, into = into.Name, intoId = into.Id, movedLabels = Counts.Staff + Counts.Model }, ct);
        Changed = $"“{Theme.Name}” merged into “{into.Name}”. Its labels and corrections are now “{into.Name}”; saved searches follow.";
        return RedirectToPage(new { id = into.Id });
    }

    public async Task<IActionResult> OnPostSplitAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var name = ThemeInput.Validate(ModelState, nameof(NewName), NewName, "Enter a name for the new theme");
        if (!ModelState.IsValid) return Reshow();
        var newId = await themes.AddAsync(name, Theme.Category, "", ct);
        if (newId is null)
        {
            ModelState.AddModelError(nameof(NewName), "A theme with that name already exists, or had that name before");
            return Reshow();
        }
        await AuditAsync("theme-split", newId.Value, new { from = Theme.Name, fromId = id, name }, ct);
        Changed = $"Theme “{name}” split from “{Theme.Name}”. Describe it, then re-label at least five examples from “{Theme.Name}” on their Themes pages.";
        return RedirectToPage(new { id = newId });
    }

    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Theme.Active) ModelState.AddModelError(nameof(ConfirmRetire), "This theme is already retired");
        else if (!ConfirmRetire) ModelState.AddModelError(nameof(ConfirmRetire), "Confirm that you want to retire this theme");
        if (!ModelState.IsValid) return Reshow();
        await themes.RetireAsync(id, ct);
        await AuditAsync("theme-retired", id, new { name = Theme.Name }, ct);
        Changed = $"Theme “{Theme.Name}” retired. Its history is kept; it is no longer predicted or offered.";
        return RedirectToPage(new { id });
    }

    private IActionResult Reshow()
    {
        (Name, PublicName, EasyReadName, Category, Description, Public) =
            (Theme.Name, Theme.PublicName, Theme.EasyReadName, Theme.Category, Theme.Description, Theme.Public);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var all = await themes.ListAllAsync(ct);
        if (all.FirstOrDefault(t => t.Id == id) is not { } theme) return false;
        Theme = theme;
        Others = all.Where(t => t.Active && t.Id != id).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        Counts = await themes.LabelCountsAsync(id, ct);
        return true;
    }

    private Task AuditAsync(string action, int id, object details, CancellationToken ct) =>
        audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", action, $"theme:{id}", details,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
}
