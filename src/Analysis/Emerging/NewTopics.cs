using System.Numerics.Tensors;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// New topics: what the week's comments are about that the taxonomy does not name. The week's comments are grouped by
/// meaning, densest first: the comment with most neighbours (centred cosine ≥ <see cref="NewTopicOptions.Similarity"/>)
/// not yet in a group starts one with those neighbours, and the group is then every comment near its centre
/// (<see cref="NewTopicOptions.CentreSimilarity"/>), until no comment has enough neighbours left. A group is a new topic when the
/// week's comments near its centre outnumber what the baseline's comments near it predict (a Poisson upper tail below
/// <see cref="NewTopicOptions.Alpha"/> and at least <see cref="NewTopicOptions.MinimumRatio"/> times as many), they
/// come from two documents or more, and no theme flagged this week covers half of them (that burst is already an issue).
/// </summary>
/// <remarks>
/// Worked example: 26 baseline weeks hold 3 comments near the centre of a group about a closed day centre, so a week
/// expects 3 / 26 ≈ 0.12; this week 14 comments are near it, P(X ≥ 14 | 0.5) is about 4e-16: a new topic, labelled with
/// the words most over-represented in the group against the baseline ("day centre, closed"). Quadratic in the week's
/// comments (a council's week is a few hundred to a few thousand) and linear in the baseline per group judged.
/// </remarks>
public static class NewTopics
{
    public static IReadOnlyList<NewTopic> Find(IReadOnlyList<TopicItem> week, IReadOnlyList<TopicItem> baseline, int baselineWeeks,
        IReadOnlySet<int> flaggedThemes, NewTopicOptions o)
    {
        if (week.Count < o.MinimumCount || baselineWeeks < o.MinimumBaselineWeeks) return [];
        // Sentence embeddings share one strong common direction (any two comments about care score about 0.8); taking
        // the corpus's mean away spreads them out, so closeness says "same subject" rather than "also about care".
        var mean = Mean(week.Concat(baseline).Select(i => Unit(i.Vector))).Select(x => x / (week.Count + baseline.Count)).ToArray();
        var vectors = week.Select(w => Centred(w.Vector, mean)).ToArray();
        var threshold = (float)o.Similarity;
        var centreThreshold = (float)o.CentreSimilarity;
        var neighbours = new List<int>[week.Count];
        for (var i = 0; i < week.Count; i++) neighbours[i] = [i];
        for (var i = 0; i < week.Count; i++)
        {
            for (var j = i + 1; j < week.Count; j++)
            {
                if (Dot(vectors[i], vectors[j]) < threshold) continue;
                neighbours[i].Add(j);
                neighbours[j].Add(i);
            }
        }

        var assigned = new bool[week.Count];
        var baselineVectors = baseline.Select(b => Centred(b.Vector, mean)).ToArray();
        Dictionary<string, int>? backgroundPhrases = null;
        var topics = new List<NewTopic>();
        while (topics.Count < o.MaxTopics)
        {
            var seed = -1;
            var best = 0;
            for (var i = 0; i < week.Count; i++)
            {
                if (assigned[i]) continue;
                var free = neighbours[i].Count(n => !assigned[n]);
                if (free > best) (seed, best) = (i, free);
            }
            if (seed < 0 || best < o.MinimumCount) break;
            var members = neighbours[seed].Where(n => !assigned[n]).ToList();
            foreach (var m in members) assigned[m] = true;

            // The group is then what lies near its centre, this week and in the baseline alike.
            var centre = Unit(Mean(members.Select(m => vectors[m])));
            var near = Enumerable.Range(0, week.Count).Where(i => Dot(vectors[i], centre) >= centreThreshold).ToList();
            foreach (var m in near) assigned[m] = true;
            var count = near.Count;
            var inBaseline = baselineVectors.Count(v => Dot(v, centre) >= centreThreshold);
            var expected = (double)inBaseline / baselineWeeks;
            var p = PoissonUpperTail(count, Math.Max(expected, 0.5));
            if (count < o.MinimumCount || count < o.MinimumRatio * expected || p >= o.Alpha) continue;
            var items = near.Select(i => week[i]).ToList();
            if (items.Select(i => i.DocumentId).Distinct().Count() < 2) continue;
            if (flaggedThemes.Any(t => items.Count(i => i.ThemeIds.Contains(t)) >= o.ExplainedShare * items.Count)) continue;

            backgroundPhrases ??= Background(baseline);
            var central = near.OrderByDescending(m => Dot(vectors[m], centre)).ThenBy(m => week[m].Id).First();
            var quotes = QuotePicker.PickByMeaning(items.Select(Candidate).ToList(), items.ToDictionary(i => i.Id, i => i.Vector)).Take(o.Quotes).ToList();
            var places = items.GroupBy(i => i.LocalityName ?? "Not known").Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
            topics.Add(new NewTopic(week[central].Id, Label(items, backgroundPhrases, baseline.Count), count, expected, p, places,
                items.Select(i => i.Id).Order().ToList(), quotes));
        }
        return topics;
    }

    /// <summary>
    /// Up to three words or phrases most over-represented in the group against the baseline (Dunning's G², as new
    /// phrases are judged), each in at least a quarter of the group, none inside another: "day centre, closed, lunch".
    /// </summary>
    public static string Label(IReadOnlyList<TopicItem> items, IReadOnlyDictionary<string, int> background, int backgroundCount)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var phrase in Phrases.Of(item.RedactedText)) counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
        }
        double n1 = items.Count, n2 = Math.Max(backgroundCount, 1);
        var scored = counts.Where(kv => kv.Value >= Math.Max(2, 0.25 * n1))
            .Select(kv =>
            {
                var c = background.GetValueOrDefault(kv.Key);
                var over = kv.Value / n1 > c / n2;
                return (Phrase: kv.Key, Score: over ? PhraseDetector.LogLikelihood(kv.Value, n1 - kv.Value, c, n2 - c) : 0, kv.Value);
            })
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Phrase.Length).ThenBy(x => x.Phrase, StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var (phrase, _, _) in scored)
        {
            if (kept.Count == 3) break;
            if (kept.Any(k => Overlaps(k, phrase))) continue;
            kept.Add(phrase);
        }
        return kept.Count == 0 ? "Unnamed topic" : string.Join(", ", kept);
    }

    /// <summary>In how many baseline comments each phrase appears.</summary>
    public static Dictionary<string, int> Background(IReadOnlyList<TopicItem> baseline)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in baseline)
        {
            foreach (var phrase in Phrases.Of(item.RedactedText)) counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
        }
        return counts;
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(λ), summed from k upwards (no cancellation when it is tiny).</summary>
    public static double PoissonUpperTail(int k, double lambda)
    {
        if (k <= 0) return 1;
        var logTerm = -lambda + k * Math.Log(lambda);
        for (var i = 2; i <= k; i++) logTerm -= Math.Log(i);
        var term = Math.Exp(logTerm);
        var sum = 0.0;
        for (var i = k; i < k + 1000 && term > sum * 1e-17; i++)
        {
            sum += term;
            term *= lambda / (i + 1);
        }
        return Math.Min(1, sum);
    }

    private static bool Overlaps(string a, string b)
    {
        var wa = a.Split(' ');
        var wb = b.Split(' ');
        return wa.Any(w => wb.Contains(w));
    }

    private static QuoteCandidate Candidate(TopicItem i) => new()
    {
        Id = i.Id, Reference = i.Reference, DocumentId = i.DocumentId, Channel = i.Channel, LocalityName = i.LocalityName,
        OccurredOn = i.OccurredOn, RedactedText = i.RedactedText,
    };

    private static float[] Mean(IEnumerable<float[]> vectors)
    {
        float[]? sum = null;
        foreach (var v in vectors)
        {
            sum ??= new float[v.Length];
            for (var k = 0; k < v.Length; k++) sum[k] += v[k];
        }
        return sum ?? [];
    }

    private static float[] Centred(float[] v, float[] mean)
    {
        var unit = Unit(v);
        return Unit(unit.Select((x, k) => x - mean[k]).ToArray());
    }

    private static float[] Unit(float[] v)
    {
        var norm = TensorPrimitives.Norm(v);
        if (norm == 0) return v;
        var unit = new float[v.Length];
        TensorPrimitives.Divide(v, norm, unit);
        return unit;
    }

    private static float Dot(float[] a, float[] b) => TensorPrimitives.Dot(a, b);
}
