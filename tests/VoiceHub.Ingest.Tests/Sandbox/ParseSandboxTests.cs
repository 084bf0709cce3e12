using System.Diagnostics;
using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Sandbox;
using VoiceHub.Ingest.Tests.Hostile;
using VoiceHub.Ingest.Tests.Jobs;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Sandbox;

/// <summary>
/// The parsing process and its limits, with the real defaults where the files are concerned: the 204 KB-style
/// PDF (50 MB of text lines in one stream) is refused by the stream limit, and with that limit lifted it is stopped
/// at its memory limit (512 MB here, half the default, to spare the shared machine); time, a dying process and a host
/// that is not a parsing process each end as they should.
/// </summary>
[Collection(nameof(MeasuredAlone))]
[Trait("Category", "Slow")]
public sealed class ParseSandboxTests(PostgresCluster cluster)
{
    private const long Megabyte = 1024 * 1024;
    private static readonly IReadOnlyDictionary<string, string[]> NoMappings = new Dictionary<string, string[]>();

    [Fact]
    public async Task RunAsync_PdfStreamBombWithTheDefaults_FailsNamingTheStreamLimit_NeverReRun()
    {
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        var id = await Harness.SaveAsync(db, "vcs-report", "vcs.pdf", HostileBombs.PdfStreamBomb(50));
        var job = Harness.Job(db);
        var clock = Stopwatch.StartNew();

        var outcome = await job.RunAsync(id, TestContext.Current.CancellationToken);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.StartsWith("vcs.pdf holds a part that unpacks to more than 8 MB, the limit for one part of a PDF", outcome.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(DocumentStatus.Failed, (await job.RunAsync(id, TestContext.Current.CancellationToken)).Status);
        Assert.DoesNotContain(id, await db.Documents.ListStuckAsync(TimeSpan.Zero, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_PdfStreamBombPastTheStreamLimit_IsStoppedAt512MbOfMemory_HostStaysSmall()
    {
        var limits = new IngestLimits { MaxPdfStreamBytes = 1024 * Megabyte, MaxParseMemoryBytes = 512 * Megabyte };
        var sandbox = new ParseSandbox(ParseSandboxOptions.ThisHost(), Options.Create(limits), null!);
        var bomb = HostileBombs.PdfStreamBomb(50);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var run = await sandbox.RunAsync(new ParseRequest("vcs-report", "vcs.pdf", "{}", limits, NoMappings), bomb, TestContext.Current.CancellationToken);

        Assert.Equal(SandboxStop.Memory, run.StoppedBy);
        Assert.StartsWith("vcs.pdf: reading stopped at 512 MB of memory, the limit for one file.", run.Result.Error);
        Assert.InRange(run.PeakMemoryBytes, 300 * Megabyte, 640 * Megabyte);
        Assert.True(GC.GetTotalMemory(forceFullCollection: false) - before < 200 * Megabyte);
        TestContext.Current.TestOutputHelper?.WriteLine($"stopped after {run.Elapsed.TotalSeconds:N1} s, peak {run.PeakMemoryBytes / Megabyte} MB");
    }

    [Fact]
    public async Task RunAsync_ParseOverTheTimeLimit_IsStoppedNamingTheLimit()
    {
        var limits = new IngestLimits { MaxParseSeconds = 1, MaxParseMemoryBytes = 1024 * Megabyte };
        var sandbox = new ParseSandbox(ParseSandboxOptions.ThisHost(), Options.Create(limits), null!);
        var docx = HostileBombs.AmplifyingDocx(File.ReadAllBytes(TestPaths.Sample("listening-space.docx")), 48);

        var run = await sandbox.RunAsync(new ParseRequest("listening-space", "notes.docx", "{}", limits, NoMappings), docx, TestContext.Current.CancellationToken);

        Assert.Equal(SandboxStop.Time, run.StoppedBy);
        Assert.StartsWith("notes.docx: reading stopped after 1 second, the limit for one file.", run.Result.Error);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_ProcessDiesMidParse_FailsSayingSoWithoutThrowing()
    {
        // A parsing process that greets, then is killed (as by the kernel's OOM killer).
        var dies = new ParseSandboxOptions { Executable = "/bin/sh", Arguments = ["-c", "printf 'voicehub-parse/1\\n'; kill -9 $$"] };
        var sandbox = new ParseSandbox(dies, Options.Create(new IngestLimits()), null!);

        var run = await sandbox.RunAsync(new ParseRequest("survey", "a.csv", "{}", new IngestLimits(), NoMappings), "Date,Comment\n"u8.ToArray(), TestContext.Current.CancellationToken);

        Assert.Equal(SandboxStop.Crashed, run.StoppedBy);
        Assert.Equal("a.csv: VoiceHub's reader stopped on this file without finishing (exit code 137). " +
                     "It has been kept, and will not be read again unless staff try again.", run.Result.Error);
    }

    [Fact]
    public async Task RunAsync_TheParsingProcess_GetsNoneOfTheHostsSettings()
    {
        // A "parsing process" that answers with the names of its environment variables as the reason.
        var env = new ParseSandboxOptions { Executable = "/bin/sh", Arguments = ["-c", "printf 'voicehub-parse/1\n{\"Error\":\"%s\"}' \"$(env | cut -d= -f1 | tr '\n' ' ')\""] };
        Environment.SetEnvironmentVariable("VOICEHUB_SANDBOX_TEST_SECRET", "a password");
        var sandbox = new ParseSandbox(env, Options.Create(new IngestLimits()), null!);

        var run = await sandbox.RunAsync(new ParseRequest("survey", "a.csv", "{}", new IngestLimits(), NoMappings), [], TestContext.Current.CancellationToken);

        Assert.Null(run.StoppedBy);
        Assert.Contains("DOTNET_GCHeapHardLimit", run.Result.Error);
        Assert.DoesNotContain("VOICEHUB_SANDBOX_TEST_SECRET", run.Result.Error);
    }

    [Fact]
    public async Task RunAsync_HostThatIsNotAParsingProcess_Throws()
    {
        // A bug, not a bad file: every file would fail, so the job must throw and be retried once it is fixed.
        var wrong = new ParseSandboxOptions { Executable = "/bin/echo", Arguments = [] };
        var sandbox = new ParseSandbox(wrong, Options.Create(new IngestLimits()), null!);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sandbox.RunAsync(new ParseRequest("survey", "a.csv", "{}", new IngestLimits(), NoMappings), [], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_ParseCutShortTwice_SetsTheDocumentAside_AndNothingTakesItUpAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(cluster);
        var id = await Harness.SaveAsync(db, "survey", "killer.csv", File.ReadAllBytes(TestPaths.Sample("survey.csv")));
        // Two runs whose node died mid-parse: each started, and neither finished.
        for (var run = 0; run < 2; run++)
        {
            Assert.True(await db.Documents.TryStartAsync(id, ct));
            Assert.True(await db.Documents.StartParsingAsync(id, 2, ct));
        }

        var outcome = await Harness.Job(db).RunAsync(id, ct);

        Assert.Equal(DocumentStatus.Failed, outcome.Status);
        Assert.StartsWith("killer.csv: VoiceHub has set this file aside: reading it was cut short 2 times", outcome.Error);
        Assert.NotNull((await db.Documents.FindAsync(id, ct))!.QuarantinedAt);
        Assert.DoesNotContain(id, await db.Documents.ListStuckAsync(TimeSpan.Zero, ct));
        // Staff trying again starts afresh, and the file reads.
        Assert.True(await db.Documents.RequeueAsync(id, "{}", ct));
        Assert.Null((await db.Documents.FindAsync(id, ct))!.QuarantinedAt);
        var again = await Harness.Job(db).RunAsync(id, ct);
        Assert.True(again.Status == DocumentStatus.Ingested, again.Error);
    }
}
