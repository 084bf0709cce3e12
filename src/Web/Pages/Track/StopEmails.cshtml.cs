using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.Track;

/// <summary>The "stop these emails" link in every notification: withdraws consent and erases the address.</summary>
[AllowAnonymous]
public sealed class StopEmailsModel(FeedbackContactStore contacts, AuditStore audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";

    public bool Stopped { get; private set; }

    public IActionResult OnGet(string token) => WithdrawToken.LooksValid(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await contacts.WithdrawAsync(token, ct)) return NotFound();
        await audit.AppendAsync(null, "public", "feedback-contact-withdrawn", null, null, null, ct);
        Stopped = true;
        return Page();
    }
}
