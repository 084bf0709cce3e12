using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>A wrong setting stops the start with its name, rather than failing a request later.</summary>
public sealed class SettingsTests(PostgresCluster cluster)
{
    [Theory]
    [InlineData("VoiceHub:RateLimits:FormPostsPerMinute", "0", "VoiceHub:RateLimits:FormPostsPerMinute must be between 1 and 100,000")]
    [InlineData("VoiceHub:MaxUploadBytes", "12", "VoiceHub:MaxUploadBytes must be between 1 KB and 2 GB")]
    [InlineData("VoiceHub:Proxy:KnownProxies:0", "the-proxy", "VoiceHub:Proxy:KnownProxies must be IP addresses")]
    [InlineData("VoiceHub:Jobs:QueuePollInterval", "00:30:00", "VoiceHub:Jobs:QueuePollInterval must be between")]
    [InlineData("VoiceHub:RateLimits:ApiRequestsPerMinute", "lots", "VoiceHub:RateLimits:ApiRequestsPerMinute")]
    public async Task Start_WithAWrongSetting_FailsNamingIt(string key, string value, string expected)
    {
        var error = await Record.ExceptionAsync(async () =>
        {
            await using var app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?> { [key] = value });
        });

        Assert.NotNull(error);
        Assert.Contains(expected, Flatten(error));
    }

    private static string Flatten(Exception e) => e is AggregateException a
        ? string.Join("\n", a.InnerExceptions.Select(Flatten))
        : e.Message + (e.InnerException is { } inner ? "\n" + Flatten(inner) : "");
}
