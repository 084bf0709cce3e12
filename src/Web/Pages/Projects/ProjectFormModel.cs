using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.Projects;

/// <summary>The fields of a project and their checks, shared by the new and edit pages (and their <c>_ProjectForm</c>).</summary>
public abstract class ProjectFormModel(LocalityStore localities, ThemeStore themes) : PageModel
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Aims { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Rung { get; set; }
    [BindProperty] public string? StaffChair { get; set; }
    [BindProperty] public string? LivedChair { get; set; }
    [BindProperty] public DateParts StartsOn { get; set; } = new();
    [BindProperty] public DateParts EndsOn { get; set; } = new();
    [BindProperty] public bool Published { get; set; }
    [BindProperty] public List<int> LocalityIds { get; set; } = [];
    [BindProperty] public List<int> ThemeIds { get; set; } = [];

    public IReadOnlyList<Locality> Localities { get; private set; } = [];
    public IReadOnlyList<Theme> Themes { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Localities = await localities.ListAsync(ct);
        Themes = await themes.ListAsync(ct);
    }

    protected void Fill(Project p)
    {
        Title = p.Title;
        Aims = p.Aims;
        Status = p.Status;
        Type = p.Type;
        Rung = p.Rung;
        StaffChair = p.StaffChair;
        LivedChair = p.LivedChair;
        StartsOn = DateParts.From(p.StartsOn);
        EndsOn = DateParts.From(p.EndsOn);
        Published = p.Published;
        LocalityIds = [.. p.LocalityIds];
        ThemeIds = [.. p.ThemeIds];
    }

    /// <returns>The project as entered, or null with errors in ModelState.</returns>
    protected ProjectInput? Validate()
    {
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "Enter a title");
        else if (Title.Length > 200) ModelState.AddModelError(nameof(Title), "Title must be 200 characters or fewer");
        if (string.IsNullOrWhiteSpace(Aims)) ModelState.AddModelError(nameof(Aims), "Enter the project's aims in plain language");
        if (!ProjectStatus.IsValid(Status)) ModelState.AddModelError(nameof(Status), "Select the project's status");
        if (!ProjectType.IsValid(Type)) ModelState.AddModelError(nameof(Type), "Select the type of co-production");
        if (!ParticipationRung.IsValid(Rung)) ModelState.AddModelError(nameof(Rung), "Select the rung reached on the ladder of participation");
        var starts = StartsOn.Read(ModelState, nameof(StartsOn), "the start date");
        var ends = EndsOn.Read(ModelState, nameof(EndsOn), "the end date");
        if (starts is not null && ends is not null && ends < starts) ModelState.AddModelError(nameof(EndsOn), "The end date must be the same as or after the start date");
        ErrorOrder.Set(ViewData, nameof(Title), nameof(Aims), nameof(Status), nameof(Type), nameof(Rung), nameof(StaffChair), nameof(LivedChair),
            nameof(StartsOn), nameof(EndsOn), nameof(LocalityIds), nameof(ThemeIds), nameof(Published));
        if (!ModelState.IsValid) return null;
        return new ProjectInput
        {
            Title = Title!.Trim(),
            Aims = Aims!.Trim(),
            Status = Status!,
            Type = Type!,
            Rung = Rung!,
            StaffChair = (StaffChair ?? "").Trim(),
            LivedChair = (LivedChair ?? "").Trim(),
            StartsOn = starts,
            EndsOn = ends,
            Published = Published,
            LocalityIds = LocalityIds.Where(id => Localities.Any(l => l.Id == id)).ToList(),
            ThemeIds = ThemeIds.Where(id => Themes.Any(t => t.Id == id)).ToList(),
        };
    }
}
