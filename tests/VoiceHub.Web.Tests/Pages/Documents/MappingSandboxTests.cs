using System.Net;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Tests.Hostile;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Web.Tests.Pages.Documents;

/// <summary>
/// A survey's table is read for the mapping page in the bounded parsing process, as the ingest job reads it, so an
/// Excel bomb uploaded as a survey (the path every web survey upload takes) cannot take the web process down. The app
/// runs with a 128 MB parsing limit so a workbook of a million one-letter rows passes it.
/// </summary>
public sealed class MappingSandboxTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Mapping_AnExcelBombUploadedAsASurvey_FailsNamingTheMemoryLimit()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            ["VoiceHub:Ingest:MaxParseMemoryBytes"] = (128L * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
        });
        using var client = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff));
        var bomb = HostileBombs.AmplifyingXlsx(File.ReadAllBytes(TestPaths.Sample("survey-microsoft-forms.xlsx")), 48);
        var upload = await VoiceHubApp.PostUploadAsync(client, "survey", "bomb.xlsx", bomb);
        var mapping = upload.Headers.Location!.OriginalString;

        var page = await client.GetAsync(mapping);
        var details = await client.GetStringAsync(page.Headers.Location!.OriginalString);

        Assert.Contains("bomb.xlsx: reading stopped at 128 MB of memory, the limit for one file.", WebUtility.HtmlDecode(details));
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        Assert.Equal("failed", await conn.ExecuteScalarAsync<string>("SELECT status FROM documents WHERE file_name = 'bomb.xlsx'"));
    }
}
