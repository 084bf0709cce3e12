using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class StratifiedSplitTests
{
    [Fact]
    public void Split_SeedData_HoldsOutAboutThirtyPercentOfEveryCommonLabel()
    {
        var (kept, heldOut) = StratifiedSplit.Split(SeedData.Rows, 0.3, 42);

        Assert.Equal(SeedData.Rows.Count, kept.Count + heldOut.Count);
        Assert.Empty(kept.Select(r => r.Id).Intersect(heldOut.Select(r => r.Id)));
        foreach (var label in new[] { "Timeliness of care", "Transport to/ from services", "Staff manner & personal attributes" })
        {
            var share = (double)heldOut.Count(r => r.Labels.Contains(label)) / SeedData.Rows.Count(r => r.Labels.Contains(label));
            Assert.InRange(share, 0.25, 0.35);
        }
    }

    [Fact]
    public void Split_SameSeed_SameRows_DifferentSeed_DifferentRows()
    {
        var a = StratifiedSplit.Split(SeedData.Rows, 0.3, 42).HeldOut.Select(r => r.Id).ToList();
        var b = StratifiedSplit.Split(SeedData.Rows, 0.3, 42).HeldOut.Select(r => r.Id).ToList();
        var c = StratifiedSplit.Split(SeedData.Rows, 0.3, 43).HeldOut.Select(r => r.Id).ToList();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
