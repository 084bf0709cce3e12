using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Actions;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ActionStore actions, ActionCommentStore comments, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<FeedbackAction> Actions { get; private set; } = [];
    public int Drafts { get; private set; }
    public int Unanswered { get; private set; }
    public DateOnly Today { get; } = Core.Reporting.LondonTime.Today(clock);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ActionStatus.IsLive(Status)) Status = null;
        Actions = await actions.ListAsync(Status, null, ct);
        Drafts = (await actions.ListDraftsAsync(ct)).Count;
        Unanswered = await comments.CountUnansweredAsync(ct);
    }
}
