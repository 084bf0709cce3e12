using System.Net;
using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// Sign-in throttling that cannot be used against others: growing delays by account and by address, no lock, the same
/// answer whether or not the account exists.
/// </summary>
public sealed class SignInThrottleTests(PostgresCluster cluster)
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static (SignInThrottle Throttle, Clock Clock) Throttle(SignInThrottleOptions? options = null)
    {
        var clock = new Clock();
        return (new SignInThrottle(Options.Create(options ?? new SignInThrottleOptions()), clock), clock);
    }

    [Fact]
    public void WaitFor_AfterTheFreeFailures_GrowsByDoublingUpToTheAccountMaximum()
    {
        var (throttle, clock) = Throttle();
        var waits = new List<double>();
        for (var i = 0; i < 12; i++)
        {
            throttle.Failed("Sam@Council.example", "10.0.0." + i); // a different address each time: only the account counts
            waits.Add(throttle.WaitFor("sam@council.example", "10.0.0.99").TotalSeconds);
            clock.Now += TimeSpan.FromMinutes(2);
        }
        Assert.Equal([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60], waits);
    }

    [Fact]
    public void WaitFor_OnceTheDelayHasPassed_LetsTheNextAttemptThrough_AndSuccessClearsTheAccount()
    {
        var (throttle, clock) = Throttle();
        for (var i = 0; i < 6; i++) throttle.Failed("a@council.example", "10.0.0.1");
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.WaitFor("a@council.example", "10.0.0.2"));
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("a@council.example", "10.0.0.2"));
        throttle.Succeeded("a@council.example");
        throttle.Failed("a@council.example", "10.0.0.2");
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("a@council.example", "10.0.0.2"));
    }

    [Fact]
    public void WaitFor_ManyAccountsFromOneAddress_SlowsThatAddressOnly()
    {
        var (throttle, _) = Throttle(new SignInThrottleOptions { AddressFreeFailures = 3 });
        for (var i = 0; i < 4; i++) throttle.Failed($"user{i}@council.example", "10.0.0.66");
        Assert.Equal(TimeSpan.FromSeconds(2), throttle.WaitFor("someone-new@council.example", "10.0.0.66"));
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("someone-new@council.example", "10.0.0.7"));
    }

    [Fact]
    public void WaitFor_FailuresOlderThanForgetAfter_AreForgotten()
    {
        var (throttle, clock) = Throttle();
        for (var i = 0; i < 8; i++) throttle.Failed("b@council.example", "10.0.0.1");
        clock.Now += new SignInThrottleOptions().ForgetAfter;
        Assert.Equal(TimeSpan.Zero, throttle.WaitFor("b@council.example", "10.0.0.1"));
    }

    [Fact]
    public async Task SignIn_WrongPasswords_NoLock_SameAnswerForAnUnknownAccount_AndTheRightPasswordWorksAfterTheWait()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            ["VoiceHub:SignInThrottle:AccountFreeFailures"] = "3",
            ["VoiceHub:SignInThrottle:FirstDelay"] = "00:00:02",
        });
        var real = await app.CreateUserAsync(Roles.Staff);
        var unknown = $"nobody-{Guid.NewGuid():N}@council.example";
        var answers = new Dictionary<string, List<(HttpStatusCode, string)>>();
        foreach (var email in new[] { real, unknown })
        {
            using var client = app.NewClient();
            answers[email] = [];
            for (var i = 0; i < 4; i++)
            {
                var response = await VoiceHubApp.PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = "guess " + i });
                answers[email].Add((response.StatusCode, Message(await response.Content.ReadAsStringAsync())));
            }
        }

        Assert.Equal(answers[real], answers[unknown]);
        Assert.Equal(HttpStatusCode.OK, answers[real][2].Item1);
        Assert.Contains("Enter a correct email address and password", answers[real][2].Item2);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[real][3].Item1);
        Assert.Contains("Wait 2 seconds, then try again", answers[real][3].Item2);

        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        using var owner = app.NewClient();
        var right = await VoiceHubApp.PostFormAsync(owner, "/account/sign-in", new() { ["Email"] = real, ["Password"] = VoiceHubApp.StaffPassword });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
    }

    /// <summary>The error summary's text: the part of the page that differs between answers.</summary>
    private static string Message(string page)
    {
        var start = page.IndexOf("govuk-error-summary__list", StringComparison.Ordinal);
        return start < 0 ? "" : page[start..page.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }
}
