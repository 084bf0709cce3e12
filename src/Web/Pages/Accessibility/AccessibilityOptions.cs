using System.ComponentModel.DataAnnotations;

namespace VoiceHub.Web.Pages.Accessibility;

/// <summary>
/// What the accessibility statement says that only the council knows (<c>VoiceHub:Accessibility:*</c>): who to contact
/// and when the service was last checked. The defaults are the demo council's; a council sets its own.
/// </summary>
public sealed class AccessibilityOptions
{
    public const string Section = "VoiceHub:Accessibility";

    /// <summary>Who runs the service, as the statement names them.</summary>
    [Required]
    public string Team { get; set; } = "Adult Social Care engagement team";

    [Required, EmailAddress]
    public string ContactEmail { get; set; } = "asc.engagement@council.example";

    [Required]
    public string ContactPhone { get; set; } = "0300 123 4567";

    /// <summary>When the phone line is answered.</summary>
    public string ContactHours { get; set; } = "Monday to Friday, 9am to 5pm";

    /// <summary>When the statement was first prepared.</summary>
    public DateOnly PreparedOn { get; set; } = new(2026, 11, 23);

    /// <summary>When the service was last checked and the statement reviewed.</summary>
    public DateOnly LastReviewedOn { get; set; } = new(2026, 12, 5);

    /// <summary>Who last checked it and how (shown in "How we tested this website").</summary>
    public string LastTestedBy { get; set; } = "automated checks with axe-core in Chromium, and keyboard-only testing of every public form, by the VoiceHub team";

    public static void AddTo(IServiceCollection services, IConfiguration configuration) =>
        services.AddOptions<AccessibilityOptions>().Bind(configuration.GetSection(Section)).ValidateDataAnnotations().ValidateOnStart();
}
