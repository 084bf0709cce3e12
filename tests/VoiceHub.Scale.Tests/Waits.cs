using VoiceHub.TestCommon;

namespace VoiceHub.Scale.Tests;

/// <summary><see cref="Eventually"/>, failing with what the nodes wrote, since the cause is usually in their logs.</summary>
public static class Waits
{
    public static async Task<T> ForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what, params AppProcess[] nodes)
    {
        try
        {
            return await Eventually.WaitAsync(probe, done, timeout, what);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + string.Concat(nodes.Select(n => $"\n\n--- node {n.BaseUrl} ---\n{n.Output}")), e);
        }
    }
}
