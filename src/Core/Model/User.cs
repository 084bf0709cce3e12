namespace VoiceHub.Core.Model;

public sealed record User
{
    public long Id { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; init; }
    public string? PasswordHash { get; init; }
    public required string Role { get; init; }
    public bool RawText { get; init; }
    public bool Disabled { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastSignInAt { get; init; }
    /// <summary>"issuer|subject" for an account from the council's identity provider (which has no password here).</summary>
    public string? ExternalId { get; init; }
    /// <summary>Changes whenever the account's sessions must end; a cookie carrying an older one is refused.</summary>
    public Guid SecurityStamp { get; init; }
}
