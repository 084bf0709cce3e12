using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Tests.Jobs;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// Every case of <see cref="HostileCorpus"/> through the real ingest job and a real PostgreSQL, each within a time
/// limit: it is ingested, or waits for staff, or fails with a reason naming the file that the parser gave itself
/// (not the job's catch-all for a parser fault), and a failed document leaves no items or draft actions behind.
/// </summary>
public sealed class HostileInputTests(PostgresCluster cluster)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunAsync_EveryHostileUpload_IngestsOrFailsClearly_InTime_LeavingNothingPartial()
    {
        await using var db = await TestDatabase.CreateAsync(cluster);
        var job = Harness.Job(db);
        var problems = new List<string>();
        var seen = 0;
        foreach (var hostile in HostileCorpus.All())
        {
            seen++;
            var id = await Harness.SaveAsync(db, hostile.Channel, hostile.Name, hostile.Bytes);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            IngestOutcome outcome;
            try
            {
                outcome = await job.RunAsync(id, TestContext.Current.CancellationToken).WaitAsync(Limit, TestContext.Current.CancellationToken);
            }
            catch (TimeoutException)
            {
                problems.Add($"{hostile}: still running after {Limit.TotalSeconds:N0} s");
                continue;
            }
            catch (Exception e)
            {
                problems.Add($"{hostile}: the job threw {e.GetType().Name}: {e.Message}");
                continue;
            }

            await using var conn = await db.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
            var items = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items WHERE document_id = @id", new { id });
            var drafts = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM actions WHERE source_document_id = @id", new { id });
            switch (outcome.Status)
            {
                case DocumentStatus.Failed:
                    if (outcome.Error is null || !outcome.Error.Contains(hostile.Name, StringComparison.Ordinal)) problems.Add($"{hostile}: failed without naming the file: {outcome.Error}");
                    else if (outcome.Error.Contains("could not read this file (", StringComparison.Ordinal)) problems.Add($"{hostile}: the parser threw: {outcome.Error}");
                    if (items + drafts > 0) problems.Add($"{hostile}: failed but left {items} items and {drafts} draft actions");
                    break;
                case DocumentStatus.NeedsReview:
                    if (items + drafts > 0) problems.Add($"{hostile}: waits for review but stored {items} items");
                    break;
                case DocumentStatus.Ingested:
                    if (items != outcome.ItemsAdded) problems.Add($"{hostile}: says {outcome.ItemsAdded} items added, {items} stored");
                    break;
                default:
                    problems.Add($"{hostile}: left as {outcome.Status}");
                    break;
            }
            TestContext.Current.SendDiagnosticMessage($"{hostile}: {outcome.Status} in {clock.ElapsedMilliseconds} ms: {outcome.Error}");
        }
        Assert.True(seen >= 25, $"the corpus has only {seen} cases");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
