using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.Users;

/// <summary>
/// An admin changes one account's role, raw-text permission, or disables it. Audited with the before and after; any
/// change gives the account a new security stamp, which ends its sessions on every node within seconds
/// (<see cref="AccountCheck"/>): the person signs in again to get the new role. An admin cannot disable or
/// demote themselves, so there is always someone left to undo a mistake.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(UserStore users, AuditStore audit, AccountCheck accounts) : PageModel
{
    public User Account { get; private set; } = null!;

    [BindProperty] public string? Role { get; set; }
    [BindProperty] public bool RawText { get; set; }
    [BindProperty] public bool Disabled { get; set; }

    [TempData] public string? Changed { get; set; }

    public bool IsSelf => User.UserId() == Account.Id;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is not { } account) return NotFound();
        Account = account;
        (Role, RawText, Disabled) = (account.Role, account.RawText, account.Disabled);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is not { } account) return NotFound();
        Account = account;
        if (Role is null || !Roles.All.Contains(Role)) ModelState.AddModelError(nameof(Role), "Select a role");
        if (IsSelf && (Disabled || Role != Roles.Admin)) ModelState.AddModelError(nameof(Role), "You cannot remove your own admin role or disable your own account");
        if (!ModelState.IsValid) return Page();

        var rawText = RawText && Role != Roles.OurVoice;
        var before = await users.UpdateAsync(id, Role!, rawText, Disabled, ct);
        accounts.Forget(id);
        if (before is not null && (before.Role != Role || before.RawText != rawText || before.Disabled != Disabled))
        {
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "user-changed", $"user:{id}",
                new
                {
                    role = new { from = before.Role, to = Role },
                    rawText = new { from = before.RawText, to = rawText },
                    disabled = new { from = before.Disabled, to = Disabled },
                },
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
        Changed = account.Email;
        return RedirectToPage("Index");
    }
}
