using System.CommandLine;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench ingest --rows 200000</c>: prints the ingest rate beside a bare binary COPY of the same rows, measured
/// in a throwaway PostgreSQL cluster (nothing is written to VoiceHub's own database).
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Survey rows to generate (two answers each)", DefaultValueFactory = _ => 200_000 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var ingest = new Command("ingest", "Ingest a generated survey end to end and compare with a bare COPY") { rows, json };
        ingest.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(rows);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("voicehub bench ingest: --rows must be 1 or more.");
                return 2;
            }
            var asJson = parse.GetValue(json);
            var f = await IngestBenchmark.RunAsync(count, ProjectPaths.SeedsDirectory(new VoiceHubOptions()), asJson ? Console.Error : Console.Out, ct);
            if (asJson)
            {
                Json.Print(f);
                return 0;
            }
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):N0} GB");
            Console.WriteLine($"End to end: {f.Items:N0} items from {f.Rows:N0} rows in {f.EndToEndSeconds:N2} s = {f.ItemsPerSecond:N0} items/s");
            Console.WriteLine($"Bare COPY:  {f.Items:N0} rows in {f.CopySeconds:N2} s = {f.CopyItemsPerSecond:N0} rows/s");
            Console.WriteLine($"Ingest runs at {f.Ratio:P0} of the COPY rate (aim: 50% or more).");
            return 0;
        });
        return new Command("bench", "Benchmarks that print figures") { ingest };
    }
}
