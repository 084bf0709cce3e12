namespace VoiceHub.Core.Model;

/// <summary>
/// A person in the people's bank. Name, email and phone are personal data: shown only to staff allowed to see it,
/// and erased when the person withdraws.
/// </summary>
public sealed record PeopleBankEntry
{
    public long Id { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public int? LocalityId { get; init; }
    public string? LocalityName { get; init; }
    public long? ProjectId { get; init; }
    public string? ProjectTitle { get; init; }
    public string? Interests { get; init; }
    public DateTimeOffset ConsentedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
