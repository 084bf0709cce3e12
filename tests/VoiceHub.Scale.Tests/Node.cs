using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Scale.Tests;

/// <summary>What staff do on a node, over HTTP: sign in, upload a survey through the mapping step, search.</summary>
public static partial class Node
{
    /// <summary>A client signed in through the node's sign-in form as its first administrator (admins pass the Staff policy).</summary>
    public static async Task<HttpClient> SignInAsync(AppProcess app)
    {
        var client = app.NewClient();
        var response = await PostFormAsync(client, "/account/sign-in", "/account/sign-in",
            [new("Email", AppProcess.AdminEmail), new("Password", AppProcess.AdminPassword)]);
        if (response.StatusCode != HttpStatusCode.Redirect) throw app.Failure($"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Uploads a survey CSV and confirms the mapping (response id, date, locality, two answers). Returns the document's id.</summary>
    public static async Task<long> UploadSurveyAsync(HttpClient client, AppProcess app, byte[] csv, string name)
    {
        var token = FormToken.Find(await client.GetStringAsync("/upload"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("survey"), "Channel" },
            { new ByteArrayContent(csv), "Upload", name },
        };
        var upload = await client.PostAsync("/upload", form);
        var mapping = upload.Headers.Location?.OriginalString ?? throw app.Failure($"Upload of {name} was not accepted: {(int)upload.StatusCode}");
        var id = long.Parse(DocumentId().Match(mapping).Groups[1].Value, CultureInfo.InvariantCulture);
        var done = await PostFormAsync(client, mapping, mapping,
        [
            new("Roles", "response-id"), new("Roles", "date"), new("Roles", "locality"), new("Roles", "free-text"), new("Roles", "free-text"),
        ]);
        if (done.StatusCode != HttpStatusCode.Redirect) throw app.Failure($"The mapping of {name} was not accepted: {(int)done.StatusCode}");
        return id;
    }

    /// <summary>
    /// How many items <c>GET /api/search</c> finds on this node holding the words (exact=true): once a node has embedded
    /// them, feedback that only means the same (another upload's answers, which differ only by their marker) is listed too.
    /// </summary>
    public static async Task<long> SearchTotalAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>($"/api/search?exact=true&q={Uri.EscapeDataString(query)}");
        return json.GetProperty("total").GetInt64();
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string path, List<KeyValuePair<string, string>> fields)
    {
        fields.Add(new("__RequestVerificationToken", FormToken.Find(await client.GetStringAsync(page))));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }



    [GeneratedRegex(@"/documents/(\d+)/mapping")]
    private static partial Regex DocumentId();
}
