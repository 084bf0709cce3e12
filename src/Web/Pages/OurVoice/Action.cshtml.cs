using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.OurVoice;

/// <summary>One action as Our Voice sees it (no feedback text, only how much is linked), with scrutiny comments and answers.</summary>
[Authorize(Policy = Policies.OurVoice)]
public sealed class ActionModel(ActionStore actions, ActionCommentStore comments, AuditStore audit) : PageModel
{
    public const int MaxComment = 4000;

    public FeedbackAction Item { get; private set; } = null!;
    public IReadOnlyList<ActionComment> Comments { get; private set; } = [];

    [BindProperty] public string? Comment { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Comment)) ModelState.AddModelError(nameof(Comment), "Enter your comment or question");
        else if (Comment.Length > MaxComment) ModelState.AddModelError(nameof(Comment), $"Comment must be {MaxComment:N0} characters or fewer");
        if (!ModelState.IsValid) return Page();
        var commentId = await comments.AddAsync(id, Comment!, User.UserId()!.Value, ct);
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "scrutiny-comment-added", $"action:{id}", new { comment = commentId },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return Redirect($"/our-voice/actions/{id}?done=comment");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var action = await actions.FindAsync(id, ct);
        if (action is null || action.Status is ActionStatus.Draft or ActionStatus.Discarded) return false;
        Item = action;
        Comments = await comments.ListAsync(id, ct);
        return true;
    }
}
