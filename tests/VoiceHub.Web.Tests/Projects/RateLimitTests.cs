using System.Net;
using VoiceHub.Core;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Projects;

public sealed class RateLimitTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Track_MoreLookupsThanAllowed_GetsTooManyRequests()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?> { ["VoiceHub:RateLimits:TrackLookupsPerMinute"] = "3" });
        using var client = app.NewClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await VoiceHubApp.PostFormAsync(client, "/track", new() { ["Reference"] = ReferenceCode.New() });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await VoiceHubApp.PostFormAsync(client, "/track", new() { ["Reference"] = ReferenceCode.New() });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/track")).StatusCode); // reading the form is never limited
    }

    [Fact]
    public async Task Track_WithATrailingSlash_SharesTheSameBucket()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?> { ["VoiceHub:RateLimits:TrackLookupsPerMinute"] = "3" });
        using var client = app.NewClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await VoiceHubApp.PostFormAsync(client, i % 2 == 0 ? "/track" : "/track/", new() { ["Reference"] = ReferenceCode.New() }, "/track");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var refused = await VoiceHubApp.PostFormAsync(client, "/track/", new() { ["Reference"] = ReferenceCode.New() }, "/track");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
