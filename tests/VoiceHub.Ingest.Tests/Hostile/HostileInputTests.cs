using System.Diagnostics;
using System.Text;
using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Tests.Jobs;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// Every case of <see cref="HostileCorpus"/> through the real ingest job, the real parsing process and a real
/// PostgreSQL, measured: each is ingested, or waits for staff, or fails with a reason naming the file (and, for a
/// bomb, the limit that stopped it) that the parser or the sandbox gave; a failed document leaves nothing behind; no
/// file takes over 60 s; this (host) process's managed heap and working set rise less than 200 MB over their
/// baseline while any file is parsed; and running the job again, or the sweeper's look for stuck documents, does not
/// read the file again. Prints the table kept in <c>bench/README.md</c> (run with a detailed console logger).
/// </summary>
[Collection(nameof(MeasuredAlone))]
[Trait("Category", "Slow")]
public sealed class HostileInputTests(PostgresCluster cluster)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private const long HostRiseLimit = 200L * 1024 * 1024;

    [Fact]
    public async Task RunAsync_EveryHostileUpload_IngestsOrFailsNamingTheLimit_InTime_HostStaysSmall_NeverReRun()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(cluster);
        var log = new ParseLog();
        var job = Harness.Job(db, HostileCorpus.Limits, log);
        // Warm up (JIT, pools, the first child process) so the baseline is the host at rest, not the host starting.
        await job.RunAsync(await Harness.SaveAsync(db, "survey", "warm-up.csv", "Date,Comment\n01/03/2026,Warm up\n"u8.ToArray()), ct);

        var problems = new List<string>();
        var table = new StringBuilder("| file | bytes | outcome | parsing process peak | time | host rise (managed / working set) |\n|---|---:|---|---:|---:|---:|\n");
        var seen = 0;
        foreach (var hostile in HostileCorpus.All())
        {
            seen++;
            var id = await Harness.SaveAsync(db, hostile.Channel, hostile.Name, hostile.Bytes);
            // Each file's baseline is the host at rest just before it, so what one file left for the collector is not
            // counted against the next.
            var (managedBase, workingBase) = HostMemory();
            var clock = Stopwatch.StartNew();
            using var watch = new HostWatch(managedBase, workingBase);
            IngestOutcome outcome;
            try
            {
                outcome = await job.RunAsync(id, ct).WaitAsync(Limit, ct);
            }
            catch (TimeoutException)
            {
                problems.Add($"{hostile}: still running after {Limit.TotalSeconds:N0} s");
                continue;
            }
            var elapsed = clock.Elapsed;
            var (managedRise, workingRise) = watch.Stop();
            if (managedRise > HostRiseLimit || workingRise > HostRiseLimit) problems.Add($"{hostile}: the host rose {Mb(managedRise)} managed, {Mb(workingRise)} working set");

            await using var conn = await db.DataSource.OpenConnectionAsync(ct);
            var items = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items WHERE document_id = @id", new { id });
            var drafts = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM actions WHERE source_document_id = @id", new { id });
            Check(hostile, outcome, items, drafts, problems);

            // Never read again by itself: not by the job run again (a Hangfire retry), not by the sweeper.
            var runs = await conn.ExecuteScalarAsync<int>("SELECT ingest_runs FROM documents WHERE id = @id", new { id });
            var again = await job.RunAsync(id, ct);
            var runsAfter = await conn.ExecuteScalarAsync<int>("SELECT ingest_runs FROM documents WHERE id = @id", new { id });
            if (again.Status != outcome.Status || runsAfter != runs) problems.Add($"{hostile}: run again, it was read again ({outcome.Status} → {again.Status})");
            if ((await db.Documents.ListStuckAsync(TimeSpan.Zero, ct)).Contains(id)) problems.Add($"{hostile}: the sweeper would take it up again");

            var parse = log.LastParse(id);
            table.Append(CultureInfo.InvariantCulture, $"| {hostile.Name} | {hostile.Bytes.Length:N0} | {Outcome(outcome)} | {parse?["PeakMb"]} MB | {elapsed.TotalSeconds:N1} s | {Mb(managedRise)} / {Mb(workingRise)} |\n");
        }
        TestContext.Current.TestOutputHelper?.WriteLine(table.ToString());
        Assert.True(seen >= 45, $"the corpus has only {seen} cases");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(HostileCase hostile, IngestOutcome outcome, long items, long drafts, List<string> problems)
    {
        switch (outcome.Status)
        {
            case DocumentStatus.Failed:
                if (outcome.Error is null || !outcome.Error.Contains(hostile.Name, StringComparison.Ordinal)) problems.Add($"{hostile}: failed without naming the file: {outcome.Error}");
                if (items + drafts > 0) problems.Add($"{hostile}: failed but left {items} items and {drafts} draft actions");
                if (hostile.Expect is not null && !(outcome.Error ?? "").Contains(hostile.Expect, StringComparison.Ordinal))
                {
                    problems.Add($"{hostile}: expected \"{hostile.Expect}\", failed with: {outcome.Error}");
                }
                break;
            case DocumentStatus.NeedsReview when hostile.Expect is null:
                if (items + drafts > 0) problems.Add($"{hostile}: waits for review but stored {items} items");
                break;
            case DocumentStatus.Ingested when hostile.Expect is null or HostileCase.Ingested:
                if (items != outcome.ItemsAdded) problems.Add($"{hostile}: says {outcome.ItemsAdded} items added, {items} stored");
                break;
            default:
                problems.Add($"{hostile}: left as {outcome.Status} ({outcome.Error}), expected {hostile.Expect ?? "a clear outcome"}");
                break;
        }
    }

    /// <summary>"failed: x.pdf: reading stopped at 256 MB of memory, the limit for one file": the reason's first sentence, cut short.</summary>
    private static string Outcome(IngestOutcome o)
    {
        if (o.Status != DocumentStatus.Failed || o.Error is not { } e) return $"{o.Status} ({o.ItemsAdded} items)";
        var sentence = e.Split(". ")[0].Replace("|", "/", StringComparison.Ordinal);
        return "failed: " + (sentence.Length > 110 ? sentence[..110] + "…" : sentence);
    }

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):N0} MB";

    private static (long Managed, long WorkingSet) HostMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), self.WorkingSet64);
    }

    /// <summary>Samples this process's managed heap and working set every 20 ms, keeping the highest rise.</summary>
    private sealed class HostWatch : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;
        private long _managed;
        private long _working;

        public HostWatch(long managedBase, long workingBase) => _sampling = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                self.Refresh();
                _managed = Math.Max(_managed, GC.GetTotalMemory(false) - managedBase);
                _working = Math.Max(_working, self.WorkingSet64 - workingBase);
                await Task.Delay(20, CancellationToken.None);
            }
        });

        public (long Managed, long WorkingSet) Stop()
        {
            _stop.Cancel();
            _sampling.Wait();
            return (_managed, _working);
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested) Stop();
            _stop.Dispose();
        }
    }
}

/// <summary>Tests that measure this process's memory run alone, with no other test allocating beside them.</summary>
[CollectionDefinition(nameof(MeasuredAlone), DisableParallelization = true)]
public sealed class MeasuredAlone;
