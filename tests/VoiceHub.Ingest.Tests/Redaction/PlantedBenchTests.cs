using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// The planted bench (<c>voicehub bench redaction</c>, its files linked here) at a small size, asserting issue 14's
/// aims, so a change that makes the redactor worse fails here first.
/// </summary>
public sealed class PlantedBenchTests
{
    private static readonly Lazy<PlantedSources> Sources = new(() => PlantedSources.Load(TestPaths.Seeds));

    [Fact]
    public void Run_TuningSet_MeetsTheAims()
    {
        var s = Sources.Value;

        var f = RedactionBench.Run(s.Comments, s.FirstNames, s.Surnames, s.NotNames, 400, 3, unseen: false);

        Assert.True(f.NameRecall >= 0.98, $"names recall {f.NameRecall:0.000}");
        Assert.True(f.IdentifierRecall >= 0.995, $"identifiers recall {f.IdentifierRecall:0.000}");
        Assert.True(f.Precision >= 0.95, $"precision {f.Precision:0.000}");
        Assert.True(f.PlainChangedShare <= 0.005, $"plain comments changed {f.PlainChangedShare:P2}");
        Assert.Equal(0, f.LookAlikesTouched);
        // The aim, 5,000 a second on one core, is measured by the bench in Release; a Debug build sharing its cores with
        // the other tests is held only to a fifth of that, which still fails a change that makes the redactor ten times slower.
        Assert.True(f.ItemsPerSecond >= 1_000, $"{f.ItemsPerSecond:N0} items/s");
    }

    [Fact]
    public void Run_UnseenSet_HoldsItsMeasuredLevel()
    {
        var s = Sources.Value;

        var f = RedactionBench.Run(s.Comments, s.FirstNames, s.Surnames, s.NotNames, 400, 4, unseen: true, timedSeconds: 0);

        // Names here include names no list holds, found by cues alone; measured at about 0.91 (bench/README.md).
        Assert.True(f.NameRecall >= 0.85, $"names recall {f.NameRecall:0.000}");
        Assert.True(f.IdentifierRecall >= 0.99, $"identifiers recall {f.IdentifierRecall:0.000}");
        Assert.True(f.Precision >= 0.95, $"precision {f.Precision:0.000}");
    }
}
