using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Digests;
using VoiceHub.Web.Infrastructure;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Digests;

/// <summary>
/// One week's digest (<c>/digests/2026-W47</c>): the newest version, or <c>?version=2</c>. The snapshot is shown as it
/// was built, with each flag's triage as it stands now. A week with no digest yet can be built from here.
/// </summary>
public sealed class DetailsModel(DigestStore digests, EmergingFlagStore flags, AuditStore audit, IBackgroundJobClient jobs, EmailSenders senders) : PageModel
{
    public bool EmailSetUp => senders.Configured is not null;
    public IsoWeek Week { get; private set; }
    public DigestRecord? Digest { get; private set; }
    public string Body { get; private set; } = "";
    public bool Subscribed { get; private set; }

    [BindProperty(SupportsGet = true)] public int? Version { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string week, CancellationToken ct)
    {
        if (!IsoWeek.TryParse(week, out var w)) return NotFound();
        if (w.ToString() != week) return Redirect($"/digests/{w}");
        Week = w;
        Subscribed = User.UserId() is { } id && await digests.IsSubscribedAsync(id, ct);
        Digest = await digests.FindAsync(w.ToString(), Version, ct);
        if (Digest is null) return Version is null ? Page() : NotFound();

        var content = JsonSerializer.Deserialize<DigestContent>(Digest.Content, DigestBuilder.Json)!;
        var quotes = await digests.QuoteTextsAsync(content.Issues.SelectMany(i => i.Quotes).Concat(content.NewTopics.SelectMany(t => t.Quotes)).Select(q => q.ItemId).ToList(), ct);
        var statuses = (await flags.ListForWeekAsync(w.ToString(), ct)).ToDictionary(f => f.Id, f => f.EffectiveStatus);
        Body = await DigestHtml.BodyAsync(content, DigestPageLinks.For(w.ToString(), statuses), quotes, await VersionsAsync(w, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostBuildAsync(string week, CancellationToken ct)
    {
        if (!IsoWeek.TryParse(week, out var w)) return NotFound();
        jobs.Enqueue<BuildDigestJob>(j => j.RunAsync(w.ToString(), User.Identity!.Name!, CancellationToken.None));
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "digest-build-requested", $"digest:{w}", new { week = w.ToString() },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return Redirect($"/digests/{w}?done=building");
    }

    private async Task<RenderFragment> VersionsAsync(IsoWeek w, CancellationToken ct)
    {
        var others = (await digests.VersionsAsync(w.ToString(), ct)).Select(v => v.Version).Where(v => v != Digest!.Version).ToList();
        var digest = Digest!;
        return b =>
        {
            b.OpenComponent<DigestVersions>(0);
            b.AddComponentParameter(1, nameof(DigestVersions.Digest), digest);
            b.AddComponentParameter(2, nameof(DigestVersions.Week), w.ToString());
            b.AddComponentParameter(3, nameof(DigestVersions.Others), others);
            b.CloseComponent();
        };
    }
}
