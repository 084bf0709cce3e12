using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Hangfire;
using Microsoft.Playwright;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Training;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Web.Tests.Pages.Themes;

/// <summary>
/// The theme model's life in the running app, with its real Hangfire server: the first model is trained in the
/// background on a small labelled file, made active, and every uploaded item classified in batch jobs; the Model page
/// shows its figures; the review queue leads to the correction page; a correction is stored as staff's and audited.
/// The pages are checked with axe in Chromium.
/// </summary>
public sealed partial class ThemesPagesTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        var rows = LabelledData.Read(Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv"));
        var small = StratifiedSplit.Split(rows, 0.06, 4).HeldOut;
        var path = Path.Combine(TestPaths.TempDirectory("voicehub-themes-web"), "labelled.csv");
        LabelledData.Write(path, small);
        _app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            ["VoiceHub:Themes:TrainOnFirstStart"] = "true",
            ["VoiceHub:Themes:TrainingData"] = path,
            ["VoiceHub:Themes:Trainers:0"] = "lbfgs",
            ["VoiceHub:Themes:Folds"] = "3",
            ["VoiceHub:Themes:BatchSize"] = "30",
        });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task FirstStart_TrainsAModel_ClassifiesUploads_AndStaffCorrectThemesOnAccessiblePages()
    {
        var email = await _app.CreateUserAsync(Roles.Staff);
        using var client = await _app.SignedInClientAsync(email);
        await UploadSurveyAsync(client);
        // The embedding jobs run every minute and once at the start, before this upload: run them now, as the schedule
        // would at the next minute, rather than wait up to a minute for it.
        var recurring = _app.Get<IRecurringJobManager>();
        recurring.Trigger(EmbedPendingJob.Id);
        recurring.Trigger(EmbedForClassificationJob.Id);

        var models = _app.Get<ThemeModelStore>();
        var active = await Eventually.WaitAsync(() => models.ActiveAsync(CancellationToken.None), m => m is not null,
            TimeSpan.FromMinutes(4), "the first model to be trained and made active");
        // Whatever the new model's own run did not reach (an upload read after it began) is the minutely job's: now.
        recurring.Trigger(ClassifyPendingJob.Id);
        var classifications = _app.Get<ClassificationStore>();
        await Eventually.WaitAsync(() => classifications.CountPendingAsync(active!.Version, CancellationToken.None), n => n == 0,
            TimeSpan.FromMinutes(2), "every item to be classified by the batch jobs");
        await using (var conn = await _app.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync())
        {
            var (items, classified, withSentiment) = await conn.QuerySingleAsync<(long, long, long)>("""
                SELECT (SELECT count(*) FROM items),
                       (SELECT count(DISTINCT item_id) FROM item_themes WHERE model_version = @v),
                       (SELECT count(*) FROM items WHERE sentiment_model = @v)
                """, new { v = active!.Version });
            Assert.Equal(80, items);
            Assert.Equal(items, classified);
            Assert.Equal(items, withSentiment);
        }

        var modelPage = await client.GetStringAsync("/themes");
        Assert.Contains($"Active model: {active.Version}", modelPage);
        Assert.Contains("How right the model is, theme by theme", modelPage);
        Assert.Contains("each scored by a model trained without it", modelPage);
        Assert.Contains("First start: no model yet", modelPage);
        // Each theme's examples as the model itself counted them (format 4), not "Not recorded" as for an older model.
        Assert.Contains(">Learned from</th>", modelPage);
        Assert.DoesNotContain("Not recorded", modelPage);
        Assert.Matches(@"govuk-table__cell--numeric"">\d+( \(few examples\))?</td>", modelPage);
        // The embedding job (minutely, and once at start) embeds every item off ingest's path; the page counts them.
        var embeddings = _app.Get<EmbeddingStore>();
        await Eventually.WaitAsync(() => embeddings.CountsAsync("arctic-embed-xs/int8/2", CancellationToken.None), c => c.Waiting == 0,
            TimeSpan.FromMinutes(3), "every item to be embedded by the embedding job");
        Assert.Contains("80 items by arctic-embed-xs/int8/2; 0 waiting for arctic-embed-xs/int8/2", await client.GetStringAsync("/themes"));
        // Its own job gives every item the tuned encoder's classification vector; the model learned from that encoder's.
        var tuned = _app.Get<VoiceHub.Analysis.Embeddings.ClassificationEmbedder>().ModelId;
        Assert.StartsWith("arctic-embed-xs+", tuned);
        var classEmbeddings = _app.Get<ClassificationEmbeddingStore>();
        await Eventually.WaitAsync(() => classEmbeddings.CountsAsync(tuned, CancellationToken.None), c => c.Waiting == 0,
            TimeSpan.FromMinutes(3), "every item to get its classification embedding");
        var encoded = System.Text.Encodings.Web.HtmlEncoder.Default.Encode(tuned);
        modelPage = await client.GetStringAsync("/themes");
        Assert.Contains($"80 items by {encoded}; 0 waiting for {encoded}", modelPage);
        Assert.Contains($"Encoder the models read</dt><dd class=\"govuk-summary-list__value\">{encoded}</dd>", modelPage);

        var review = await client.GetStringAsync("/themes/review");
        var itemPath = ItemLink().Match(review).Groups[1].Value;
        Assert.StartsWith("/items/", itemPath);
        // 80 items, 25 a page: the second page is the second page (the page number is not the page's own route value).
        var second = await client.GetStringAsync("/themes/review?page=2");
        Assert.Contains("Page 2 of 4", second);
        Assert.NotEqual(itemPath, ItemLink().Match(second).Groups[1].Value);

        var none = await VoiceHubApp.PostFormAsync(client, itemPath, new() { ["Sentiment"] = "4" });
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Select at least one theme, or select Not assigned", await none.Content.ReadAsStringAsync());

        var parking = (await _app.Get<ThemeStore>().ListAsync(CancellationToken.None)).Single(t => t.Name == "Service location").Id;
        var saved = await VoiceHubApp.PostFormAsync(client, itemPath, new() { ["ThemeIds"] = parking.ToString(CultureInfo.InvariantCulture), ["Sentiment"] = "4" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await client.GetStringAsync(itemPath);
        Assert.Contains("Themes saved", page);
        Assert.Contains("Service location", page);
        Assert.Contains("set by Staff tester", page);
        await using (var conn = await _app.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync())
        {
            Assert.Equal(1, await conn.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM audit_log WHERE action = 'item.themes-corrected' AND target = @t", new { t = "item:" + itemPath.Split('/')[2] }));
        }
        Assert.DoesNotContain(itemPath, await client.GetStringAsync("/themes/review"));

        await using var browser = await Browser.LaunchAsync();
        var tab = await browser.NewPageAsync(_app.BaseUrl);
        await tab.GotoAsync("/account/sign-in");
        await tab.GetByLabel("Email address").FillAsync(email);
        await tab.GetByLabel("Password").FillAsync(VoiceHubApp.StaffPassword);
        await tab.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Browser.ArriveAsync(tab, u => !u.Contains("sign-in"), "a page other than sign-in");
        foreach (var path in new[] { "/themes", "/themes/review", itemPath })
        {
            await tab.GotoAsync(path);
            await Browser.AssertAccessibleAsync(tab);
        }
        await tab.GotoAsync(itemPath);
        foreach (var box in await tab.Locator("input[name=ThemeIds]:checked").AllAsync()) await box.UncheckAsync();
        await tab.GetByRole(AriaRole.Button, new() { Name = "Save themes" }).ClickAsync();
        await Assertions.Expect(tab.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(tab);
    }

    private static async Task UploadSurveyAsync(HttpClient client)
    {
        var response = await VoiceHubApp.PostUploadAsync(client, "survey", "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mappingPath = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/mapping", mappingPath);
        var confirmed = await Forms.SubmitAsync(client, mappingPath); // the detected mapping, as shown
        var documentPath = confirmed.Headers.Location!.OriginalString;
        await Eventually.WaitAsync(() => client.GetStringAsync(documentPath), p => p.Contains(">Ingested<"), TimeSpan.FromSeconds(60), "the ingest job");
    }

    [GeneratedRegex("href=\"(/items/\\d+/themes)\"")]
    private static partial Regex ItemLink();
}
