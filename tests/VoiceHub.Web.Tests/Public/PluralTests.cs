using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Tests.Public;

public sealed class PluralTests
{
    [Theory]
    [InlineData(0, "There are 0 projects.")]
    [InlineData(1, "There is 1 project.")]
    [InlineData(2, "There are 2 projects.")]
    [InlineData(1200, "There are 1,200 projects.")]
    public void Count_EachNumber_AgreesWithItsNoun(int n, string expected) =>
        Assert.Equal(expected, $"There {Plural.Is(n)} {Plural.Count(n, "project", "projects")}.");
}
