using System.CommandLine;
using VoiceHub.Cli.Bench;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench load --url http://127.0.0.1:5080 --email E --password P [--seconds 30] [--max-searches 20000]
/// [--searchers 8] [--forms-per-second 2] [--api] [--json]</c>: staff searching and the public form used at once against
/// a running VoiceHub (see <see cref="LoadBench"/>). The app's form rate limit must be raised for the run
/// (<c>VoiceHub__RateLimits__FormPostsPerMinute</c>), or the form's posts count as errors (429).
/// </summary>
public static class BenchLoadCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The running app", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var email = new Option<string>("--email") { Description = "A staff or admin account", Required = true };
        var password = new Option<string>("--password") { Description = "Its password", Required = true };
        var seconds = new Option<int>("--seconds") { Description = "Stop after this long", DefaultValueFactory = _ => 30 };
        var max = new Option<int>("--max-searches") { Description = "Stop after this many searches", DefaultValueFactory = _ => 20_000 };
        var searchers = new Option<int>("--searchers") { Description = "Staff sessions searching at once", DefaultValueFactory = _ => 8 };
        var forms = new Option<double>("--forms-per-second") { Description = "Public feedback forms sent a second (0 for none)", DefaultValueFactory = _ => 2 };
        var api = new Option<bool>("--api") { Description = "Search through GET /api/search instead of the search page" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("load", "Staff searching and the public form at once, against a running app") { url, email, password, seconds, max, searchers, forms, api, json };
        command.SetAction(async (parse, ct) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var address) || parse.GetValue(seconds) < 1 || parse.GetValue(searchers) < 1)
            {
                await Console.Error.WriteLineAsync("voicehub bench load: give an absolute --url, and --seconds and --searchers of 1 or more.");
                return 2;
            }
            var settings = new LoadBench.Settings(address, parse.GetValue(email)!, parse.GetValue(password)!, TimeSpan.FromSeconds(parse.GetValue(seconds)),
                parse.GetValue(max), parse.GetValue(searchers), parse.GetValue(forms), parse.GetValue(api));
            var asJson = parse.GetValue(json);
            var f = await LoadBench.RunAsync(settings, Console.Error, ct);
            if (asJson)
            {
                Json.Print(f);
                return f.Errors == 0 ? 0 : 1;
            }
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):N0} GB (the app and this client share it)");
            Console.WriteLine($"Searches ({(settings.Api ? "API" : "search page")}, {f.Searchers} sessions): {f.Searches:N0} in {f.Seconds:N1} s = {f.SearchesPerSecond:N1}/s; " +
                              $"p50 {f.SearchP50Ms:N1} ms, p95 {f.SearchP95Ms:N1} ms, p99 {f.SearchP99Ms:N1} ms");
            Console.WriteLine($"Public form: {f.Forms:N0} sent, p95 {f.FormP95Ms:N1} ms (page and post)");
            Console.WriteLine($"Errors: {f.Errors}" + (f.Errors == 0 ? "" : " (" + string.Join(", ", f.ErrorKinds.Select(e => $"{e.Key}: {e.Value}")) + ")"));
            Console.WriteLine($"Aim: 200 searches/s with p95 under 100 ms: {(f.SearchesPerSecond >= 200 && f.SearchP95Ms < 100 && f.Errors == 0 ? "met" : "not met")}");
            return f.Errors == 0 ? 0 : 1;
        });
        return command;
    }
}
