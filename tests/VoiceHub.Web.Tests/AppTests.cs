using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// The running app over HTTP: health, who may reach what, and upload → job → index → search. One app for the class: each
/// test signs in as a user of its own, and the one upload here is the only feedback the app holds.
/// </summary>
public sealed class AppTests(AppFixture f) : IClassFixture<AppFixture>
{
    private readonly VoiceHubApp _app = f.App;

    [Fact]
    public async Task Health_Running_ReportsDatabaseIndexAndJobServer()
    {
        using var client = _app.NewClient();
        var health = await Eventually.WaitAsync(
            async () => await client.GetFromJsonAsync<JsonElement>("/health"),
            h => h.GetProperty("jobs").GetProperty("servers").GetInt64() > 0, TimeSpan.FromSeconds(20), "a Hangfire server to register");

        Assert.Equal("ok", health.GetProperty("database").GetString());
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("index").GetProperty("writer").GetBoolean());
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/upload")]
    [InlineData("/documents")]
    [InlineData("/admin/users")]
    [InlineData("/admin/api-keys")]
    [InlineData("/documents/1/mapping")]
    public async Task StaffPages_Anonymous_AreSentToSignIn(string path)
    {
        using var client = _app.NewClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task StaffPages_OurVoiceMember_IsRefused()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.OurVoice));
        var response = await client.GetAsync("/search");
        // Refused where they are (403 and the "no access" page), not redirected.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You do not have access to this page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HangfireDashboard_StaffIsRefused_AdminGetsIn()
    {
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        using var admin = await _app.SignedInClientAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task Upload_SurveyCsv_IsIngestedByAJobAndFoundBySearchWithinSeconds()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var mappingPath = await UploadAsync(client, "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));
        Assert.EndsWith("/mapping", mappingPath);
        var confirmed = await Forms.SubmitAsync(client, mappingPath); // the detected mapping, as shown
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var documentPath = confirmed.Headers.Location!.OriginalString;

        var page = await Eventually.WaitAsync(() => client.GetStringAsync(documentPath), p => p.Contains(">Ingested<"),
            TimeSpan.FromSeconds(30), "the ingest job");
        Assert.Contains("Items added", page);

        var results = await Eventually.WaitAsync(() => client.GetStringAsync("/search?q=%22very+informative%22"),
            p => p.Contains("1 result"), TimeSpan.FromSeconds(5), "the index to follow");
        Assert.Contains("<mark>informative</mark>", results);

        // The same file again adds nothing.
        var again = await UploadAsync(client, "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));
        Assert.Equal(documentPath.Split('?')[0], again.Split('?')[0]);
        Assert.Contains("Nothing new was added", await client.GetStringAsync(again));
    }

    [Fact]
    public async Task Upload_NoFileOrChannel_ShowsGovukErrors()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var token = FormToken.Find(await client.GetStringAsync("/upload"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };

        var response = await client.PostAsync("/upload", form);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains("href=\"#Upload\">Select a file", page);
        Assert.Contains("href=\"#Channel\">Select where the feedback came from", page);
    }

    [Fact]
    public async Task Search_HostileQuery_ShowsAMessageNotAnError()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString("\"((staff AND OR -") + "&page=999999");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("We could not read your search as written", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/track/nothing")]
    [InlineData("/you-said-we-did/old/link")]
    public async Task UnknownAddress_Anonymous_IsPageNotFoundNotTheStaffSignIn(string address)
    {
        using var client = _app.NewClient();
        var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", page);
        Assert.DoesNotContain("Sign in", page.Split("<main", 2)[^1].Split("</main>", 2)[0]);
    }

    [Fact]
    public async Task UnknownDocument_IsAFriendlyNotFound()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var response = await client.GetAsync("/documents/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        var response = await VoiceHubApp.PostUploadAsync(client, "survey", name, bytes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
