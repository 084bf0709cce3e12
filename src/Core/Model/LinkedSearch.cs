namespace VoiceHub.Core.Model;

/// <summary>A whole search linked to a project. <see cref="Request"/> is a SearchRequest as JSON, resolved live when shown.</summary>
public sealed record LinkedSearch
{
    public long Id { get; init; }
    public long ProjectId { get; init; }
    public required string Label { get; init; }
    public required string Request { get; init; }
    public string? LinkedByName { get; init; }
    public DateTimeOffset LinkedAt { get; init; }
}
