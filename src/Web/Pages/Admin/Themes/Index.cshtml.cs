using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.Themes;

/// <summary>
/// The council's themes: every theme (retired ones too) with its public name and whether the public sees it, and a form
/// to add one. A new theme is internal until an admin gives it a public name and makes it public; it is predicted once
/// staff have labelled examples of it and the model has been trained again. Every change is in the audit log.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(ThemeStore themes, AuditStore audit) : PageModel
{
    public IReadOnlyList<CouncilTheme> Themes { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Description { get; set; }

    [TempData] public string? Changed { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Themes = await themes.ListAllAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = ThemeInput.Validate(ModelState, nameof(Name), Name, "Enter a name for the theme");
        var category = ThemeInput.Validate(ModelState, nameof(Category), Category, "Enter a category, such as Providing support");
        var description = (Description ?? "").Trim();
        if (description.Length > 2000) ModelState.AddModelError(nameof(Description), "The description must be 2000 characters or fewer");
        if (ModelState.IsValid)
        {
            var id = await themes.AddAsync(name, category, description, ct);
            if (id is null) ModelState.AddModelError(nameof(Name), "A theme with that name already exists, or had that name before");
            else
            {
                await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "theme-added", $"theme:{id}", new { name, category },
                    HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
                Changed = $"Theme “{name}” added. Give it a public name if the public should see it.";
                return RedirectToPage("Edit", new { id });
            }
        }
        Themes = await themes.ListAllAsync(ct);
        return Page();
    }
}
