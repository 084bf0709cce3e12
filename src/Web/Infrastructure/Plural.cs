namespace VoiceHub.Web.Infrastructure;

/// <summary>Counts in words that agree with them: <c>Plural.Count(1, "promise", "promises")</c> is "1 promise", 3 gives "3 promises".</summary>
public static class Plural
{
    public static string Count(int n, string one, string many) => $"{n:N0} {(n == 1 ? one : many)}";

    /// <summary>"is" or "are", for "1 of them is done", "2 of them are done".</summary>
    public static string Is(int n) => n == 1 ? "is" : "are";
}
