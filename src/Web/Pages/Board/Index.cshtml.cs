using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.Board;

/// <summary>The public "You said, we did" board: published actions only, filterable by theme and locality.</summary>
[AllowAnonymous]
public sealed class IndexModel(ActionStore actions, ThemeStore themes, LocalityStore localities) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Locality { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";
    public IReadOnlyList<FeedbackAction> Actions { get; private set; } = [];
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public IReadOnlyList<Locality> Localities { get; private set; } = [];
    public string? FilterDescription { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Themes = await themes.ListAsync(ct);
        Localities = await localities.ListAsync(ct);
        // An id that names nothing is ignored rather than refused: the board still shows everything.
        if (Theme is { } t && Themes.All(x => x.Id != t)) Theme = null;
        if (Locality is { } l && Localities.All(x => x.Id != l)) Locality = null;
        Actions = await actions.ListPublishedAsync(Theme, Locality, ct);
        var parts = new[] { Themes.FirstOrDefault(x => x.Id == Theme)?.Name, Localities.FirstOrDefault(x => x.Id == Locality)?.Name }.OfType<string>().ToList();
        FilterDescription = parts.Count == 0 ? null : string.Join(" in ", parts);
    }
}
