using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.OurVoice;

/// <summary>
/// Our Voice's view: every reviewed action (published or not) with its status and what is overdue, counts of feedback
/// by theme and locality (suppressed under 5; never text, never people), and projects with their rungs.
/// </summary>
[Authorize(Policy = Policies.OurVoice)]
public sealed class IndexModel(ActionStore actions, ProjectStore projects, ReportStore reports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";
    public IReadOnlyList<FeedbackAction> Actions { get; private set; } = [];
    public IReadOnlyList<Project> Projects { get; private set; } = [];
    public FeedbackCounts Feedback { get; private set; } = new();
    public DateOnly Today { get; } = Core.Reporting.LondonTime.Today(clock);
    public int Overdue => Actions.Count(a => a.IsOverdue(Today));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actions = await actions.ListAsync(null, null, ct);
        Projects = await projects.ListAsync(publishedOnly: false, ct);
        Feedback = await reports.FeedbackAsync(null, null, ct);
    }
}
