using System.CommandLine;
using Microsoft.Extensions.Logging;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench first-visits [--items 2000] [--no-warm-up] [--web-dll path] [--json]</c>: each page's first visit
/// after the web app starts, with its start-up warm-up or without (see <see cref="FirstVisitsBench"/>).
/// </summary>
public static class BenchFirstVisitsCommand
{
    public static Command Create()
    {
        var items = new Option<int>("--items") { Description = "How many items the app holds", DefaultValueFactory = _ => 2000 };
        var noWarmUp = new Option<bool>("--no-warm-up") { Description = "Start the app with VoiceHub__WarmUp=false, to compare" };
        var webDll = new Option<FileInfo?>("--web-dll") { Description = "The built web app (default: src/Web's output in this build's configuration)" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("first-visits", "Each page's first visit after the web app starts") { items, noWarmUp, webDll, json };
        command.SetAction(async (parse, ct) =>
        {
            using var loggers = LoggerFactory.Create(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
            var dll = parse.GetValue(webDll)?.FullName ?? MemoryBench.DefaultWebDll();
            IReadOnlyList<FirstVisitsBench.Visit> visits;
            try
            {
                visits = await new FirstVisitsBench(ProjectPaths.SeedsDirectory(new VoiceHubOptions()), dll, loggers.CreateLogger<FirstVisitsBench>())
                    .RunAsync(Math.Max(100, parse.GetValue(items)), !parse.GetValue(noWarmUp), ct);
            }
            catch (FileNotFoundException e)
            {
                await Console.Error.WriteLineAsync($"voicehub bench first-visits: {e.Message}");
                return 2;
            }
            var slowest = visits.MaxBy(v => v.Ms)!;
            if (parse.GetValue(json))
            {
                Json.Print(new { warmUp = !parse.GetValue(noWarmUp), slowest = slowest.Page, slowestMs = Math.Round(slowest.Ms), visits = visits.Select(v => new { page = v.Page, ms = Math.Round(v.Ms), status = v.Status }) });
                return 0;
            }
            Console.WriteLine($"First visits after a start {(parse.GetValue(noWarmUp) ? "without" : "with")} the warm-up (load {File.ReadAllText("/proc/loadavg").Trim()}):");
            foreach (var v in visits) Console.WriteLine($"  {v.Page,-22} {v.Ms,7:0} ms  ({v.Status})");
            Console.WriteLine($"Slowest: {slowest.Page}, {slowest.Ms:0} ms (aim: under 300 ms).");
            return 0;
        });
        return command;
    }
}
