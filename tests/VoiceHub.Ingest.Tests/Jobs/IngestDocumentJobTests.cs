using System.Text;
using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Jobs;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Jobs;

public sealed class IngestDocumentJobTests(PostgresCluster cluster)
{
    private static IngestDocumentJob Job(TestDatabase db) => Harness.Job(db);

    private static Task<long> SaveAsync(TestDatabase db, string name, byte[] bytes) => Harness.SaveAsync(db, "survey", name, bytes);

    [Fact]
    public async Task RunAsync_Sample_StoresRedactedPlacedItems()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await SaveAsync(db, "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));

        var outcome = await Job(db).RunAsync(id, CancellationToken.None);

        Assert.Equal(DocumentStatus.Ingested, outcome.Status);
        Assert.Equal(TestPaths.SampleSurveyItems, outcome.ItemsAdded);
        var items = await db.Items.ListForDocumentAsync(id, 100, CancellationToken.None);
        Assert.Equal(TestPaths.SampleSurveyItems, items.Count);
        Assert.Equal("Grays", items[0].LocalityName);
        Assert.Equal("column", items[0].LocalityRule);
        Assert.All(items, i => Assert.Matches("^[0-9A-Z]{12}$", i.Reference));
    }

    [Fact]
    public async Task RunAsync_TwiceOrAReExportWithNewRows_AddsOnlyTheNewRows()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        const string header = "Response ID,Date,Comment\n";
        var first = header + "1,01/10/2026,The carers always arrive on time\n2,02/10/2026,Nobody answers the phone at the council\n";
        var reExport = first + "3,03/10/2026,My direct payment was late again this month\n";
        var a = await SaveAsync(db, "export-1.csv", Encoding.UTF8.GetBytes(first));
        Assert.Equal(2, (await Job(db).RunAsync(a, CancellationToken.None)).ItemsAdded);

        var again = await Job(db).RunAsync(a, CancellationToken.None);
        var b = await SaveAsync(db, "export-2.csv", Encoding.UTF8.GetBytes(reExport));
        var second = await Job(db).RunAsync(b, CancellationToken.None);

        Assert.Equal(2, again.ItemsAdded); // the finished document is reported as it was, not re-ingested
        Assert.Equal(1, second.ItemsAdded);
        Assert.Equal(2, second.DuplicatesSkipped);
        Assert.Equal(3, await db.Items.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_BrokenQuoting_MarksFailedNamingTheRowAndStoresNothing()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var bytes = Encoding.UTF8.GetBytes("Date,Comment\n01/10/2026,a perfectly fine first answer\n02/10/2026,\"unterminated answer\n");
        var id = await SaveAsync(db, "broken.csv", bytes);

        var outcome = await Job(db).RunAsync(id, CancellationToken.None);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("Row 3", outcome.Error);
        Assert.Equal(0, await db.Items.CountAsync(CancellationToken.None));
        Assert.Equal(bytes, await db.Documents.GetBytesAsync(id, CancellationToken.None)); // the upload is kept
    }

    [Fact]
    public async Task RunAsync_TwoWorkersAtOnce_IngestsOnce()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await SaveAsync(db, "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));

        var outcomes = await Task.WhenAll(Job(db).RunAsync(id, CancellationToken.None), Job(db).RunAsync(id, CancellationToken.None));

        Assert.All(outcomes, o => Assert.Equal(DocumentStatus.Ingested, o.Status));
        Assert.Equal(TestPaths.SampleSurveyItems, await db.Items.CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_ConnectionLostAfterItemsWereWritten_StoresNothingAndTheRetryIngestsOnce()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var bytes = File.ReadAllBytes(TestPaths.Sample("survey.csv"));
        var id = await SaveAsync(db, "survey.csv", bytes);
        var ct = TestContext.Current.CancellationToken;

        // Another session holds the localities rows: the items' reference check, run once every row has been copied
        // in, waits for them. The job's connection is then killed there, as a database restart would.
        Task<IngestOutcome> run;
        await using (var blocker = await db.DataSource.OpenConnectionAsync(ct))
        {
            await using var tx = await blocker.BeginTransactionAsync(ct);
            await blocker.ExecuteAsync(new CommandDefinition("SELECT id FROM localities FOR UPDATE", transaction: tx, cancellationToken: ct));
            run = Job(db).RunAsync(id, CancellationToken.None);
            // Asked on a connection of its own each time: within one transaction pg_stat_activity stays as first read.
            var copying = await Eventually.WaitAsync(async () =>
            {
                await using var probe = await db.DataSource.OpenConnectionAsync(ct);
                return await probe.QuerySingleOrDefaultAsync<int?>(new CommandDefinition("""
                    SELECT pid FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'COPY items%'
                    """, cancellationToken: ct));
            }, pid => pid is not null, TimeSpan.FromSeconds(60), "the job's COPY to wait for the localities");
            await blocker.ExecuteAsync(new CommandDefinition("SELECT pg_terminate_backend(@copying)", new { copying }, tx, cancellationToken: ct));
            await Assert.ThrowsAnyAsync<Exception>(() => run);
            await tx.RollbackAsync(ct);
        }

        Assert.Equal(0, await db.Items.CountAsync(ct)); // the copied rows went with the transaction
        var found = await db.Documents.FindAsync(id, ct);
        Assert.Equal(DocumentStatus.Ingesting, found!.Status); // left for the retry, not failed
        Assert.Equal(bytes, await db.Documents.GetBytesAsync(id, ct));

        var retry = await Job(db).RunAsync(id, ct); // what Hangfire's automatic retry runs
        Assert.Equal(DocumentStatus.Ingested, retry.Status);
        Assert.Equal(TestPaths.SampleSurveyItems, retry.ItemsAdded);
        Assert.Equal(TestPaths.SampleSurveyItems, await db.Items.CountAsync(ct));
    }

    [Fact]
    public async Task RunAsync_PersonalDataInAnswers_IsRedactedButRawKept()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var bytes = Encoding.UTF8.GetBytes("Date,Postcode,Comment\n01/10/2026,RM17 6SL,Please ring me on 07700 900123 about my carer Jane\n");
        var id = await SaveAsync(db, "pii.csv", bytes);

        await Job(db).RunAsync(id, CancellationToken.None);

        var item = Assert.Single(await db.Items.ListForDocumentAsync(id, 10, CancellationToken.None));
        Assert.Equal("Please ring me on [phone] about my carer [name]", item.RedactedText);
        Assert.Contains("07700 900123", item.RawText);
        Assert.Contains("\"postcodeDistrict\": \"RM17\"", item.Metadata);
        Assert.DoesNotContain("6SL", item.Metadata);
        Assert.Equal("Grays", item.LocalityName);
    }

    [Fact]
    public async Task RunAsync_DocumentDeletedBeforeTheJobRan_EndsQuietlyWithoutRetrying()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await SaveAsync(db, "survey.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));
        await db.Documents.DeleteAsync(id, CancellationToken.None);

        var outcome = await Job(db).RunAsync(id, CancellationToken.None);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.Contains("no longer exists", outcome.Error);
        Assert.Equal(0, await db.Items.CountAsync(CancellationToken.None));
    }
}
