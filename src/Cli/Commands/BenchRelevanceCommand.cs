using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench relevance [--json]</c>: nDCG@10 and recall@100 of BM25 alone, embeddings alone and hybrid search on
/// the held-out half of the labelled seed data (see <see cref="RelevanceBench"/>). Reads only files; no database.
/// </summary>
public static class BenchRelevanceCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var tuning = new Option<bool>("--tuning") { Description = "Also print every fusion setting tried on the tuning half" };
        var command = new Command("relevance", "nDCG@10 and recall@100 of BM25, embeddings and hybrid search on held-out labelled data") { json, tuning };
        command.SetAction((parse, ct) =>
        {
            var options = CliHost.Configuration().GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions();
            var asJson = parse.GetValue(json);
            var f = new RelevanceBench(ProjectPaths.SeedsDirectory(options), Path.Combine(ProjectPaths.Root(), "bench"))
                .Run(asJson ? Console.Error : Console.Out, ct);
            object R(RelevanceBench.RareWords r) => new
            {
                queries = r.Queries, meaningHitsPerQuery = Math.Round(r.MeaningHitsPerQuery, 2), onTopic = Math.Round(r.OnTopic, 3), baseRate = Math.Round(r.Base, 3),
            };
            object S(RelevanceBench.Scores s) => new { ndcg10 = Math.Round(s.Ndcg10, 3), recall100 = Math.Round(s.Recall100, 3), empty = s.Empty, queries = s.Queries };
            object Setting(RelevanceBench.Setting s) => new
            {
                floor = s.Floor, fusion = s.Fusion.ToString(), k = s.K, meaningWeight = s.Weight, meaningShare = s.Share, wordLift = s.Lift,
                queryPrefix = s.Prefix, calibration = s.Calibration.ToString(), unknownWordsBar = s.Bar > 1 ? (float?)null : s.Bar,
                kept = s.Kept, keptFloor = s.Kept == 0 ? (float?)null : s.KeptFloor,
            };
            if (asJson)
            {
                Json.Print(new
                {
                    tuneItems = f.TuneItems, testItems = f.TestItems, queries = f.Queries,
                    families = f.Families.Select(x => new
                    {
                        name = x.Name, chosen = Setting(x.Chosen), tuningNdcg10 = Math.Round(x.TuningNdcg10, 3), held = S(x.Held), rareWords = R(x.RareHeld),
                        nonsenseWithResults = x.NonsenseHeld,
                    }),
                    cache = f.CachePath, cachedVectors = f.Cached,
                    bm25 = S(f.Bm25), embeddings = S(f.Embeddings), hybridBefore = S(f.HybridBefore), hybridShipped = S(f.HybridShipped), shipped = Setting(RelevanceBench.Shipped),
                    exactBm25 = S(f.ExactBm25), exactHybrid = S(f.ExactHybrid), nonsense = f.Nonsense,
                    medianTopSimilarity = Math.Round(f.MedianTopSimilarity, 3),
                    nonsenseTopSimilarity = f.NonsenseTop.Select(n => new { query = n.Query, tuning = Math.Round(n.TuneTop, 3), held = Math.Round(n.HeldTop, 3) }),
                });
                return Task.FromResult(0);
            }
            if (parse.GetValue(tuning))
            {
                foreach (var (s, ndcg) in f.Tuning.OrderByDescending(t => t.Ndcg10))
                {
                    var rare = f.TuningRare[s];
                    Console.WriteLine($"  {s}: nDCG@10 {ndcg:0.000}; rare words: {rare.MeaningHitsPerQuery:0.0} meaning hits, {rare.OnTopic:0.000} on topic");
                }
            }
            Console.WriteLine($"Held-out half: {f.TestItems:N0} comments, {f.Queries} plain queries (tuned on the other {f.TuneItems:N0})");
            Console.WriteLine($"{"",-36}{"nDCG@10",10}{"recall@100",12}{"empty",8}");
            void Row(string name, RelevanceBench.Scores s) =>
                Console.WriteLine($"{name,-36}{s.Ndcg10.ToString("0.000", CultureInfo.InvariantCulture),10}{s.Recall100.ToString("0.000", CultureInfo.InvariantCulture),12}{s.Empty + "/" + s.Queries,8}");
            Row("BM25 alone", f.Bm25);
            Row("embeddings alone", f.Embeddings);
            Row("hybrid before", f.HybridBefore);
            foreach (var x in f.Families) Row("hybrid, " + x.Name, x.Held);
            Row("hybrid as shipped", f.HybridShipped);
            Row("exact syntax, BM25", f.ExactBm25);
            Row("exact syntax, hybrid as shipped", f.ExactHybrid);
            foreach (var x in f.Families)
            {
                Console.WriteLine($"{x.Name}: {x.Chosen} (tuning half {x.TuningNdcg10:0.000}); held out: nonsense and off-topic queries with results " +
                                  $"{x.NonsenseHeld} of {f.Nonsense}; rare-word queries ({x.RareHeld.Queries}) {x.RareHeld} (any comment: {x.RareHeld.Base:0.000})");
            }
            Console.WriteLine("Nonsense and off-topic queries' top similarity, tuning / held-out: " +
                              string.Join(", ", f.NonsenseTop.Select(n => $"{n.Query} {n.TuneTop.ToString("0.00", CultureInfo.InvariantCulture)}/{n.HeldTop.ToString("0.00", CultureInfo.InvariantCulture)}")) +
                              $"; real queries' median top similarity (held out) {f.MedianTopSimilarity:0.00}");
            Console.WriteLine($"As shipped: {RelevanceBench.Shipped}; before: {RelevanceBench.Before}");
            Console.WriteLine($"Comment vectors: {f.Cached:N0} from {f.CachePath}");
            return Task.FromResult(0);
        });
        return command;
    }
}
