using VoiceHub.Core;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Notifications;

/// <summary>
/// What each email says, in plain English. Only what the Track page would show: never the feedback itself, and of
/// actions only their published wording.
/// </summary>
public static class StepMessages
{
    public static (string Subject, string Body) For(JourneyStep step, string reference, Journey journey)
    {
        var code = ReferenceCode.Format(reference);
        return step switch
        {
            JourneyStep.Received => ($"We have received your feedback ({code})",
                $"Thank you for your feedback. Your reference is {code}. Keep it: you can use it to see what happens next."),
            JourneyStep.Themed => ($"We have read your feedback ({code})",
                journey.Themes.Count == 0
                    ? "We have read your feedback and grouped it with what other people told us."
                    : $"We have read your feedback and grouped it with what other people told us about: {string.Join(", ", journey.Themes)}."),
            JourneyStep.Linked => ($"Your feedback is part of our work ({code})",
                journey.Projects.Count == 0
                    ? "Your feedback has been linked to work the council is doing to make things better."
                    : $"Your feedback has been linked to this work: {string.Join(", ", journey.Projects.Select(p => p.Title))}."),
            JourneyStep.WeWill => ($"We have said what we will do ({code})",
                "You said something that matters to us. The council has said what it will do: " +
                string.Join(" ", journey.Actions.Select(a => a.WeWill.TrimEnd('.') + "."))),
            JourneyStep.WeDid => ($"What we did about your feedback ({code})",
                string.Join(" ", journey.Actions.Where(a => a.Status is ActionStatus.Done or ActionStatus.NotDoing).Select(a =>
                    a.Status == ActionStatus.Done ? $"We did this: {a.WeDid.TrimEnd('.')}." : $"We decided not to do this: {a.NotDoingReason.TrimEnd('.')}."))),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
    }
}
