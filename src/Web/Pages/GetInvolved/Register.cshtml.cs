using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.GetInvolved;

/// <summary>
/// The expression-of-interest form: adds the person to the people's bank with their explicit consent, and gives them
/// a link to withdraw (which erases their details). The confirmation is shown in answer to the post, so the
/// withdrawal link never appears in an address.
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(PeopleBankStore bank, ProjectStore projects, LocalityStore localities, AuditStore audit, TimeProvider clock) : PageModel
{
    public const int MaxLength = 500;

    [BindProperty(SupportsGet = true)] public long? Project { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public int? Locality { get; set; }
    [BindProperty] public string? Interests { get; set; }
    [BindProperty] public bool Consent { get; set; }
    [BindProperty(SupportsGet = true, Name = "view")] public string? View { get; set; }

    public bool EasyRead => View == "easy-read";

    public IReadOnlyList<Project> Projects { get; private set; } = [];
    public IReadOnlyList<Locality> Localities { get; private set; } = [];
    public string? WithdrawUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (string.IsNullOrWhiteSpace(Name)) ModelState.AddModelError(nameof(Name), "Enter your name");
        else if (Name.Length > 200) ModelState.AddModelError(nameof(Name), "Name must be 200 characters or fewer");
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address or a phone number");
        }
        if (!string.IsNullOrWhiteSpace(Email) && (Email.Length > 254 || !MailAddress.TryCreate(Email.Trim(), out _) || !Email.Contains('.')))
        {
            ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }
        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Count(char.IsAsciiDigit) is < 10 or > 15 || Phone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
        {
            ModelState.AddModelError(nameof(Phone), "Enter a telephone number, like 01632 960 001 or 07700 900 982");
        }
        if (Interests is { Length: > MaxLength }) ModelState.AddModelError(nameof(Interests), $"What you would like to be involved in must be {MaxLength} characters or fewer");
        if (Project is { } p && Projects.All(x => x.Id != p)) Project = null;
        if (Locality is { } l && Localities.All(x => x.Id != l)) Locality = null;
        if (!Consent) ModelState.AddModelError(nameof(Consent), "Select that you agree, so we can keep your details to contact you");
        if (!ModelState.IsValid) return Page();

        var (id, token) = await bank.AddAsync(new NewPeopleBankEntry
        {
            Name = Name!,
            Email = string.IsNullOrWhiteSpace(Email) ? null : Email,
            Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone,
            LocalityId = Locality,
            ProjectId = Project,
            Interests = string.IsNullOrWhiteSpace(Interests) ? null : Interests,
        }, clock.GetUtcNow(), ct);
        await audit.AppendAsync(null, "public", "peoples-bank-joined", $"people_bank:{id}", new { project = Project }, null, ct);
        WithdrawUrl = $"{Request.Scheme}://{Request.Host}/get-involved/withdraw/{token}";
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Projects = (await projects.ListAsync(publishedOnly: true, ct)).Where(p => p.Status != ProjectStatus.Closed).ToList();
        Localities = await localities.ListAsync(ct);
    }
}
