using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Emerging.Topics;

/// <summary>
/// One new topic (<c>/emerging/topics/2026-W20.topic-4812</c>): its label, figures, places and representative quotes
/// (redacted text), and its triage: turn it into a theme, with its comments as the theme's first examples, or dismiss
/// it with a reason. Both are audited by the store in the same transaction.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(NewTopicStore topics, ThemeStore themes, DigestStore digests) : PageModel
{
    public StoredNewTopic Topic { get; private set; } = null!;
    public IReadOnlyList<(string Name, int Count)> Places { get; private set; } = [];
    public IReadOnlyList<string> Quotes { get; private set; } = [];
    public IReadOnlyList<string> Categories { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Reason { get; set; }

    /// <summary>A handler's address with the topic id as stored (routing would lower-case the week in it).</summary>
    public string Post(string handler) => $"/emerging/topics/{Uri.EscapeDataString(Topic.Id)}?handler={handler}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Name ??= Capitalised(Topic.Label.Split(',')[0].Trim());
        return Page();
    }

    public async Task<IActionResult> OnPostThemeAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Name = Name?.Trim();
        if (string.IsNullOrEmpty(Name)) ModelState.AddModelError(nameof(Name), "Enter a name for the theme");
        else if (Name.Length > 100) ModelState.AddModelError(nameof(Name), "Theme name must be 100 characters or fewer");
        if (string.IsNullOrWhiteSpace(Category) || !Categories.Contains(Category)) ModelState.AddModelError(nameof(Category), "Select a category");
        if (Description?.Length > 1000) ModelState.AddModelError(nameof(Description), "Description must be 1000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        var (result, _) = await topics.TurnIntoThemeAsync(id, Name!, Category!, Description?.Trim() ?? "", User.UserId(), User.Identity!.Name!,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        switch (result)
        {
            case NewTopicStore.TurnResult.NameTaken:
                ModelState.AddModelError(nameof(Name), "A theme with that name already exists: enter another name");
                return Page();
            case NewTopicStore.TurnResult.NotFound:
                ModelState.AddModelError(nameof(Name), "This topic has already been turned into a theme or dismissed");
                return Page();
        }
        return Redirect($"/emerging/topics/{Uri.EscapeDataString(id)}?done=theme");
    }

    public async Task<IActionResult> OnPostDismissAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter why you are dismissing this topic");
        else if (Reason.Length > 500) ModelState.AddModelError(nameof(Reason), "Reason must be 500 characters or fewer");
        if (!ModelState.IsValid) return Page();
        if (!await topics.DismissAsync(id, Reason!.Trim(), User.UserId(), User.Identity!.Name!, HttpContext.Connection.RemoteIpAddress?.ToString(), ct))
        {
            ModelState.AddModelError(nameof(Reason), "This topic has already been turned into a theme or dismissed");
            return Page();
        }
        return Redirect($"/emerging/topics/{Uri.EscapeDataString(id)}?done=topic-dismissed");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await topics.FindAsync(id, ct) is not { } topic) return false;
        Topic = topic;
        Places = JsonSerializer.Deserialize<List<Place>>(topic.Localities, JsonSerializerOptions.Web)?.Select(p => (p.Name, p.Count)).ToList() ?? [];
        var texts = await digests.QuoteTextsAsync(topic.QuoteIds, ct);
        Quotes = topic.QuoteIds.Where(texts.ContainsKey).Select(q => texts[q]).ToList();
        Categories = (await themes.ListAsync(ct)).Select(t => t.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        return true;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record Place(string Name, int Count);
}
