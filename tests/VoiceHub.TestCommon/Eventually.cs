namespace VoiceHub.TestCommon;

/// <summary>Waits for something that happens in the background (a job, the index follower), failing with a clear message on time-out.</summary>
public static class Eventually
{
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        T last;
        while (true)
        {
            last = await probe();
            if (done(last)) return last;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {timeout.TotalSeconds:0}s for {what}; last seen: {last}");
            await Task.Delay(100);
        }
    }
}
