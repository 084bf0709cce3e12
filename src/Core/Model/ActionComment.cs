namespace VoiceHub.Core.Model;

/// <summary>An Our Voice member's scrutiny comment on an action, and the staff answer it must get. Both are kept.</summary>
public sealed record ActionComment
{
    public long Id { get; init; }
    public long ActionId { get; init; }
    public required string Body { get; init; }
    public required string AuthorName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? Answer { get; init; }
    public string? AnsweredByName { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
}
