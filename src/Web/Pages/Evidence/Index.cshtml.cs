using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.Evidence;

/// <summary>
/// The printable evidence report of the voice of people who draw on care and support, for a chosen period: feedback
/// by channel, theme and locality; actions and outcomes; projects with type and rung; who took part. Counts are
/// suppressed under 5, as the report leaves staff hands (inspection, Our Voice).
/// </summary>
[Authorize(Policy = Policies.OurVoice)]
public sealed class IndexModel(ReportStore reports, ActionStore actions, ProjectStore projects, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();

    public DateOnly? PeriodFrom { get; private set; }
    public DateOnly? PeriodTo { get; private set; }
    public FeedbackCounts? Feedback { get; private set; }
    public Participation? Participation { get; private set; }
    public IReadOnlyList<FeedbackAction> Actions { get; private set; } = [];
    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Core.Reporting.LondonTime.Today(clock);
        if (From.IsEmpty && To.IsEmpty)
        {
            // First visit: the last twelve months, ready to print.
            From = DateParts.From(today.AddYears(-1).AddDays(1));
            To = DateParts.From(today);
        }
        var from = From.Read(ModelState, nameof(From), "the start of the period", required: true);
        var to = To.Read(ModelState, nameof(To), "the end of the period", required: true);
        if (from is not null && to is not null && to < from) ModelState.AddModelError(nameof(To), "The end of the period must be the same as or after the start");
        if (!ModelState.IsValid) return;

        (PeriodFrom, PeriodTo) = (from, to);
        Feedback = await reports.FeedbackAsync(from, to, ct);
        Participation = await reports.ParticipationAsync(from, to, ct);
        Actions = (await actions.ListAsync(null, null, ct)).Where(a => InPeriod(a, from!.Value, to!.Value)).ToList();
        Projects = (await projects.ListAsync(publishedOnly: false, ct))
            .Where(p => (p.StartsOn is null || p.StartsOn <= to) && (p.EndsOn is null || p.EndsOn >= from)).ToList();
    }

    /// <summary>An action belongs to the period when it was made, finished or due in it, or was still open during it.</summary>
    private static bool InPeriod(FeedbackAction a, DateOnly from, DateOnly to)
    {
        var created = Core.Reporting.LondonTime.Day(a.CreatedAt);
        if (created > to) return false;
        return a.DoneOn is null || a.DoneOn >= from;
    }
}
