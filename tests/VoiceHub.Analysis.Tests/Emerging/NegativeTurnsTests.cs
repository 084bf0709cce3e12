using VoiceHub.Analysis.Emerging;

namespace VoiceHub.Analysis.Tests.Emerging;

public sealed class NegativeTurnsTests
{
    private static NegativeTurn Turn(string? theme, string? locality, int negative, int total, double baseline) =>
        new(theme, locality, new NegativeTurns.Turn(negative, total, negative / (double)total, baseline, 4, true), $"{theme ?? locality} turned.");

    [Fact]
    public void Merge_KeepsALocalitysTurnApart_WhenItIsMostlyOtherComments()
    {
        var transport = Turn("Transport", null, 14, 20, 0.25);
        var tilbury = Turn(null, "Tilbury", 15, 30, 0.2);
        var grays = Turn(null, "Grays", 12, 20, 0.2);
        var items = new Dictionary<NegativeTurn, HashSet<long>>
        {
            [transport] = Enumerable.Range(1, 14).Select(i => (long)i).ToHashSet(),
            // 13 of Transport's 14 negatives, and most of Tilbury's excess of 9.
            [tilbury] = Enumerable.Range(2, 15).Select(i => (long)i).ToHashSet(),
            // 3 in common: Grays turned for its own reasons.
            [grays] = Enumerable.Range(12, 12).Select(i => (long)i + (i > 14 ? 100 : 0)).ToHashSet(),
        };

        var merged = NegativeTurns.Merge([transport, tilbury, grays], t => items[t]);

        Assert.Equal(2, merged.Count);
        Assert.Equal("Transport turned. Most were from Tilbury, where negative comments rose to 50% from about 20%.", merged[0].Sentence);
        Assert.Same(grays, merged[1]);
    }
}
