using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Core.Model;
using VoiceHub.Search.Meaning;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Search;

/// <summary>
/// One running app for the search tests (the <see cref="SearchAppCollection"/>), with the sample survey and a few awkward
/// answers uploaded through the upload page (as staff would), indexed by the app's own follower, and every item embedded
/// by the real embedding job and held by the node; and clients signed in as staff with and without the raw-text
/// permission. The tests read and search, and add no feedback, so they share it.
/// </summary>
public sealed class SearchAppFixture(PostgresCluster cluster) : IAsyncLifetime
{
    public const string Awkward = """
        Date,Locality,Comment
        03/03/2026,Grays,=HYPERLINK("http://example.com") is what I typed into the form about respite
        04/03/2026,Grays,Please ring me on 07700 900123 about my short breaks
        """;

    public VoiceHubApp App { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public HttpClient RawStaff { get; private set; } = null!;
    public int Items { get; private set; }

    public async ValueTask InitializeAsync()
    {
        App = await VoiceHubApp.StartAsync(cluster);
        Staff = await App.SignedInClientAsync(await App.CreateUserAsync(Roles.Staff));
        RawStaff = await App.SignedInClientAsync(await App.CreateUserAsync(Roles.Staff, rawText: true));
        await UploadAsync("survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));
        await UploadAsync("awkward.csv", Encoding.UTF8.GetBytes(Awkward));
        Items = 82;
        await Eventually.WaitAsync(async () => (await Staff.GetFromJsonAsync<JsonElement>("/health")).GetProperty("index").GetProperty("documents").GetInt32(),
            n => n == Items, TimeSpan.FromSeconds(60), "the uploads to be ingested and indexed");
        // Embedded now rather than when the minutely job next runs: plain-word searches list feedback that means the same
        // once items have vectors, so a count read before that run and one read after it would differ.
        using (var scope = App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<EmbedPendingJob>().RunAsync(CancellationToken.None);
        }
        var vectors = App.Get<VectorIndex>();
        await Eventually.WaitAsync(() => Task.FromResult(vectors.Count), n => n >= Items, TimeSpan.FromSeconds(30), "the node to load the embeddings");
    }

    private async Task UploadAsync(string name, byte[] bytes)
    {
        var response = await VoiceHubApp.PostUploadAsync(Staff, "survey", name, bytes);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Upload of {name} failed: {response.StatusCode}");
        // A survey goes through the mapping step first: accept the detected mapping, as staff mostly do.
        var confirmed = await Forms.SubmitAsync(Staff, response.Headers.Location!.OriginalString);
        if (confirmed.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Mapping of {name} failed: {confirmed.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        Staff.Dispose();
        RawStaff.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The search test classes, which share one <see cref="SearchAppFixture"/>: its start, uploads and embedding once.</summary>
[CollectionDefinition(nameof(SearchAppCollection))]
public sealed class SearchAppCollection : ICollectionFixture<SearchAppFixture>;
