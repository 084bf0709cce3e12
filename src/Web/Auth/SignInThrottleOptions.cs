namespace VoiceHub.Web.Auth;

/// <summary>
/// <c>VoiceHub:SignInThrottle</c>: how <see cref="SignInThrottle"/> slows password guessing. After
/// <see cref="AccountFreeFailures"/> wrong passwords for one email address (or <see cref="AddressFreeFailures"/> from
/// one network address), the next attempt must wait <see cref="FirstDelay"/>, and each further failure doubles the
/// wait, up to <see cref="MaxAccountDelay"/> (or <see cref="MaxAddressDelay"/>). Failures are forgotten after
/// <see cref="ForgetAfter"/> without one.
/// </summary>
/// <example>
/// With the defaults, a sixth wrong password for one account waits 1 s, then 2, 4, 8, 16, 32 and at most 60 s: an
/// attacker gets about one guess a minute, and the real owner is never kept out for more than a minute.
/// </example>
public sealed class SignInThrottleOptions
{
    public const string Section = "VoiceHub:SignInThrottle";

    public int AccountFreeFailures { get; set; } = 5;
    public int AddressFreeFailures { get; set; } = 20;
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan MaxAccountDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxAddressDelay { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Checked on start, so a mistyped setting stops the hub rather than switching the throttle off.</summary>
    public bool IsValid() =>
        AccountFreeFailures >= 1 && AddressFreeFailures >= 1 && FirstDelay > TimeSpan.Zero
        && MaxAccountDelay >= FirstDelay && MaxAddressDelay >= FirstDelay && ForgetAfter >= MaxAddressDelay;
}
