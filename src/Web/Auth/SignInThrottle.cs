using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Slows password guessing with growing delays, by account (the email address typed, whether or not such an account
/// exists, so the answer says nothing about which do) and by network address. There is no lock: someone trying to
/// keep another person out can make them wait at most <see cref="SignInThrottleOptions.MaxAccountDelay"/>, and only
/// for local passwords; sign-in with the council's identity provider never passes through here.
/// </summary>
/// <remarks>
/// Kept in this node's memory: behind a load balancer each node counts on its own, so an attacker spread over n nodes
/// gets n times the guesses (still growing delays on each). A throttled attempt is not counted, so waiting is enough.
/// </remarks>
public sealed class SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Last)> _failures = new();

    /// <summary>How long this attempt must still wait; zero when it may go ahead.</summary>
    public TimeSpan WaitFor(string email, string? address)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var account = Wait(AccountKey(email), o.AccountFreeFailures, o.MaxAccountDelay, now);
        var network = Wait(AddressKey(address), o.AddressFreeFailures, o.MaxAddressDelay, now);
        return account > network ? account : network;
    }

    /// <summary>Counts a wrong password (or an unknown account) against both the email address and the network address.</summary>
    public void Failed(string email, string? address)
    {
        var now = clock.GetUtcNow();
        if (_failures.Count > PruneAbove) Prune(now);
        foreach (var key in new[] { AccountKey(email), AddressKey(address) })
        {
            _failures.AddOrUpdate(key, (1, now), (_, seen) => (Fresh(seen, now) ? seen.Failures + 1 : 1, now));
        }
    }

    /// <summary>The right password clears the account's count (not the address's: one good account must not reset a guesser).</summary>
    public void Succeeded(string email) => _failures.TryRemove(AccountKey(email), out _);

    private TimeSpan Wait(string key, int free, TimeSpan max, DateTimeOffset now)
    {
        if (!_failures.TryGetValue(key, out var seen) || !Fresh(seen, now) || seen.Failures < free) return TimeSpan.Zero;
        var delay = Delay(seen.Failures - free, options.Value.FirstDelay, max);
        var left = seen.Last + delay - now;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    /// <summary>The first delay doubled <paramref name="doublings"/> times, at most <paramref name="max"/>.</summary>
    public static TimeSpan Delay(int doublings, TimeSpan first, TimeSpan max)
    {
        var ticks = first.Ticks * Math.Pow(2, Math.Min(doublings, 40));
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }

    private bool Fresh((int Failures, DateTimeOffset Last) seen, DateTimeOffset now) => now - seen.Last < options.Value.ForgetAfter;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, seen) in _failures)
        {
            if (!Fresh(seen, now)) _failures.TryRemove(key, out _);
        }
    }

    private static string AccountKey(string email) => "account:" + email.Trim().ToLowerInvariant();

    private static string AddressKey(string? address) => "address:" + (address ?? "unknown");
}
