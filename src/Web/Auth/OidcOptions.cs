namespace VoiceHub.Web.Auth;

/// <summary>
/// <c>VoiceHub:Oidc</c>: sign-in with the council's identity provider (OpenID Connect, e.g. Microsoft Entra ID), on
/// when <see cref="Authority"/> is set. The provider's group claim decides the role: a member of
/// <see cref="AdminGroup"/> is an admin, else of <see cref="StaffGroup"/> staff, else of <see cref="OurVoiceGroup"/> an
/// Our Voice member; anyone in none is refused. <see cref="RawTextGroup"/> grants staff and admins the raw-text permission.
/// </summary>
/// <example>
/// Entra ID: <c>Authority = https://login.microsoftonline.com/{tenant}/v2.0</c>, <c>GroupClaim = groups</c> and the
/// groups' object ids as the group names (add the "groups" optional claim to the ID token in the app registration).
/// </example>
public sealed class OidcOptions
{
    public const string Section = "VoiceHub:Oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in button says: "Sign in with your council account".</summary>
    public string DisplayName { get; set; } = "your council account";

    public string GroupClaim { get; set; } = "groups";
    public string? AdminGroup { get; set; }
    public string? StaffGroup { get; set; }
    public string? OurVoiceGroup { get; set; }
    public string? RawTextGroup { get; set; }

    /// <summary>Only for a test provider on loopback: production authorities are HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
