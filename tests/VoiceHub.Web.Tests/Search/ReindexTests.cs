using System.Net.Http.Json;
using System.Text.Json;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Search;

/// <summary>
/// <c>voicehub reindex</c> while the app holds the index: the command cannot swap a folder under the app's writer, so it
/// records a request; the app's follower rebuilds beside the live index and swaps it in while search keeps answering.
/// </summary>
[Collection(nameof(SearchAppCollection))]
public sealed class ReindexTests(SearchAppFixture f)
{
    [Fact]
    public async Task Reindex_AppHoldsTheIndex_TheAppRebuildsAndSwapsWhileSearchAnswers()
    {
        var before = await TotalAsync("staff");
        var cli = new CliRunner(f.App.ConnectionString, f.App.IndexDirectory);

        var running = cli.JsonAsync("reindex", "--wait", "--timeout", "2", "--json");
        while (!running.IsCompleted)
        {
            Assert.Equal(before, await TotalAsync("staff")); // search answers throughout
            await Task.Delay(100);
        }
        var result = await running;

        Assert.True(result.GetProperty("rebuilt").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("items").ValueKind); // the app rebuilt, not the command
        Assert.Equal(before, await TotalAsync("staff"));
        Assert.Equal(f.Items, (await f.Staff.GetFromJsonAsync<JsonElement>("/health")).GetProperty("index").GetProperty("documents").GetInt32());
        Assert.False(Directory.Exists(f.App.IndexDirectory + ".new"));
    }

    // Items holding the word (exact=true): the minutely embedding job may run during the rebuild, and feedback that only
    // means the same would then be counted too; this test is about the index answering throughout.
    private async Task<int> TotalAsync(string q) =>
        (await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?exact=true&q=" + q)).GetProperty("total").GetInt32();
}
