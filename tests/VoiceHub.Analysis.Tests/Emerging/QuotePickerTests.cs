using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>
/// Quotes by meaning, with hand-made vectors (the real embedder is another branch's): one axis stands for "day-centre
/// transport", another for "staff praise", so which comment is typical of the burst is known by construction.
/// </summary>
public sealed class QuotePickerTests
{
    private static QuoteCandidate Candidate(long id, string text, long document, string channel = "survey") =>
        new() { Id = id, Reference = $"REF{id}", DocumentId = document, Channel = channel, RedactedText = text };

    // The classifier's order: the off-topic comment it scored highest comes first, as in the issue.
    private static readonly QuoteCandidate[] Candidates =
    [
        Candidate(1, "Lovely lass. Wish I could remember her name.", 1),
        Candidate(2, "The minibus to the day centre was cancelled again this week.", 2),
        Candidate(3, "The minibus to the day centre was cancelled again this week!", 3),
        Candidate(4, "No transport to the day centre on Tuesday, nobody rang us.", 4),
        Candidate(5, "Mum missed the day centre because the bus never came.", 5),
        Candidate(6, "Transport cancelled twice, she sat waiting in her coat.", 6),
        Candidate(7, "Bus to the centre was late and then cancelled altogether.", 7),
        Candidate(8, "Driver did not turn up for the day centre run again.", 8),
    ];

    // Axis 0 is "day-centre transport", axis 1 "staff praise", and each comment has an axis of its own (what else it
    // says), so two comments on the burst are about as close (cosine 0.64) as real sentence embeddings of one topic.
    private static readonly Dictionary<long, float[]> Vectors = new()
    {
        [1] = Vector(0.05f, 1, 0.2f),
        [2] = Vector(0.8f, 2, 0.6f),
        [3] = Vector(0.8f, 2, 0.6f),      // the same words as 2 with another full stop: a near-duplicate
        [4] = Vector(0.8f, 4, 0.6f),
        [5] = Vector(0.8f, 5, 0.6f),
        [6] = Vector(0.8f, 6, 0.6f),
        [7] = Vector(0.45f, 7, 0.9f),     // mostly about something else
        [8] = Vector(0.8f, 8, 0.6f),
    };

    private static float[] Vector(float topic, int own, float weight)
    {
        var v = new float[9];
        v[0] = topic;
        v[own] = weight;
        return v;
    }

    [Fact]
    public void ByMeaning_QuotesTheBurst_NotTheOffTopicComment_AndDropsNearDuplicates()
    {
        var picked = QuotePicker.PickByMeaning(Candidates, Vectors).Select(c => c.Id).ToList();

        Assert.Equal(QuotePicker.Most, picked.Count);
        Assert.DoesNotContain(1L, picked);
        Assert.False(picked.Contains(2) && picked.Contains(3), "near-duplicates are quoted once");
        // The most typical comments (closest to the centroid) are quoted; the one mostly about something else is not.
        Assert.DoesNotContain(7L, picked);
    }

    [Fact]
    public void WithoutEmbeddings_FallsBackToTheClassifiersOrder()
    {
        Assert.Contains(1L, QuotePicker.PickByMeaning(Candidates, new Dictionary<long, float[]>()).Select(c => c.Id));
        // Fewer than half embedded: the centroid would describe a few only, so the classifier's order stands.
        var few = Vectors.Where(kv => kv.Key is 2 or 4).ToDictionary();
        Assert.Equal(QuotePicker.Pick(Candidates).Select(c => c.Id), QuotePicker.PickByMeaning(Candidates, few).Select(c => c.Id));
    }
}
