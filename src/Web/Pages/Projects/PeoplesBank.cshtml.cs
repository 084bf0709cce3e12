using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Projects;

/// <summary>
/// The people's bank for staff. Contact details are restricted: only staff holding the personal-data (raw text)
/// permission see them, and only after asking to, and each time is audited. Other staff see counts by area and project.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PeoplesBankModel(PeopleBankStore bank, AuditStore audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Contacts { get; set; }

    public bool MayShowContacts => User.CanSeeRawText();
    public bool ShowingContacts { get; private set; }
    public IReadOnlyList<PeopleBankEntry> People { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ShowingContacts = Contacts && MayShowContacts;
        People = await bank.ListAsync(ShowingContacts, ct);
        if (ShowingContacts)
        {
            await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "peoples-bank-contacts-viewed", null, new { people = People.Count },
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
    }
}
