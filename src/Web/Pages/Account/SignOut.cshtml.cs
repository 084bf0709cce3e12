using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Account;

/// <summary>
/// Signs out everywhere: the account gets a new security stamp, so this cookie, any copy of it and the account's other
/// sessions stop working on every node (within <see cref="AccountCheck.For"/>), not only in this browser.
/// </summary>
[AllowAnonymous]
public sealed class SignOutModel(AuditStore audit, UserStore users, AccountCheck accounts) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.UserId() is { } id)
        {
            await users.RotateStampAsync(id, ct);
            accounts.Forget(id);
            await audit.AppendAsync(id, User.Identity?.Name ?? "", "sign-out", $"user:{id}", null, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage("/Index");
    }
}
