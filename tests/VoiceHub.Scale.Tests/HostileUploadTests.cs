using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using VoiceHub.Ingest.Tests.Hostile;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Scale.Tests;

/// <summary>
/// Issue 15's PDF bomb uploaded to a running hub (the built app, a process of its own): the hub keeps answering
/// <c>/health</c> while the file is parsed, its own resident memory stays within 200 MB of where it was, and the
/// document fails with a reason naming the memory limit. The stream limit is lifted so the bomb really reaches the PDF
/// library, as it did before the sandbox; the default limit refuses it before that (see ParseSandboxTests).
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class HostileUploadTests(PostgresCluster cluster)
{
    private const long Megabyte = 1024 * 1024;

    [Fact(Timeout = 180_000)]
    public async Task Node_ParsingAPdfBomb_KeepsAnsweringHealth_AndFailsTheFileNamingTheLimit()
    {
        var db = new SharedDatabase(await cluster.CreateDatabaseAsync("hostile"));
        await using var node = await AppProcess.StartAsync(db.ConnectionString, Settings.FastFailover(new()
        {
            ["VoiceHub:Ingest:MaxPdfStreamBytes"] = (1024 * Megabyte).ToString(CultureInfo.InvariantCulture),
            ["VoiceHub:Ingest:MaxParseMemoryBytes"] = (384 * Megabyte).ToString(CultureInfo.InvariantCulture),
        }));
        using var staff = await Node.SignInAsync(node);
        using var monitor = node.NewClient();
        var pid = node.ProcessId ?? throw node.Failure("The node is not running.");
        var baseline = ResidentBytes(pid);

        var id = await UploadReportAsync(staff, node, HostileBombs.PdfStreamBomb(50), "vcs.pdf");
        var slowest = TimeSpan.Zero;
        long highest = 0;
        var answers = 0;
        var deadline = Stopwatch.StartNew();
        while (await db.StatusAsync(id) is "received" or "ingesting")
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(120)) throw node.Failure("The bomb was still being read after 120 s.");
            var clock = Stopwatch.StartNew();
            var health = await monitor.GetAsync("/health");
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            if (health.StatusCode != HttpStatusCode.OK) throw node.Failure($"/health answered {(int)health.StatusCode} while the bomb was read.");
            answers++;
            highest = Math.Max(highest, ResidentBytes(pid) - baseline);
            await Task.Delay(100);
        }

        var error = await db.ScalarAsync<string>("SELECT error FROM documents WHERE id = @id", new { id });
        Assert.Equal("failed", await db.StatusAsync(id));
        Assert.StartsWith("vcs.pdf: reading stopped at 384 MB of memory, the limit for one file.", error);
        Assert.True(answers >= 3, $"/health answered only {answers} times while the bomb was read");
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"/health took {slowest.TotalMilliseconds:N0} ms at worst");
        Assert.True(highest < 200 * Megabyte, $"the node's resident memory rose {highest / Megabyte} MB");
        TestContext.Current.TestOutputHelper?.WriteLine($"read in {deadline.Elapsed.TotalSeconds:N1} s; /health answered {answers} times, " +
            $"slowest {slowest.TotalMilliseconds:N0} ms; the node's resident memory rose {highest / Megabyte} MB at most");
    }

    /// <summary>Uploads a VCS report through the upload form. Returns the document's id.</summary>
    private static async Task<long> UploadReportAsync(HttpClient client, AppProcess app, byte[] pdf, string name)
    {
        var token = FormToken.Find(await client.GetStringAsync("/upload"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("vcs-report"), "Channel" },
            { new StringContent("Thurrock Carers"), "Organisation" },
            { new StringContent("April to June 2026"), "Period" },
            { new ByteArrayContent(pdf), "Upload", name },
        };
        var upload = await client.PostAsync("/upload", form);
        var details = upload.Headers.Location?.OriginalString ?? throw app.Failure($"Upload of {name} was not accepted: {(int)upload.StatusCode}");
        return long.Parse(DocumentId().Match(details).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The process's resident set (VmRSS), not counting the parsing processes it starts.</summary>
    private static long ResidentBytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024).Single();

    [GeneratedRegex(@"/documents/(\d+)")]
    private static partial Regex DocumentId();
}
