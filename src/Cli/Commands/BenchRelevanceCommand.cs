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
            if (asJson)
            {
                Json.Print(new
                {
                    tuneItems = f.TuneItems, testItems = f.TestItems, queries = f.Queries,
                    chosen = new
                    {
                        floor = f.Chosen.Floor, fusion = f.Chosen.Fusion.ToString(), k = f.Chosen.K, meaningWeight = f.Chosen.Weight, meaningShare = f.Chosen.Share,
                        wordLift = f.Chosen.Lift, queryPrefix = f.Chosen.Prefix, calibration = f.Chosen.Calibration.ToString(),
                        feedback = f.Chosen.Feedback.ToString(), feedbackWeight = f.Chosen.FeedbackWeight, feedbackHits = f.Chosen.FeedbackHits, expandUpToWords = f.Chosen.Expand,
                    },
                    hybridNoFeedback = S(f.HybridNoFeedback), embeddingsWithFeedback = S(f.EmbeddingsWithFeedback),
                    rareWords = new { chosen = R(f.RareChosen), shipped = R(f.RarePrevious) },
                    cache = f.CachePath, cachedVectors = f.Cached,
                    bm25 = S(f.Bm25), embeddings = S(f.Embeddings), hybrid = S(f.Hybrid), hybridUncalibrated = S(f.HybridUncalibrated), hybridPrevious = S(f.HybridPrevious),
                    exactBm25 = S(f.ExactBm25), exactHybrid = S(f.ExactHybrid),
                    nonsenseWithResults = f.NonsenseWithResults, nonsense = f.Nonsense,
                    medianTopSimilarity = Math.Round(f.MedianTopSimilarity, 3),
                    nonsenseTopSimilarity = f.NonsenseTop.Select(n => new { query = n.Query, top = Math.Round(n.Top, 3) }),
                });
                return Task.FromResult(0);
            }
            if (parse.GetValue(tuning))
            {
                foreach (var (s, ndcg) in f.Tuning.OrderByDescending(t => t.Ndcg10))
                {
                    var rare = f.TuningRare[s];
                    var alone = f.TuningEmbeddingsWithFeedback.TryGetValue(s, out var a) ? $"; embeddings alone with the same feedback {a:0.000}" : "";
                    Console.WriteLine($"  {s}: nDCG@10 {ndcg:0.000}; rare words: {rare.MeaningHitsPerQuery:0.0} meaning hits, {rare.OnTopic:0.000} on topic{alone}");
                }
            }
            Console.WriteLine($"Held-out half: {f.TestItems:N0} comments, {f.Queries} plain queries (tuned on the other {f.TuneItems:N0})");
            Console.WriteLine($"{"",-24}{"nDCG@10",10}{"recall@100",12}{"empty",8}");
            void Row(string name, RelevanceBench.Scores s) =>
                Console.WriteLine($"{name,-24}{s.Ndcg10.ToString("0.000", CultureInfo.InvariantCulture),10}{s.Recall100.ToString("0.000", CultureInfo.InvariantCulture),12}{s.Empty + "/" + s.Queries,8}");
            Row("BM25 alone", f.Bm25);
            Row("embeddings alone", f.Embeddings);
            Row("hybrid, bench's choice", f.Hybrid);
            Row("  uncalibrated", f.HybridUncalibrated);
            Row("  without feedback", f.HybridNoFeedback);
            Row("hybrid, as shipped", f.HybridPrevious);
            Row("embeddings, same query", f.EmbeddingsWithFeedback);
            Row("exact syntax, BM25", f.ExactBm25);
            Row("exact syntax, hybrid", f.ExactHybrid);
            Console.WriteLine($"Nonsense queries with results: {f.NonsenseWithResults} of {f.Nonsense}; " +
                              $"their top similarity {string.Join(", ", f.NonsenseTop.Select(n => n.Top.ToString("0.00", CultureInfo.InvariantCulture)))}; " +
                              $"real queries' median top similarity {f.MedianTopSimilarity:0.00}");
            void Rare(string name, RelevanceBench.RareWords r) =>
                Console.WriteLine($"Rare-word queries ({r.Queries}), {name}: {r.MeaningHitsPerQuery:0.0} meaning hits listed a query, " +
                                  $"{r.OnTopic:0.000} of the first 10 on topic (any comment: {r.Base:0.000})");
            Rare("chosen", f.RareChosen);
            Rare("as shipped", f.RarePrevious);
            Console.WriteLine($"Chosen on the tuning half: {f.Chosen}; as shipped: {RelevanceBench.Shipped}");
            Console.WriteLine($"Comment vectors: {f.Cached:N0} from {f.CachePath}");
            return Task.FromResult(0);
        });
        return command;
    }
}
