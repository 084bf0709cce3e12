namespace VoiceHub.Core.Model;

/// <summary>A count under a name (a theme, a locality, a channel, a status).</summary>
public sealed record NamedCount
{
    public required string Name { get; init; }
    public long Count { get; init; }
}
