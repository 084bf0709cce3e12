namespace VoiceHub.Scale.Tests;

/// <summary>Node settings for these tests.</summary>
public static class Settings
{
    /// <summary>
    /// A dead node's job is handed on after 6 s of silence (it renews every 1.2 s while alive) and seen at the next
    /// one-second poll, instead of the production 5 minutes and 5 s. Two workers a node: these tests need no more.
    /// </summary>
    public static Dictionary<string, string?> FastFailover(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["VoiceHub:Jobs:InvisibilityTimeout"] = "00:00:06",
            ["VoiceHub:Jobs:QueuePollInterval"] = "00:00:01",
            ["VoiceHub:Node:Workers"] = "2",
        };
        foreach (var (k, v) in more ?? []) settings[k] = v;
        return settings;
    }
}
