using System.CommandLine;
using System.Globalization;
using VoiceHub.Search;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Queries;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub search QUERY [--theme T] [--locality L] [--channel C] [--from D] [--to D] [--top N] --json</c>: searches
/// this machine's index (brought up to date first when no app holds it), with the search page's syntax and filters.
/// Filter names forgive case and partial names (<c>--theme transport</c>); repeat an option for either value.
/// </summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for, as on the search page", DefaultValueFactory = _ => "" };
        var theme = new Option<string[]>("--theme") { Description = "Only feedback with this theme (repeat for either)" };
        var locality = new Option<string[]>("--locality") { Description = "Only feedback from this locality (repeat for either)" };
        var channel = new Option<string[]>("--channel") { Description = "Only feedback from this channel, e.g. survey (repeat for either)" };
        var from = new Option<string?>("--from") { Description = "Only feedback given on or after this date (yyyy-mm-dd)" };
        var to = new Option<string?>("--to") { Description = "Only feedback given on or before this date (yyyy-mm-dd)" };
        var sort = new Option<string>("--sort") { Description = "relevance, newest or oldest", DefaultValueFactory = _ => "relevance" };
        var top = new Option<int>("--top") { Description = "How many hits to print (at most 100)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("search", "Search what people said") { query, theme, locality, channel, from, to, sort, top, json };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryDate(parse.GetValue(from), "--from", out var fromDate) || !TryDate(parse.GetValue(to), "--to", out var toDate)) return 2;

            await using var host = await CliHost.StartAsync(ct);
            try
            {
                await host.Get<IndexSync>().CatchUpAsync(ct); // does nothing when an app holds the index: it keeps it up to date
            }
            catch (IndexNotReadyException e)
            {
                await Console.Error.WriteLineAsync($"voicehub search: {e.Message} Try again in a minute.");
                return 1;
            }
            var results = host.Get<SearchService>().Search(new SearchRequest
            {
                Query = parse.GetValue(query),
                Themes = parse.GetValue(theme) ?? [],
                Localities = parse.GetValue(locality) ?? [],
                Channels = parse.GetValue(channel) ?? [],
                From = fromDate,
                To = toDate,
                Sort = SearchRequest.ParseSort(parse.GetValue(sort)),
                PageSize = Math.Clamp(parse.GetValue(top), 1, 100),
            });

            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    total = results.Total,
                    hits = results.Hits.Select(SearchResultsJson.Hit),
                    facets = SearchResultsJson.Facets(results.Facets),
                    message = results.Message,
                });
            }
            else
            {
                if (results.Message is not null) Console.WriteLine(results.Message);
                Console.WriteLine($"{results.Total} results");
                foreach (var h in results.Hits)
                {
                    Console.WriteLine($"- {h.Reference} [{h.Date:yyyy-MM-dd} {h.Locality ?? "?"} {h.Channel}] {h.Text}");
                }
                foreach (var facet in results.Facets.Where(f => f.Values.Count > 0))
                {
                    Console.WriteLine($"{facet.Facet.Label}: " + string.Join(", ", facet.Values.Select(v => $"{v.Label} ({v.Count})")));
                }
            }
            return 0;
        });
        return command;
    }

    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        Console.Error.WriteLine($"voicehub search: {option} '{text}' is not a date. Use the form 2026-03-31.");
        return false;
    }
}
