using System.CommandLine;
using Microsoft.Extensions.Logging;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench memory --items 1000000 [--new-items 2000] [--rounds 2] [--web-dll path] [--json]</c>: the web app's
/// peak memory with N items indexed, new items embedded three times by its own jobs (restarted before the third), and searched, in a throwaway cluster of
/// its own (see <see cref="MemoryBench"/>).
/// </summary>
public static class BenchMemoryCommand
{
    public static Command Create()
    {
        var items = new Option<int>("--items") { Description = "How many items the app indexes", DefaultValueFactory = _ => 100_000 };
        var newItems = new Option<int>("--new-items") { Description = "How many new items each of the three embedding runs embeds", DefaultValueFactory = _ => 2000 };
        var rounds = new Option<int>("--rounds") { Description = "How many times the search mix is asked over HTTP", DefaultValueFactory = _ => 2 };
        var webDll = new Option<FileInfo?>("--web-dll") { Description = "The built web app (default: src/Web's output in this build's configuration)" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("memory", "Peak memory of the web app with N items indexed and searched") { items, newItems, rounds, webDll, json };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(items);
            if (count < 1000)
            {
                await Console.Error.WriteLineAsync("voicehub bench memory: --items must be at least 1000.");
                return 2;
            }
            var added = parse.GetValue(newItems);
            if (added < 1)
            {
                await Console.Error.WriteLineAsync("voicehub bench memory: --new-items must be at least 1.");
                return 2;
            }
            if (!OperatingSystem.IsLinux())
            {
                await Console.Error.WriteLineAsync("voicehub bench memory: reads /proc, so it runs on Linux only.");
                return 2;
            }
            using var loggers = LoggerFactory.Create(b => b
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
            var dll = parse.GetValue(webDll)?.FullName ?? MemoryBench.DefaultWebDll();
            MemoryBench.Figures f;
            try
            {
                f = await new MemoryBench(ProjectPaths.SeedsDirectory(new VoiceHubOptions()), dll, loggers.CreateLogger<MemoryBench>())
                    .RunAsync(count, Math.Max(1, parse.GetValue(rounds)), added, ct);
            }
            catch (FileNotFoundException e)
            {
                await Console.Error.WriteLineAsync($"voicehub bench memory: {e.Message}");
                return 2;
            }
            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    items = f.Items,
                    indexSeconds = Math.Round(f.IndexSeconds, 1),
                    searches = f.Searches,
                    searchP95Ms = Math.Round(f.SearchP95Ms, 1),
                    peakMegabytes = Math.Round(f.PeakMegabytes),
                    rssMegabytes = Math.Round(f.RssMegabytes),
                    indexMegabytes = Math.Round(f.IndexMegabytes),
                    itemsTableMegabytes = Math.Round(f.ItemsTableMegabytes),
                    databaseMegabytes = Math.Round(f.DatabaseMegabytes),
                    embedderPeakMegabytes = Math.Round(f.EmbedderPeakMegabytes),
                    embedderResidentMegabytes = Math.Round(f.EmbedderResidentMegabytes),
                    peakWithEmbedderMegabytes = Math.Round(f.PeakWithEmbedderMegabytes),
                    embeddingsTableMegabytes = Math.Round(f.EmbeddingsTableMegabytes),
                    classificationEmbedderPeakMegabytes = Math.Round(f.ClassificationEmbedderPeakMegabytes),
                    classificationEmbedderResidentMegabytes = Math.Round(f.ClassificationEmbedderResidentMegabytes),
                    peakWithBothEmbeddersMegabytes = Math.Round(f.PeakWithBothEmbeddersMegabytes),
                    classificationEmbeddingsTableMegabytes = Math.Round(f.ClassificationEmbeddingsTableMegabytes),
                    newItems = f.NewItems,
                    parts = f.Parts.Select(p => new { name = p.Name, seconds = Math.Round(p.Seconds, 1), peakMegabytes = Math.Round(p.PeakMegabytes), rssMegabytes = Math.Round(p.RssMegabytes) }),
                    cachedEmbedderPeakMegabytes = Math.Round(f.CachedEmbedderPeakMegabytes),
                    cachedClassificationEmbedderPeakMegabytes = Math.Round(f.CachedClassificationEmbedderPeakMegabytes),
                });
                return 0;
            }
            Console.WriteLine($"The web app indexed {f.Items:N0} items in {f.IndexSeconds:0.0} s, embedded {f.NewItems:N0} new items three times with both embedding jobs (restarted before the third), " +
                              $"and answered {f.Searches} searches over HTTP (p95 {f.SearchP95Ms:0.0} ms).");
            Console.WriteLine($"Peak memory (VmHWM) {f.PeakMegabytes:N0} MB (aim: under 1,536 MB at one million items); resident at the end {f.RssMegabytes:N0} MB.");
            foreach (var p in f.Parts)
                Console.WriteLine($"  {p.Name,-22} {p.Seconds,7:0.0} s   peak {p.PeakMegabytes,6:N0} MB   resident at its end {p.RssMegabytes,6:N0} MB");
            Console.WriteLine($"Apart, in this process: the sentence embedder built in memory raises the peak by {f.EmbedderPeakMegabytes:N0} MB and then holds {f.EmbedderResidentMegabytes:N0} MB; " +
                              $"from a warm model cache by {f.CachedEmbedderPeakMegabytes:N0} MB.");
            Console.WriteLine($"The tuned classification encoder built in memory raises it by {f.ClassificationEmbedderPeakMegabytes:N0} MB and then holds {f.ClassificationEmbedderResidentMegabytes:N0} MB; " +
                              $"from a warm model cache by {f.CachedClassificationEmbedderPeakMegabytes:N0} MB.");
            Console.WriteLine($"On disk: the index {f.IndexMegabytes:N0} MB; the items table with its indexes {f.ItemsTableMegabytes:N0} MB; the embeddings table {f.EmbeddingsTableMegabytes:N0} MB; " +
                              $"the classification embeddings table {f.ClassificationEmbeddingsTableMegabytes:N0} MB; the database {f.DatabaseMegabytes:N0} MB.");
            return 0;
        });
        return command;
    }
}
