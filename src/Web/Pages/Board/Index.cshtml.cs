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
    /// <summary>Public themes only, by the name this view shows (public or Easy Read); never an internal one.</summary>
    public IReadOnlyList<(int Id, string Name)> Themes { get; private set; } = [];
    public IReadOnlyList<Locality> Localities { get; private set; } = [];
    public string? FilterDescription { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Themes = (await themes.ListAllAsync(ct))
            .Select(x => (x.Id, Name: EasyRead ? x.EasyReadLabel : x.PublicLabel))
            .Where(x => x.Name is not null)
            .Select(x => (x.Id, x.Name!))
            .OrderBy(x => x.Item2, StringComparer.OrdinalIgnoreCase)
            .ToList();
        Localities = await localities.ListAsync(ct);
        // An id that names nothing is ignored rather than refused: the board still shows everything.
        if (Theme is { } t && Themes.All(x => x.Id != t)) Theme = null;
        if (Locality is { } l && Localities.All(x => x.Id != l)) Locality = null;
        Actions = await actions.ListPublishedAsync(Theme, Locality, ct);
        var parts = new[] { Themes.Where(x => x.Id == Theme).Select(x => x.Name).FirstOrDefault(), Localities.FirstOrDefault(x => x.Id == Locality)?.Name }.OfType<string>().ToList();
        FilterDescription = parts.Count == 0 ? null : string.Join(" in ", parts);
    }
}
