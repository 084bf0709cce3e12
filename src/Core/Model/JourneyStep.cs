namespace VoiceHub.Core.Model;

/// <summary>
/// The steps a piece of feedback moves along, in order: received → themed → linked to a project or action →
/// "we will" (a published commitment) → "we did" (a published outcome, done or not doing with the reason).
/// </summary>
public enum JourneyStep
{
    Received,
    Themed,
    Linked,
    WeWill,
    WeDid,
}

public static class JourneySteps
{
    public static readonly IReadOnlyList<JourneyStep> All = Enum.GetValues<JourneyStep>();

    public static string Code(this JourneyStep step) => step switch
    {
        JourneyStep.Received => "received",
        JourneyStep.Themed => "themed",
        JourneyStep.Linked => "linked",
        JourneyStep.WeWill => "we-will",
        JourneyStep.WeDid => "we-did",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static JourneyStep Parse(string code)
    {
        foreach (var step in All)
        {
            if (step.Code() == code) return step;
        }
        throw new FormatException($"Unknown step '{code}'.");
    }
}
