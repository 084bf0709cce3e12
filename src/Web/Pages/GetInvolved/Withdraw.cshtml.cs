using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.GetInvolved;

/// <summary>Leaving the people's bank by the link given on joining: the person's details are erased.</summary>
[AllowAnonymous]
public sealed class WithdrawModel(PeopleBankStore bank, AuditStore audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";

    public bool Withdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) =>
        await bank.TokenExistsAsync(token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var id = await bank.WithdrawAsync(token, ct);
        if (id is null) return NotFound();
        await audit.AppendAsync(null, "public", "peoples-bank-withdrawn", $"people_bank:{id}", null, null, ct);
        Withdrawn = true;
        return Page();
    }
}
