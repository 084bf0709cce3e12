using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Security;

/// <summary>The app signing people in through <see cref="TestOidcProvider"/>, with local accounts switched off.</summary>
public sealed class OidcAppFixture(PostgresCluster cluster) : IAsyncLifetime
{
    public TestOidcProvider Provider { get; private set; } = null!;
    public VoiceHubApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Provider = await TestOidcProvider.StartAsync();
        App = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            ["VoiceHub:Oidc:Authority"] = Provider.Issuer,
            ["VoiceHub:Oidc:ClientId"] = TestOidcProvider.ClientId,
            ["VoiceHub:Oidc:ClientSecret"] = TestOidcProvider.ClientSecret,
            ["VoiceHub:Oidc:RequireHttpsMetadata"] = "false",
            ["VoiceHub:Oidc:AdminGroup"] = "g-admin",
            ["VoiceHub:Oidc:StaffGroup"] = "g-staff",
            ["VoiceHub:Oidc:OurVoiceGroup"] = "g-ourvoice",
            ["VoiceHub:Oidc:RawTextGroup"] = "g-raw",
            ["VoiceHub:LocalAccounts:Enabled"] = "false",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

public sealed partial class OidcTests(OidcAppFixture f) : IClassFixture<OidcAppFixture>
{
    [Fact]
    public async Task SignIn_StaffGroup_RecordsTheUserWithoutAPassword_AndAudits()
    {
        var subject = Guid.NewGuid().ToString("N");
        var (client, landed) = await SignInAsync(new(subject, $"{subject}@council.example", "Sam Staff", ["g-staff", "other"]), "/search");
        Assert.Equal("/search", landed);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/users")).StatusCode);

        await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var user = await conn.QuerySingleAsync<(long Id, string Role, bool RawText, string? PasswordHash, string ExternalId)>(
            "SELECT id, role, raw_text, password_hash, external_id FROM users WHERE email = @email", new { email = $"{subject}@council.example" });
        Assert.Equal((Roles.Staff, false, null), (user.Role, user.RawText, user.PasswordHash));
        Assert.Equal($"{f.Provider.Issuer}|{subject}", user.ExternalId);
        var actions = (await conn.QueryAsync<string>("SELECT action FROM audit_log WHERE target = @t ORDER BY id", new { t = $"user:{user.Id}" })).ToList();
        Assert.Equal(["user-created", "sign-in"], actions);
    }

    [Fact]
    public async Task SignIn_RawTextGroup_GrantsRawText_AndAGroupChangeAppliesNextTime()
    {
        var subject = Guid.NewGuid().ToString("N");
        var email = $"{subject}@council.example";
        var (client, _) = await SignInAsync(new(subject, email, "Rae Raw", ["g-staff", "g-raw"]), "/");
        var id = await InsertItemAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/items/{id}?raw=true")).StatusCode);

        // Taken out of the raw-text group at the provider: the next sign-in drops the permission.
        var (again, _) = await SignInAsync(new(subject, email, "Rae Raw", ["g-staff"]), "/");
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync($"/items/{id}?raw=true")).StatusCode);
        await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM users WHERE email = @email", new { email }));
        Assert.True(await conn.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM audit_log a JOIN users u ON a.target = 'user:' || u.id WHERE u.email = @email AND a.action = 'user-changed')", new { email }));
    }

    [Fact]
    public async Task SignIn_AdminAndOurVoiceGroups_GiveThoseRoles()
    {
        var admin = Guid.NewGuid().ToString("N");
        var (adminClient, _) = await SignInAsync(new(admin, $"{admin}@council.example", "Ada Admin", ["g-admin"]), "/");
        Assert.Equal(HttpStatusCode.OK, (await adminClient.GetAsync("/admin/audit")).StatusCode);
        var member = Guid.NewGuid().ToString("N");
        var (memberClient, _) = await SignInAsync(new(member, $"{member}@council.example", "Mo Member", ["g-ourvoice"]), "/");
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync("/our-voice")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await memberClient.GetAsync("/search")).StatusCode);
    }

    [Fact]
    public async Task SignIn_AfterMoreSignInPostsFromOneAddressThanItsLimit_TheIdentityProviderStillSignsAnAdminIn()
    {
        using var hammer = f.App.NewClient();
        var page = await hammer.GetStringAsync("/account/sign-in");
        for (var i = 0; i < 25; i++) // over VoiceHub:RateLimits:SignInsPerMinute (20) for password posts
        {
            using var challenge = await hammer.PostAsync("/account/sign-in?handler=external", new FormUrlEncodedContent(
                [new("__RequestVerificationToken", FormToken.Find(page)), new("ReturnUrl", "/")]));
            Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        }
        var admin = Guid.NewGuid().ToString("N");
        var (adminClient, _) = await SignInAsync(new(admin, $"{admin}@council.example", "Ada Admin", ["g-admin"]), "/");
        Assert.Equal(HttpStatusCode.OK, (await adminClient.GetAsync("/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task SignIn_NoVoiceHubGroup_IsRefusedWithAClearMessage_AndAudited()
    {
        var subject = Guid.NewGuid().ToString("N");
        var (client, landed) = await SignInAsync(new(subject, $"{subject}@council.example", "Nat Nobody", ["finance"]), "/search");
        Assert.Equal("/account/sign-in?failed=oidc", landed);
        var page = await client.GetStringAsync(landed);
        Assert.Contains("ask a VoiceHub administrator to add you to a VoiceHub group", page);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/search")).StatusCode);
        await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.False(await conn.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM users WHERE email = @e)", new { e = $"{subject}@council.example" }));
        var reason = await conn.ExecuteScalarAsync<string>(
            "SELECT details->>'reason' FROM audit_log WHERE action = 'sign-in-failed' AND actor = @e", new { e = $"{subject}@council.example" });
        Assert.Equal("not in any VoiceHub group", reason);
    }

    [Fact]
    public async Task SignIn_AForgedReply_IsRefused()
    {
        using var client = f.App.NewClient();
        var response = await client.PostAsync("/signin-oidc", new FormUrlEncodedContent([new("code", "made-up"), new("state", "made-up")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in?failed=oidc", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/search")).StatusCode);
    }

    [Fact]
    public async Task LocalAccounts_Off_NoPasswordFormNoFirstAdmin_AndPasswordsRefused()
    {
        using var client = f.App.NewClient();
        var page = await client.GetStringAsync("/account/sign-in");
        Assert.Contains("Sign in with your council account", page);
        Assert.DoesNotContain("type=\"password\"", page);
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", FormToken.Find(page)), new("Email", VoiceHubApp.AdminEmail), new("Password", VoiceHubApp.AdminPassword),
        ]));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.False(await conn.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM users WHERE password_hash IS NOT NULL)"));
    }

    /// <summary>The whole round trip as a browser makes it; returns the client and where the app sent it at the end.</summary>
    private async Task<(HttpClient Client, string Landed)> SignInAsync(TestOidcProvider.TestUser user, string returnUrl)
    {
        f.Provider.NextUser = user;
        var client = f.App.NewClient();
        var page = await client.GetStringAsync("/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var challenge = await client.PostAsync("/account/sign-in?handler=external", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", FormToken.Find(page)), new("ReturnUrl", returnUrl)]));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(f.Provider.Issuer + "/authorize", authorize.ToString());
        Assert.Contains("code_challenge=", authorize.Query);

        using var browserAtProvider = new HttpClient();
        var formPost = await browserAtProvider.GetStringAsync(authorize);
        var action = WebUtility.HtmlDecode(FormAction().Match(formPost).Groups[1].Value);
        var fields = HiddenField().Matches(formPost).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value)));
        var back = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        return (client, back.Headers.Location!.OriginalString);
    }

    private async Task<long> InsertItemAsync()
    {
        var (id, _) = await Projects.WebData.AddItemAsync(f.App, "Raw text for the permission test");
        return id;
    }

    [GeneratedRegex("action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
