using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Api;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// Sessions end everywhere and access fails closed: a cookie kept after signing out is refused, and with the account
/// store down a signed-in request (a disabled account's included) or an API key is refused with 503, never served from
/// a stale "allowed". The outage test uses a cluster of its own.
/// </summary>
public sealed class SessionTests(PostgresCluster cluster)
{
    [Fact]
    public async Task SignOut_ACopyOfTheOldCookie_IsRefused()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster);
        var email = await app.CreateUserAsync(Roles.Staff);
        var (browser, cookies) = WithCookieContainer(app);
        using var _ = browser;
        await VoiceHubApp.PostFormAsync(browser, "/account/sign-in", new() { ["Email"] = email, ["Password"] = VoiceHubApp.StaffPassword });
        var stolen = cookies.GetCookieHeader(app.BaseUrl);
        using var copy = WithCookie(app, stolen);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/search?q=care")).StatusCode);

        var signOut = await VoiceHubApp.PostFormAsync(browser, "/account/sign-out", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/search?q=care")).StatusCode);
        var page = await copy.GetAsync("/search");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task DatabaseDown_SignedInRequests_AreRefusedWith503_EvenForADisabledAccountsCookie()
    {
        var own = new PostgresCluster();
        await own.InitializeAsync();
        try
        {
            await using var app = await VoiceHubApp.StartAsync(own);
            using var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff));
            var disabledEmail = await app.CreateUserAsync(Roles.Staff);
            using var disabled = await app.SignedInClientAsync(disabledEmail);
            Assert.Equal(HttpStatusCode.OK, (await disabled.GetAsync("/api/search?q=care")).StatusCode);
            var users = app.Get<UserStore>();
            var disabledId = (await users.FindByEmailAsync(disabledEmail, CancellationToken.None))!.Id;
            await users.UpdateAsync(disabledId, Roles.Staff, rawText: false, disabled: true, CancellationToken.None);
            var secret = ApiKeySecrets.New();
            await app.Get<ApiKeyStore>().CreateAsync("outage", ApiKeySecrets.Prefix(secret), ApiKeySecrets.Hash(secret), null, CancellationToken.None);
            using var script = app.NewClient();
            script.DefaultRequestHeaders.Authorization = new("Bearer", secret);

            await ClusterOutage.StopAsync(own);
            try
            {
                await Task.Delay(AccountCheck.For + TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
                using var posted = await script.PostAsync("/api/feedback", JsonContent.Create(new { items = new[] { new { text = "The day centre bus" } } }));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
                Assert.Contains("cannot check your sign-in", await posted.Content.ReadAsStringAsync());
                foreach (var client in new[] { staff, disabled })
                {
                    using var api = await client.GetAsync("/api/search?q=care");
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
                    var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
                    Assert.Contains("cannot check your sign-in", json.GetProperty("detail").GetString());

                    using var page = await client.GetAsync("/search?q=care");
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
                    Assert.Contains("Sorry, the service is temporarily unavailable", await page.Content.ReadAsStringAsync());
                }
            }
            finally
            {
                await ClusterOutage.StartAsync(own);
            }

            await Eventually.WaitAsync(async () => (await staff.GetAsync("/api/search?q=care")).StatusCode, s => s == HttpStatusCode.OK,
                TimeSpan.FromSeconds(60), "the staff member's session to work again once the database is back");
            Assert.Equal(HttpStatusCode.Unauthorized, (await disabled.GetAsync("/api/search?q=care")).StatusCode);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private static (HttpClient Client, CookieContainer Cookies) WithCookieContainer(VoiceHubApp app)
    {
        var cookies = new CookieContainer();
        return (new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = app.BaseUrl }, cookies);
    }

    private static HttpClient WithCookie(VoiceHubApp app, string cookieHeader)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseUrl };
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }
}
