namespace VoiceHub.Core.Model;

/// <summary>What staff enter to create or change an action.</summary>
public sealed record ActionInput
{
    public long? ProjectId { get; init; }
    public required string Status { get; init; }
    public required string YouSaid { get; init; }
    public string WeWill { get; init; } = "";
    public string Owner { get; init; } = "";
    public DateOnly? DueOn { get; init; }
    public string WeDid { get; init; } = "";
    public DateOnly? DoneOn { get; init; }
    public string EvidenceUrl { get; init; } = "";
    public string NotDoingReason { get; init; } = "";
    public bool Published { get; init; }

    public static ActionInput From(FeedbackAction a) => new()
    {
        ProjectId = a.ProjectId,
        Status = a.Status,
        YouSaid = a.YouSaid,
        WeWill = a.WeWill,
        Owner = a.Owner,
        DueOn = a.DueOn,
        WeDid = a.WeDid,
        DoneOn = a.DoneOn,
        EvidenceUrl = a.EvidenceUrl,
        NotDoingReason = a.NotDoingReason,
        Published = a.Published,
    };
}
