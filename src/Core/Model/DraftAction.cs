namespace VoiceHub.Core.Model;

/// <summary>
/// An action drafted from a "You said, we will" line of Listening Space notes, linked to the items it answers. Status
/// <c>draft</c> until staff accept it (then planned, in progress…) or discard it.
/// </summary>
public sealed record DraftAction
{
    public long Id { get; init; }
    public long DocumentId { get; init; }
    public int Position { get; init; }
    public required string YouSaid { get; init; }
    public required string WeWill { get; init; }
    public required string Status { get; init; }
    public long[] ItemIds { get; init; } = [];
    public DateTimeOffset CreatedAt { get; init; }
}
