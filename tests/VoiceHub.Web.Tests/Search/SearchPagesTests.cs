using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using System.Globalization;

namespace VoiceHub.Web.Tests.Search;

/// <summary>The search page, export, saved searches, the item page and GET /api/search, over HTTP on the running app.</summary>
[Collection(nameof(SearchAppCollection))]
public sealed partial class SearchPagesTests(SearchAppFixture f)
{
    [Fact]
    public async Task Search_WithFacets_ChoosingALocalityFiltersAndKeepsTheOthersOffered()
    {
        var page = await f.Staff.GetStringAsync("/search?q=staff");
        var grays = int.Parse(FacetCount("locality", "Grays").Match(page).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Contains("Filter results", page);

        var filtered = await f.Staff.GetStringAsync("/search?q=staff&locality=Grays");

        Assert.Contains($">{grays} {(grays == 1 ? "result" : "results")}<", filtered);
        Assert.Matches("value=\"Grays\" checked", filtered);
        Assert.Matches(FacetCount("locality", "Tilbury and Chadwell"), filtered); // still offered
        Assert.Contains("Remove<span class=\"govuk-visually-hidden\"> filter Locality: Grays</span>", filtered);
    }

    [Fact]
    public async Task Search_DateNotReal_ShowsAGovukErrorAndStillSearches()
    {
        var response = await f.Staff.GetAsync("/search?q=staff&from-day=31&from-month=2&from-year=2026");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains("href=\"#from-day\">Given on or after must be a real date", page);
        Assert.Contains("id=\"results-heading\"", page);
    }

    [Fact]
    public async Task Export_CurrentResults_AreACsvWithFormulasNeutralisedAndTheExportIsAudited()
    {
        var response = await VoiceHubApp.PostFormAsync(f.Staff, "/search?handler=Export", new() { ["q"] = "respite OR staff", ["sort"] = "newest" }, "/search?q=respite");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // a byte-order mark, so Excel reads UTF-8
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Reference,Date,Locality,Channel,Themes", lines[0]);
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(\"\"http://example.com\"\") is what I typed"));
        Assert.DoesNotContain("07700 900123", csv); // redacted text only

        await using var db = NpgsqlDataSource.Create(f.App.ConnectionString);
        await using var conn = await db.OpenConnectionAsync();
        var audit = await conn.QuerySingleAsync<(long? UserId, string Details)>(
            "SELECT user_id, details::text FROM audit_log WHERE action = 'search-export' ORDER BY id DESC LIMIT 1");
        using var details = JsonDocument.Parse(audit.Details);
        Assert.Equal("respite OR staff", details.RootElement.GetProperty("query").GetString());
        Assert.Equal(lines.Length - 1, details.RootElement.GetProperty("rows").GetInt32());
        Assert.NotNull(audit.UserId);
    }

    [Fact]
    public async Task SavedSearch_SaveRunAndDelete_AndANameTwiceIsAFieldError()
    {
        var name = "Respite " + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string> { ["q"] = "respite", ["locality"] = "Grays", ["Name"] = name };
        var saved = await VoiceHubApp.PostFormAsync(f.Staff, "/search?handler=Save", fields, "/search?q=respite");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await f.Staff.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"Search saved as ‘{name}’", list);
        Assert.Contains("/search?q=respite&amp;locality=Grays", list);

        var again = await VoiceHubApp.PostFormAsync(f.Staff, "/search?handler=Save", new(fields), "/search?q=respite");
        var page = WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains($"href=\"#Name\">You already have a saved search called ‘{name}’", page);

        var id = Regex.Match(saved.Headers.Location!.OriginalString, "saved=(\\d+)").Groups[1].Value;
        var deleted = await VoiceHubApp.PostFormAsync(f.Staff, $"/search/saved?handler=Delete&id={id}", [], "/search/saved");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(name, (await f.Staff.GetStringAsync("/search/saved")).Replace($"‘{name}’ deleted", ""));
    }

    [Fact]
    public async Task ItemPage_ShowsRedactedTextContextAndSimilar_RawTextOnlyWithPermissionAndAudited()
    {
        var id = await ItemIdAsync("\"short breaks\"");
        var page = await f.Staff.GetStringAsync($"/items/{id}");
        Assert.Contains("Please ring me on [phone] about my short breaks", page);
        Assert.DoesNotContain("07700 900123", page);
        Assert.DoesNotContain("Show raw text", page);
        Assert.Contains("Similar feedback", page);
        Assert.Contains("No co-production projects", page);
        Assert.Contains("awkward.csv", page);

        var refused = await f.Staff.GetAsync($"/items/{id}?raw=true");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var withPermission = await f.RawStaff.GetStringAsync($"/items/{id}");
        Assert.Contains("Show raw text", withPermission);
        Assert.DoesNotContain("07700 900123", withPermission); // not until asked for

        var raw = await f.RawStaff.GetStringAsync($"/items/{id}?raw=true");
        Assert.Contains("07700 900123", raw);
        await using var db = NpgsqlDataSource.Create(f.App.ConnectionString);
        await using var conn = await db.OpenConnectionAsync();
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM audit_log WHERE action = 'raw-text-viewed' AND target = @target", new { target = $"item:{id}" }));
    }

    [Fact]
    public async Task ItemPage_Unknown_IsAFriendlyNotFound()
    {
        var response = await f.Staff.GetAsync("/items/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Api_Staff_GetsHitsTotalAndFacetsAsJson()
    {
        var json = await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=staff&locality=Grays&pageSize=5");
        var total = json.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        Assert.True(json.GetProperty("hits").GetArrayLength() <= 5);
        var hit = json.GetProperty("hits")[0];
        foreach (var key in new[] { "id", "reference", "text", "snippet", "themes", "locality", "channel", "date", "score" })
        {
            Assert.True(hit.TryGetProperty(key, out _), $"hit has no {key}");
        }
        Assert.Equal("Grays", hit.GetProperty("locality").GetString());
        var localities = json.GetProperty("facets").GetProperty("locality").EnumerateArray().ToList();
        Assert.Equal(total, localities.Single(v => v.GetProperty("value").GetString() == "Grays").GetProperty("count").GetInt32());
        Assert.True(localities.Count > 1);
    }

    [Fact]
    public async Task Api_AnonymousOurVoiceOrBadDate_AreRefusedWithStatusesNotPages()
    {
        using var anonymous = f.App.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search?q=staff")).StatusCode);

        using var ourVoice = await f.App.SignedInClientAsync(await f.App.CreateUserAsync(Roles.OurVoice));
        Assert.Equal(HttpStatusCode.Forbidden, (await ourVoice.GetAsync("/api/search?q=staff")).StatusCode);

        var bad = await f.Staff.GetAsync("/api/search?q=staff&from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("real date", problem.GetProperty("errors").GetProperty("from").GetString());
    }

    private async Task<long> ItemIdAsync(string query)
    {
        var json = await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        return json.GetProperty("hits")[0].GetProperty("id").GetInt64();
    }

    private static Regex FacetCount(string facet, string value) =>
        new($"name=\"{facet}\" type=\"checkbox\" value=\"{Regex.Escape(value)}\"[^>]*>\\s*<label[^>]*>{Regex.Escape(value)} <span class=\"app-count\">\\(([\\d,]+)\\)</span>");
}
