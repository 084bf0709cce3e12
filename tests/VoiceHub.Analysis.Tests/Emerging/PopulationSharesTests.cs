using VoiceHub.Analysis.Digest;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Emerging;

public sealed class PopulationSharesTests
{
    [Fact]
    public void SeedFile_LoadsAndPlacesSurveyAnswers()
    {
        var shares = PopulationShares.Load(TestPaths.Seeds);
        Assert.Equal(["ageBand", "carer", "disability", "ethnicity", "sex"], shares.Select(s => s.Dimension).Distinct().Order());
        Assert.Equal("80 and over", PopulationShares.Place("80+", shares.Where(s => s.Dimension == "ageBand"))!.Group);
        Assert.Equal("25-49", PopulationShares.Place("25-49", shares.Where(s => s.Dimension == "ageBand"))!.Group);
        Assert.Equal("Unpaid carer", PopulationShares.Place("Yes", shares.Where(s => s.Dimension == "carer"))!.Group);
        Assert.Equal("White", PopulationShares.Place("White British", shares.Where(s => s.Dimension == "ethnicity"))!.Group);
        Assert.Equal("Not disabled", PopulationShares.Place("Not disabled", shares.Where(s => s.Dimension == "disability"))!.Group);
        Assert.Null(PopulationShares.Place("Prefer not to say", shares.Where(s => s.Dimension == "carer")));
    }

    [Fact]
    public void BadShare_NamesTheFileAndRow()
    {
        var seeds = TestPaths.TempDirectory("voicehub-shares");
        Directory.CreateDirectory(Path.Combine(seeds, "council"));
        File.WriteAllText(Path.Combine(seeds, "council", PopulationShares.FileName), "dimension,group,share,matches,note\ncarer,Carer,0.1,yes,\ncarer,Not,1.5,no,\n");
        var e = Assert.Throws<FormatException>(() => PopulationShares.Load(seeds));
        Assert.Contains("population-shares.csv, row 3", e.Message);
        Assert.Contains("\"1.5\"", e.Message);
    }
}
