using System.CommandLine;
using Microsoft.Extensions.Configuration;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench embed [--items 2000] [--precision int8|float32] [--batch 1] [--threads 0] [--unsorted] [--json]</c>:
/// sentence embeddings a second on real comments, and how close int8 stays to float32 (see <see cref="EmbedBench"/>).
/// Defaults come from <c>VoiceHub:Embeddings</c>, as the hub runs.
/// </summary>
public static class BenchEmbedCommand
{
    public static Command Create()
    {
        var items = new Option<int>("--items") { Description = "Real comments from seeds/data to embed", DefaultValueFactory = _ => 2000 };
        var batch = new Option<int?>("--batch") { Description = "Texts per model run, float32 only (default: VoiceHub:Embeddings:BatchSize, 1)" };
        var precision = new Option<string?>("--precision") { Description = "int8 or float32 (default: VoiceHub:Embeddings:Precision)" };
        var threads = new Option<int?>("--threads") { Description = "Threads per model run; 0 for every core" };
        var unsorted = new Option<bool>("--unsorted") { Description = "Run the comments in file order instead of shortest first" };
        var noCompare = new Option<bool>("--no-compare") { Description = "Skip the float32 comparison" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var encoder = new Option<string>("--encoder")
            { Description = "search (the package's model), classification (the tuned one) or both", DefaultValueFactory = _ => "both" };
        var command = new Command("embed", "Sentence embeddings a second on real comments, and int8 against float32")
            { items, batch, precision, threads, unsorted, noCompare, json, encoder };
        command.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(items);
            if (count < 10)
            {
                await Console.Error.WriteLineAsync("voicehub bench embed: --items must be at least 10.");
                return 2;
            }
            var configuration = CliHost.Configuration();
            var options = configuration.GetSection(EmbeddingOptions.Section).Get<EmbeddingOptions>() ?? new EmbeddingOptions();
            if (parse.GetValue(batch) is { } b) options.BatchSize = b;
            if (parse.GetValue(precision) is { } p) options.Precision = p;
            if (parse.GetValue(threads) is { } t) options.Threads = t;
            if (parse.GetValue(unsorted)) options.SortByLength = false;
            if (options.BatchSize < 1 || options.Precision is not ("int8" or "float32") || (options.Precision == "int8" && options.BatchSize > 1))
            {
                await Console.Error.WriteLineAsync("voicehub bench embed: --batch must be 1 or more (int8: 1 only) and --precision int8 or float32.");
                return 2;
            }
            var which = parse.GetValue(encoder);
            if (which is not ("search" or "classification" or "both"))
            {
                await Console.Error.WriteLineAsync("voicehub bench embed: --encoder must be search, classification or both.");
                return 2;
            }
            var hub = configuration.GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions();
            var bench = new EmbedBench(ProjectPaths.SeedsDirectory(hub));
            var figures = new List<(string Encoder, EmbedBench.Figures F)>();
            try
            {
                // One after the other, never at once: each uses every core.
                if (which != "classification") figures.Add(("search", bench.Run(count, options, !parse.GetValue(noCompare), ct)));
                if (which != "search")
                    figures.Add(("classification", bench.Run(count, options, !parse.GetValue(noCompare), ct, ClassificationEmbedder.PatchPath(options, hub))));
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync($"voicehub bench embed: {e.Message}");
                return 1;
            }
            if (parse.GetValue(json))
            {
                // The search encoder's figures at the top level, as before; the tuned one's under "classification".
                var search = figures.FirstOrDefault(x => x.Encoder == "search").F;
                var tuned = figures.FirstOrDefault(x => x.Encoder == "classification").F;
                Json.Print(search is null ? new { classification = Fields(tuned!) } : (object)(tuned is null ? Fields(search) : Fields(search) with { classification = Fields(tuned) }));
                return 0;
            }
            foreach (var (name, f) in figures)
            {
                Console.WriteLine($"The {name} encoder:");
                Print(f);
            }
            return 0;
        });
        return command;
    }

    private static void Print(EmbedBench.Figures f)
    {
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; load average {f.LoadBefore} before, {f.LoadAfter} after");
            Console.WriteLine($"Model {f.ModelId}: loaded in {f.LoadSeconds:0.0} s; batch {f.BatchSize}, {f.Threads} threads, {(f.Sorted ? "shortest first" : "file order")}");
            Console.WriteLine($"{f.Items:N0} real comments in {f.Seconds:0.00} s = {f.ItemsPerSecond:N1} items/s, {f.TokensPerSecond:N0} tokens/s, {f.TokensPerItem:0.0} tokens per item (aim: 100 items/s or more)");
            if (f.MeanCosine is { } mean)
                Console.WriteLine($"Against float32 ({f.Float32ItemsPerSecond:N1} items/s): cosine mean {mean:0.0000}, lowest {f.MinCosine:0.0000}; " +
                                  $"of the first 1,000, the same nearest neighbour for {f.NeighbourAgreement:P1}, float32's nearest among int8's five nearest for {f.NeighbourInTop5:P1} (aim: mean 0.98 or more)");
    }

    private sealed record JsonFigures(int items, string model, double itemsPerSecond, double tokensPerSecond, double tokensPerItem, int batchSize,
        int threads, bool sorted, double loadSeconds, double? float32ItemsPerSecond, double? meanCosineToFloat32, double? minCosineToFloat32,
        double? nearestNeighbourAgreement, double? nearestNeighbourInTop5, string loadAverageBefore, string loadAverageAfter)
    {
        public JsonFigures? classification { get; init; }
    }

    private static JsonFigures Fields(EmbedBench.Figures f) => new(f.Items, f.ModelId, Math.Round(f.ItemsPerSecond, 1), Math.Round(f.TokensPerSecond),
        Math.Round(f.TokensPerItem, 1), f.BatchSize, f.Threads, f.Sorted, Math.Round(f.LoadSeconds, 2),
        f.Float32ItemsPerSecond is { } r ? Math.Round(r, 1) : null, f.MeanCosine is { } m ? Math.Round(m, 4) : null,
        f.MinCosine is { } n ? Math.Round(n, 4) : null, f.NeighbourAgreement is { } a ? Math.Round(a, 3) : null,
        f.NeighbourInTop5 is { } a5 ? Math.Round(a5, 3) : null, f.LoadBefore, f.LoadAfter);
}
