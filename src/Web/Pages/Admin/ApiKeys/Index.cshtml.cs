using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Api;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.ApiKeys;

/// <summary>
/// Admins create keys for other systems to post feedback to <c>/api/feedback</c>, and revoke them. A new key is shown
/// once, on the response to the post that made it (never stored or redirected with); only its hash is kept.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(ApiKeyStore keys, AuditStore audit) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The key just created, shown this once.</summary>
    public string? NewKey { get; private set; }

    [TempData]
    public string? Revoked { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Keys = await keys.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Name?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError(nameof(Name), "Enter a name for the key, such as the system that will use it");
        else if (name.Length > 100) ModelState.AddModelError(nameof(Name), "The name must be 100 characters or fewer");
        if (ModelState.IsValid)
        {
            var key = ApiKeySecrets.New();
            var id = await keys.CreateAsync(name, ApiKeySecrets.Prefix(key), ApiKeySecrets.Hash(key), User.UserId(), ct);
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "api-key-created", $"api-key:{id}", new { name },
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            NewKey = key;
            Name = null;
            ModelState.Clear();
        }
        Keys = await keys.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        if (await keys.RevokeAsync(id, User.UserId(), ct))
        {
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "api-key-revoked", $"api-key:{id}", null,
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            Revoked = (await keys.ListAsync(ct)).FirstOrDefault(k => k.Id == id)?.Name;
        }
        return RedirectToPage();
    }
}
