using VoiceHub.Core.Model;

namespace VoiceHub.Core.Actions;

/// <summary>
/// What makes an action complete enough for its status, in GOV.UK error style. Used by the edit page and by the CSV
/// bulk update, so a spreadsheet cannot make an action the form would refuse.
/// </summary>
public static class ActionRules
{
    public const int MaxText = 4000;

    /// <returns>Each problem as (field name of <see cref="ActionInput"/>, message); empty when the action is fine.</returns>
    public static IReadOnlyList<(string Field, string Message)> Validate(ActionInput a)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(a.YouSaid)) errors.Add((nameof(a.YouSaid), "Enter what people said"));
        if (!ActionStatus.IsLive(a.Status)) errors.Add((nameof(a.Status), "Select a status"));
        if (a.Status == ActionStatus.NotDoing && string.IsNullOrWhiteSpace(a.NotDoingReason))
        {
            errors.Add((nameof(a.NotDoingReason), "Enter why this will not be done"));
        }
        if (a.Status == ActionStatus.Done && string.IsNullOrWhiteSpace(a.WeDid))
        {
            errors.Add((nameof(a.WeDid), "Enter what was done"));
        }
        if (a.Published && string.IsNullOrWhiteSpace(a.WeWill))
        {
            errors.Add((nameof(a.WeWill), "Enter what the council will do before publishing the action"));
        }
        if (a.EvidenceUrl.Length > 0 && !(Uri.TryCreate(a.EvidenceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add((nameof(a.EvidenceUrl), "Enter a link to the evidence that starts with https://"));
        }
        foreach (var (field, value) in new[] { (nameof(a.YouSaid), a.YouSaid), (nameof(a.WeWill), a.WeWill), (nameof(a.WeDid), a.WeDid), (nameof(a.NotDoingReason), a.NotDoingReason) })
        {
            if (value.Length > MaxText) errors.Add((field, $"Enter no more than {MaxText:N0} characters"));
        }
        if (a.DoneOn is not null && a.Status is not (ActionStatus.Done or ActionStatus.NotDoing))
        {
            errors.Add((nameof(a.DoneOn), "Leave the date done empty unless the action is done or not being done"));
        }
        return errors;
    }
}
