namespace VoiceHub.Core.Model;

/// <summary>One row of a bulk status update: the spreadsheet's row number, the action and what to set.</summary>
public sealed record ActionStatusRow
{
    public int RowNo { get; init; }
    public long ActionId { get; init; }
    public required string Status { get; init; }
    public string? NotDoingReason { get; init; }
    public string? WeDid { get; init; }
    public DateOnly? DoneOn { get; init; }
}
