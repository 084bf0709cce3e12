using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;

using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.Trends;

/// <summary>
/// A theme's weekly counts over time, split by locality, with the weeks it was flagged as an emerging issue marked
/// (for the whole council or in one locality).
/// </summary>
public sealed class IndexModel(ThemeStore themes, WeeklyCountStore counts, EmergingFlagStore flags, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Theme> Themes { get; private set; } = [];
    public Theme? Selected { get; private set; }
    public IReadOnlyList<IsoWeek> WeekList { get; private set; } = [];
    public IReadOnlyList<string> Localities { get; private set; } = [];
    /// <summary>Counts by week and locality ("" when not known).</summary>
    public IReadOnlyDictionary<(IsoWeek, string), int> Counts { get; private set; } = new Dictionary<(IsoWeek, string), int>();
    public IReadOnlyList<EmergingFlag> Flags { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public int Weeks { get; set; } = 26;
    /// <summary>A day in the last week to show, as the date boxes give it; the week is worked out from it.</summary>
    [BindProperty(SupportsGet = true)] public DateParts UpTo { get; set; } = new();

    public int Total(IsoWeek w) => Localities.Sum(l => Counts.GetValueOrDefault((w, l)));

    public bool Flagged(IsoWeek w, string? locality) =>
        Flags.Any(f => f.Week == w.ToString() && (locality is null ? f.LocalityId is null : f.LocalityName == locality));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Themes = (await themes.ListAsync(ct)).OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var last = IsoWeek.PreviousOf(clock.GetUtcNow());
        // People pick a date; the address keeps the week's code (/trends?To=2026-W47), so it can be shared and bookmarked.
        if (!UpTo.IsEmpty)
        {
            if (UpTo.Read(ModelState, nameof(UpTo), "the last week to show") is { } day)
            {
                return Redirect($"/trends?Theme={Uri.EscapeDataString(Theme ?? "")}&To={IsoWeek.Of(day)}&Weeks={Weeks}");
            }
        }
        else if (To is not null && IsoWeek.TryParse(To, out var to)) last = to;
        else if (To is not null) ModelState.AddModelError(nameof(UpTo), "Enter a real week in the address, like 2026-W47, or choose a date");
        if (ModelState.GetValueOrDefault(nameof(Weeks))?.Errors.Count > 0 || Weeks is < 4 or > 156)
        {
            ModelState.Remove(nameof(Weeks));
            ModelState.AddModelError(nameof(Weeks), "Enter a number of weeks from 4 to 156");
            Weeks = 26;
        }
        To = last.ToString();
        if (UpTo.IsEmpty) UpTo = DateParts.From(last.Sunday);
        if (string.IsNullOrWhiteSpace(Theme)) return Page();
        Selected = Themes.FirstOrDefault(t => string.Equals(t.Name, Theme, StringComparison.OrdinalIgnoreCase));
        if (Selected is null)
        {
            ModelState.AddModelError(nameof(Theme), "Select a theme from the list");
            return Page();
        }
        var first = last.AddWeeks(1 - Weeks);
        WeekList = Enumerable.Range(0, Weeks).Select(first.AddWeeks).ToList();
        var rows = await counts.ThemeByLocalityAsync(Selected.Id, first.Monday, last.AddWeeks(1).Monday, ct);
        Counts = rows.GroupBy(r => (IsoWeek.Of(r.WeekStart), r.Name ?? "")).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        Localities = rows.Select(r => r.Name ?? "").Distinct().OrderBy(n => n == "" ? 1 : 0).ThenBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        Flags = await flags.ListForThemeAsync(Selected.Id, first.Monday, last.AddWeeks(1).Monday, ct);
        return Page();
    }
}
