using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;
using VoiceHub.Web.Digests;

namespace VoiceHub.Web.Pages.Coverage;

/// <summary>
/// Whose voice is missing: feedback per 1,000 residents by locality against the council's rate, and survey
/// respondents' shares by age band, ethnicity, disability and carer status against the population's, over the
/// <see cref="Weeks"/> weeks to <see cref="To"/> (default the last 12 full weeks).
/// </summary>
public sealed class IndexModel(CoverageReporter coverage, TimeProvider clock) : PageModel
{
    public string Report { get; private set; } = "";
    public IsoWeek Last { get; private set; }

    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public int Weeks { get; set; } = 12;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Last = IsoWeek.PreviousOf(clock.GetUtcNow());
        if (To is not null && IsoWeek.TryParse(To, out var to)) Last = to;
        else if (To is not null) ModelState.AddModelError(nameof(To), "Enter a real week as year, W and week number, like 2026-W47");
        if (ModelState.GetValueOrDefault(nameof(Weeks))?.Errors.Count > 0 || Weeks is < 1 or > 156)
        {
            ModelState.Remove(nameof(Weeks));
            ModelState.AddModelError(nameof(Weeks), "Enter a number of weeks from 1 to 156");
            Weeks = 12;
        }
        var report = await coverage.BuildAsync(Last.AddWeeks(1 - Weeks).Monday, Last.Sunday, ct);
        Report = await DigestHtml.CoverageAsync(report, DigestPageLinks.For(Last.ToString(), null));
        To = Last.ToString();
        return Page();
    }
}
