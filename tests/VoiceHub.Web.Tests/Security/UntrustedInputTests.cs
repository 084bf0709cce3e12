using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Api;
using System.Globalization;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// Text cleaned at the door: a NUL (or another control character) in a query string, a form field, an uploaded file's
/// name or an API item is removed before anything stores it, so none of them is a 500 or an item accepted and lost;
/// and an upload over the size limit gets the "file too large" page, not a 500.
/// </summary>
public sealed class UntrustedInputTests(SecurityAppFixture f) : IClassFixture<SecurityAppFixture>
{
    [Theory]
    [InlineData("action")]
    [InlineData("user")]
    [InlineData("target")]
    public async Task AuditSearch_NulInTheQuery_IsCleanedNotA500(string parameter)
    {
        using var response = await f.Clients["admin"].GetAsync($"/admin/audit?{parameter}=sign%00-in%07");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/digests/2026-W47%00")]
    [InlineData("/emerging/2026-W47.%00")]
    [InlineData("/track/stop-emails/%00")]
    [InlineData("/search?q=care%00&locality=Gr%00ays")]
    [InlineData("/api/search?q=%00")]
    public async Task Paths_NulAnywhere_AreNeverA500(string path)
    {
        using var response = await f.Clients["staff"].GetAsync(path);
        Assert.True((int)response.StatusCode < 500, $"{path} answered {response.StatusCode}");
    }

    [Fact]
    public async Task GiveFeedback_NulInTheText_IsStoredWithoutIt()
    {
        var marker = "kq7znul" + Guid.NewGuid().ToString("N")[..6];
        var sent = await Forms.SubmitAsync(f.App.NewClient(), "/give-feedback", new() { ["Feedback"] = $"The \0bus {marker}\u0001 was late" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync();
        var stored = await Eventually.WaitAsync(
            () => conn.ExecuteScalarAsync<string?>("SELECT raw_text FROM items WHERE raw_text LIKE '%' || @marker || '%'", new { marker }),
            t => t is not null, TimeSpan.FromSeconds(30), "the form's feedback to be stored");
        Assert.Equal($"The bus {marker} was late", stored);
    }

    [Fact]
    public async Task Upload_NulInTheFileName_IsStoredUnderTheCleanedName()
    {
        var csv = "Date,Locality,Venue,Enquiry type,Notes,Outcome\n02/03/2026,Grays,Grays Library,Carer support,Rang out all week,Signposted\n";
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        // HttpClient refuses to write a control character in a file name itself; a hostile client encodes it (RFC 5987).
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"Upload\"; filename*=UTF-8''notes%00%07.csv");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(FormToken.Find(await f.Clients["staff"].GetStringAsync("/upload"))), "__RequestVerificationToken" },
            { new StringContent("talking-shop"), "Channel" },
        };
        form.Add(file);
        var response = await f.Clients["staff"].PostAsync("/upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[2], CultureInfo.InvariantCulture);
        Assert.Equal("notes.csv", (await f.App.Get<DocumentStore>().FindAsync(id, CancellationToken.None))!.FileName);
    }

    [Fact]
    public async Task Upload_NulInAMultipartField_IsCleanedBeforeItIsChecked()
    {
        var csv = "Date,Locality,Venue,Enquiry type,Notes,Outcome\n03/03/2026,Grays,Grays Library,Carer support,Field test kq7zfield,Signposted\n";
        var response = await VoiceHubApp.PostUploadAsync(f.Clients["staff"], "talking-shop", "fields.csv", Encoding.UTF8.GetBytes(csv),
            new() { ["Locality"] = "Gr\0ays\u0007" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task FeedbackApi_NulInAnItem_IsAddedNotQueuedAndLost()
    {
        using var client = await ApiClientAsync();
        var marker = "kq7zapinul" + Guid.NewGuid().ToString("N")[..6];
        using var response = await client.PostAsJsonAsync("/api/feedback", new
        {
            items = new[] { new { text = $"Carers\0 line {marker}\u0002", locality = "Grays\0", id = "ext\01" } },
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("added", body.GetProperty("items")[0].GetProperty("status").GetString());
        await using var conn = await f.App.Get<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.Equal($"Carers line {marker}", await conn.ExecuteScalarAsync<string>(
            "SELECT raw_text FROM items WHERE raw_text LIKE '%' || @marker || '%'", new { marker }));
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_GetsTheFileTooLargePage()
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent(FormToken.Find(await f.Clients["staff"].GetStringAsync("/upload"))), "__RequestVerificationToken" },
            { new StringContent("talking-shop"), "Channel" },
            { new ByteArrayContent(new byte[60 * 1024 * 1024]), "Upload", "huge.csv" },
        };
        using var response = await f.Clients["staff"].PostAsync("/upload", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("The file is too large", page);
        Assert.Contains("smaller than 50MB", page);
    }

    private async Task<HttpClient> ApiClientAsync()
    {
        var secret = ApiKeySecrets.New();
        await f.App.Get<ApiKeyStore>().CreateAsync("nul test " + Guid.NewGuid().ToString("N")[..6], ApiKeySecrets.Prefix(secret),
            ApiKeySecrets.Hash(secret), null, CancellationToken.None);
        var client = f.App.NewClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        return client;
    }
}
