using System.CommandLine;
using VoiceHub.Search;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Queries;

namespace VoiceHub.Cli.Commands;

/// <summary><c>voicehub search QUERY --json</c>: searches this machine's index (brought up to date first when no app holds it).</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for, as on the search page" };
        var top = new Option<int>("--top") { Description = "How many hits to print", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("search", "Search what people said") { query, top, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var index = host.Get<LuceneIndex>();
            if (index.CanWrite) await host.Get<IndexSync>().CatchUpAsync(ct);
            var results = host.Get<SearchService>().Search(new SearchRequest
            {
                Query = parse.GetValue(query),
                PageSize = Math.Clamp(parse.GetValue(top), 1, 100),
            });

            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    total = results.Total,
                    hits = results.Hits.Select(h => new
                    {
                        id = h.Id,
                        reference = h.Reference,
                        text = h.Text,
                        snippet = h.Snippet,
                        themes = h.Themes,
                        locality = h.Locality,
                        channel = h.Channel,
                        date = h.Date?.ToString("yyyy-MM-dd"),
                        score = h.Score,
                    }),
                    facets = new Dictionary<string, object>(),
                    message = results.Message,
                });
            }
            else
            {
                if (results.Message is not null) Console.WriteLine(results.Message);
                Console.WriteLine($"{results.Total} results");
                foreach (var h in results.Hits)
                {
                    Console.WriteLine($"- [{h.Date:yyyy-MM-dd} {h.Locality ?? "?"} {h.Channel}] {h.Text}");
                }
            }
            return 0;
        });
        return command;
    }
}
