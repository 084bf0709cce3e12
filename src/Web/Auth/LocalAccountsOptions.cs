namespace VoiceHub.Web.Auth;

/// <summary>
/// <c>VoiceHub:LocalAccounts</c>: email-and-password accounts kept by VoiceHub. A council signing everyone in through its
/// identity provider switches them off (<c>Enabled = false</c>): the password form goes, no first admin is created,
/// and admins can no longer add passwords.
/// </summary>
public sealed class LocalAccountsOptions
{
    public const string Section = "VoiceHub:LocalAccounts";

    public bool Enabled { get; set; } = true;
}
