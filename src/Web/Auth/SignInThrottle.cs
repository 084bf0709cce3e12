using System.Threading.RateLimiting;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Sign-in attempts per account (the per-address limit is in <see cref="Infrastructure.RateLimits"/>): at most
/// <c>VoiceHub:RateLimits:SignInsPerAccountPerMinute</c> (10) a minute for one email address, whether or not the
/// account exists, so guessing one account's password from many addresses is slow too. The lockout after
/// <see cref="SignInService.MaxFailures"/> wrong passwords still applies on top.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInThrottle(IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("VoiceHub:RateLimits:SignInsPerAccountPerMinute", 10);
        _limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>False when this account has had too many attempts this minute.</summary>
    public bool TryAttempt(string email)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToLowerInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
