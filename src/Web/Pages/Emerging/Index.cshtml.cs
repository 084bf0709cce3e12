using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.Emerging;

/// <summary>Emerging issues flagged in recent weeks, newest first, filtered by where triage has got to.</summary>
public sealed class IndexModel(EmergingFlagStore flags, NewTopicStore topics) : PageModel
{
    public IReadOnlyList<EmergingFlag> Flags { get; private set; } = [];
    public IReadOnlyList<StoredNewTopic> Topics { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Status is not null && !FlagStatus.All.Contains(Status)) Status = null;
        Flags = await flags.ListAsync(Status, 500, ct);
        Topics = await topics.ListAsync(null, 50, ct);
        return Page();
    }
}
