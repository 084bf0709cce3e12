using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Digests;
using VoiceHub.Web.Notifications;

using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.Digests;

/// <summary>
/// The weekly digests, newest first; building one for any week the feedback covers (a past week, or a week again as a
/// new version); and the email subscription. Staff only (the fallback policy).
/// </summary>
public sealed class IndexModel(DigestStore digests, WeeklyCountStore counts, AuditStore audit, IBackgroundJobClient jobs, EmailSenders senders) : PageModel
{
    /// <summary>Whether an email service is configured: "Email me the digest" is offered only then.</summary>
    public bool EmailSetUp => senders.Configured is not null;
    public IReadOnlyList<DigestSummary> Digests { get; private set; } = [];
    public bool Subscribed { get; private set; }
    public IsoWeek? FirstWeek { get; private set; }
    public IsoWeek? LastWeek { get; private set; }

    [BindProperty] public string? Week { get; set; }
    /// <summary>A day in the week to build, from the date boxes.</summary>
    [BindProperty] public DateParts WeekOf { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostBuildAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        // People pick a day; the week (Monday to Sunday) is worked out, and its code names the digest's address. A
        // script may still post the code as Week.
        IsoWeek week = default;
        if (!string.IsNullOrWhiteSpace(Week))
        {
            if (!IsoWeek.TryParse(Week, out week)) ModelState.AddModelError(nameof(WeekOf), "Enter a real week as year, W and week number, like 2022-W10");
        }
        else if (WeekOf.Read(ModelState, nameof(WeekOf), "a day in the week", required: true) is { } day) week = IsoWeek.Of(day);
        if (!ModelState.IsValid) return Page();
        jobs.Enqueue<BuildDigestJob>(j => j.RunAsync(week.ToString(), User.Identity!.Name!, CancellationToken.None));
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "digest-build-requested", $"digest:{week}", new { week = week.ToString() },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return Redirect($"/digests/{week}?done=building");
    }

    public async Task<IActionResult> OnPostSubscribeAsync(bool subscribe, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Forbid();
        var back = Request.Form["returnTo"].ToString();
        var target = back.StartsWith("/digests", StringComparison.Ordinal) && !back.Contains("//", StringComparison.Ordinal) ? back : "/digests";
        // Nothing to confirm when nothing would be sent: the page says email is not set up instead.
        if (subscribe && !EmailSetUp) return Redirect(target);
        if (await digests.SetSubscribedAsync(userId, subscribe, ct))
        {
            await audit.AppendAsync(userId, User.Identity!.Name!, subscribe ? "digest-subscribed" : "digest-unsubscribed", $"user:{userId}", null,
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
        return Redirect($"{target}?done={(subscribe ? "subscribed" : "unsubscribed")}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Digests = await digests.ListAsync(200, ct);
        Subscribed = User.UserId() is { } id && await digests.IsSubscribedAsync(id, ct);
        var (first, last) = await counts.DataRangeAsync(ct);
        FirstWeek = first is { } f ? IsoWeek.Of(f) : null;
        LastWeek = last is { } l ? IsoWeek.Of(l) : null;
    }
}
