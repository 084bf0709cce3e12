using System.CommandLine;
using System.Diagnostics;
using System.Numerics.Tensors;
using VoiceHub.Search.Meaning;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench vectors [--items 1000000] [--queries 50]</c>: the in-memory vector index alone, on synthetic
/// clustered vectors (200 centres plus noise, normalised, as sentence embeddings cluster): build rate, memory, search
/// time for the 100 nearest, and recall@100 against an exact float scan for the first 10 queries. No model, no database.
/// </summary>
public static class BenchVectorsCommand
{
    public static Command Create()
    {
        var items = new Option<int>("--items") { Description = "How many vectors", DefaultValueFactory = _ => 1_000_000 };
        var queries = new Option<int>("--queries") { Description = "How many searches to time", DefaultValueFactory = _ => 50 };
        var command = new Command("vectors", "The vector index alone: build rate, memory, search time and recall on synthetic clustered vectors") { items, queries };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(items);
            var timed = Math.Max(10, parse.GetValue(queries));
            if (n < 1000)
            {
                Console.Error.WriteLine("voicehub bench vectors: --items must be at least 1000.");
                return 2;
            }
            var random = new Random(1);
            var centres = Enumerable.Range(0, 200).Select(_ => Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray()).ToArray();
            var index = new VectorIndex();
            var v = new float[384];
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                var c = centres[random.Next(centres.Length)];
                for (var j = 0; j < v.Length; j++) v[j] = c[j] + 0.6f * (float)(random.NextDouble() - 0.5);
                Normalise(v);
                index.Upsert(i, v);
            }
            var build = clock.Elapsed.TotalSeconds;
            var memory = GC.GetTotalMemory(forceFullCollection: true) - before;

            var times = new List<double>();
            var recalls = new List<double>();
            for (var t = 0; t < timed + 10; t++)
            {
                var c = centres[random.Next(centres.Length)];
                var q = c.Select(x => x + 0.6f * (float)(random.NextDouble() - 0.5)).ToArray();
                Normalise(q);
                clock.Restart();
                var found = index.Nearest(q, 100, -1f);
                if (t >= 10) times.Add(clock.Elapsed.TotalMilliseconds);
                else
                {
                    var exact = Enumerable.Range(0, n).Select(i => (Id: (long)i, S: TensorPrimitives.Dot(index.VectorOf(i)!, q)))
                        .OrderByDescending(x => x.S).Take(100).Select(x => x.Id).ToHashSet();
                    recalls.Add(found.Count(f => exact.Contains(f.Id)) / 100.0);
                }
            }
            times.Sort();
            Console.WriteLine($"{n:N0} vectors (384 dimensions, int8 + sign bits{(n >= VectorIndex.TwoStageFrom ? ", two-stage search" : ", exact scan")}): " +
                              $"built at {n / build:N0}/s, {memory / 1048576.0:N0} MB managed ({index.Bytes / (double)n:0} bytes an item as allocated)");
            Console.WriteLine($"100 nearest: p50 {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms over {times.Count} queries; " +
                              $"recall@100 against an exact scan {recalls.Average():0.000} (lowest {recalls.Min():0.00}); {Environment.ProcessorCount} cores");
            return 0;
        });
        return command;
    }

    private static void Normalise(float[] v) => TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
}
