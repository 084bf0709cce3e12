namespace VoiceHub.Core.Model;

/// <summary>A new topic as stored for one week (<c>new_topics</c>), with its triage.</summary>
public sealed record StoredNewTopic
{
    public required string Id { get; init; }
    public required string Week { get; init; }
    public DateOnly WeekStart { get; init; }
    public required string Label { get; init; }
    public int Count { get; init; }
    public double Expected { get; init; }
    /// <summary>JSON: <c>[{"name":"Grays","count":4}]</c>.</summary>
    public string Localities { get; init; } = "[]";
    public long[] ItemIds { get; init; } = [];
    public long[] QuoteIds { get; init; } = [];
    public string Status { get; init; } = NewTopicStatus.New;
    public string? DismissReason { get; init; }
    public int? ThemeId { get; init; }
    public string? ThemeName { get; init; }
}

public static class NewTopicStatus
{
    public const string New = "new";
    public const string Theme = "theme";
    public const string Dismissed = "dismissed";
}
