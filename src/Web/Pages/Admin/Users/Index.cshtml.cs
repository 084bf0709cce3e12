using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.Users;

/// <summary>Admins add local accounts and choose each one's role and raw-text permission.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(UserStore users, AuditStore audit, IPasswordHasher<User> hasher, Microsoft.Extensions.Options.IOptions<LocalAccountsOptions> local) : PageModel
{
    public const int MinPasswordLength = 12;

    public IReadOnlyList<User> Users { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Enter an email address"), EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter their name")]
    public string? DisplayName { get; set; }

    [BindProperty, Required(ErrorMessage = "Select a role")]
    public string? Role { get; set; }

    [BindProperty]
    public bool RawText { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter a password")]
    [MinLength(MinPasswordLength, ErrorMessage = "Password must be 12 characters or more")]
    public string? Password { get; set; }

    [TempData]
    public string? Added { get; set; }

    [TempData]
    public string? Changed { get; set; }

    public bool LocalEnabled => local.Value.Enabled;

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!LocalEnabled) return NotFound();
        if (Role is not null && !Roles.All.Contains(Role)) ModelState.AddModelError(nameof(Role), "Select a role");
        if (ModelState.IsValid)
        {
            var template = new User { Email = Email!, DisplayName = DisplayName!, Role = Role! };
            var id = await users.CreateAsync(Email!, DisplayName!.Trim(), hasher.HashPassword(template, Password!), Role!, RawText && Role != Roles.OurVoice, ct);
            if (id is null)
            {
                ModelState.AddModelError(nameof(Email), "There is already an account with this email address");
            }
            else
            {
                await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "user-created", $"user:{id}",
                    new { role = Role, rawText = RawText && Role != Roles.OurVoice }, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
                Added = Email;
                return RedirectToPage();
            }
        }
        Password = null;
        Users = await users.ListAsync(ct);
        return Page();
    }
}
