using System.Net;
using Dapper;
using Npgsql;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// The app as it runs in production, behind a proxy that ends HTTPS: HSTS, Secure cookies, the visitor's address
/// from X-Forwarded-For (only because the proxy is configured as known), and the per-address sign-in limit.
/// </summary>
public sealed class ProductionModeTests(PostgresCluster cluster)
{
    [Fact]
    public async Task BehindAKnownProxy_HttpsHeadersSecureCookiesAndTheVisitorsAddress()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["VoiceHub:Proxy:KnownProxies:0"] = "127.0.0.1",
            ["VoiceHub:RateLimits:SignInsPerMinute"] = "3",
        });
        using var client = app.NewClient();
        HttpRequestMessage Request(HttpMethod method, string path, HttpContent? content = null)
        {
            var request = new HttpRequestMessage(method, path) { Content = content };
            request.Headers.Host = "voicehub.council.example";
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            request.Headers.Add("X-Forwarded-Proto", "https");
            return request;
        }

        var page = await client.SendAsync(Request(HttpMethod.Get, "/account/sign-in"));
        Assert.Contains("max-age=", string.Join(",", page.Headers.GetValues("Strict-Transport-Security")));
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("voicehub.af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery.ToLowerInvariant());

        // The cookie container would not send a Secure cookie over plain HTTP: hand it back as the proxy would.
        var cookie = antiforgery.Split(';')[0];
        HttpResponseMessage SignIn(string password)
        {
            var request = Request(HttpMethod.Post, "/account/sign-in", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", FormToken.Find(html)), new("Email", VoiceHubApp.AdminEmail), new("Password", password),
            ]));
            request.Headers.Add("Cookie", cookie);
            return client.SendAsync(request).GetAwaiter().GetResult();
        }
        var signedIn = SignIn(VoiceHubApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("voicehub.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", auth);
        Assert.Contains("httponly", auth);

        await using (var conn = await app.Get<NpgsqlDataSource>().OpenConnectionAsync())
        {
            Assert.Equal("203.0.113.9", await conn.ExecuteScalarAsync<string>(
                "SELECT ip FROM audit_log WHERE action = 'sign-in' AND actor = @email", new { email = VoiceHubApp.AdminEmail }));
        }

        // Three sign-in posts a minute from one address: the fourth is refused before the password is checked.
        Assert.Equal(HttpStatusCode.OK, SignIn("wrong").StatusCode);
        Assert.Equal(HttpStatusCode.OK, SignIn("wrong").StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, SignIn("wrong").StatusCode);
    }

    [Fact]
    public async Task WithoutAKnownProxy_ForwardedHeadersAreIgnored()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster);
        using var client = app.NewClient();
        var page = await client.GetStringAsync("/account/sign-in");
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", FormToken.Find(page)), new("Email", "x@example.org"), new("Password", "nope")]),
        };
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        await client.SendAsync(request);
        await using var conn = await app.Get<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.Equal("127.0.0.1", await conn.ExecuteScalarAsync<string>("SELECT ip FROM audit_log WHERE actor = 'x@example.org'"));
    }
}
