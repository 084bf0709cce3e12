using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log for admins: search by action, user (name or email, in part), target (in part: <c>item:42</c>, a
/// reference, <c>user:7</c>) and a date range, newest first, <see cref="PageSize"/> a page. The search is a GET, so a
/// page of results can be bookmarked or sent to an information governance colleague.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AuditStore audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserText { get; set; }
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();
    /// <summary>Read from the query by hand: model binding would take "page" from the route (the page's own path).</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<string> Actions { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public long Total { get; private set; }
    public int Pages => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actions = await audit.ActionsAsync(ct);
        var from = From.Read(ModelState, "From", "the start date");
        var to = To.Read(ModelState, "To", "the end date");
        if (from is not null && to is not null && to < from) ModelState.AddModelError("To", "The end date must be the same as or after the start date");
        if (!ModelState.IsValid) return;
        PageNumber = int.TryParse(Request.Query["page"], out var page) ? Math.Clamp(page, 1, 1_000_000) : 1;
        var query = new AuditQuery { Action = Action, User = UserText, Target = Target, From = from, To = to };
        (Entries, Total) = await audit.SearchAsync(query, (PageNumber - 1) * PageSize, PageSize, ct);
    }

    /// <summary>This search at another page.</summary>
    public string PageUrl(int page)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}");
        }
        Add("action", Action);
        Add("user", UserText);
        Add("target", Target);
        Add("from.day", From.Day); Add("from.month", From.Month); Add("from.year", From.Year);
        Add("to.day", To.Day); Add("to.month", To.Month); Add("to.year", To.Year);
        parts.Add($"page={page}");
        return "/admin/audit?" + string.Join("&", parts);
    }
}
