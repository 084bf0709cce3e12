using VoiceHub.Core.Reporting;

namespace VoiceHub.Core.Tests.Reporting;

public sealed class IsoWeekTests
{
    [Fact]
    public void Week53_ExistsIn2026AndRunsIntoJanuary2027()
    {
        var w = IsoWeek.Parse("2026-W53");
        Assert.Equal(new DateOnly(2026, 12, 28), w.Monday);
        Assert.Equal(new DateOnly(2027, 1, 3), w.Sunday);
        Assert.Equal(w, IsoWeek.Of(new DateOnly(2027, 1, 1)));           // a Friday in January belongs to 2026's week 53
        Assert.Equal(new IsoWeek(2027, 1), w.AddWeeks(1));
        Assert.Equal(w, new IsoWeek(2027, 1).AddWeeks(-1));
        Assert.Equal("28 December 2026 to 3 January 2027", w.Range());
        Assert.False(IsoWeek.TryParse("2025-W53", out _));                 // 2025 has 52 weeks
        Assert.Equal(new IsoWeek(2026, 1), IsoWeek.Of(new DateOnly(2025, 12, 29))); // and December can be next year's week 1
    }

    [Fact]
    public void MondayDigest_CoversTheWeekJustEnded_InLondonTime()
    {
        // Monday 07:00 in winter (GMT) and in summer (BST, 06:00 UTC).
        Assert.Equal(IsoWeek.Parse("2026-W47"), IsoWeek.PreviousOf(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero)));
        Assert.Equal(IsoWeek.Parse("2026-W27"), IsoWeek.PreviousOf(new DateTimeOffset(2026, 7, 6, 6, 0, 0, TimeSpan.Zero)));
        // The Monday after week 53.
        Assert.Equal(IsoWeek.Parse("2026-W53"), IsoWeek.PreviousOf(new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void ClocksChanging_AnInstantBelongsToItsLondonDay()
    {
        // Clocks go forward on 29 March 2026: 23:30 UTC that Sunday is already 00:30 on Monday 30 March in London.
        Assert.Equal(new IsoWeek(2026, 13), IsoWeek.Of(new DateOnly(2026, 3, 29)));
        Assert.Equal(new IsoWeek(2026, 14), IsoWeek.Of(new DateTimeOffset(2026, 3, 29, 23, 30, 0, TimeSpan.Zero)));
        // Clocks go back on 25 October 2026: 23:30 UTC that Sunday is 23:30 GMT, still Sunday and week 43.
        Assert.Equal(new IsoWeek(2026, 43), IsoWeek.Of(new DateTimeOffset(2026, 10, 25, 23, 30, 0, TimeSpan.Zero)));
        // The hour repeated at 01:00–02:00 that morning is still Sunday.
        Assert.Equal(new DateOnly(2026, 10, 25), LondonTime.Day(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 10, 25), LondonTime.Day(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero)));
        // Monday 30 March 2026 began at 23:00 UTC the evening before (British Summer Time); 26 October at midnight UTC.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 23, 0, 0, TimeSpan.Zero), LondonTime.StartOf(new DateOnly(2026, 3, 30)));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), LondonTime.StartOf(new DateOnly(2026, 10, 26)));
        // A week with the clock change still has seven days and the next starts on Monday.
        Assert.Equal(new DateOnly(2026, 10, 26), new IsoWeek(2026, 43).AddWeeks(1).Monday);
    }

    [Theory]
    [InlineData("2026-W47", "2026-W47")]
    [InlineData("2026w47", "2026-W47")]
    [InlineData(" 2026-W05 ", "2026-W05")]
    [InlineData("2026-W5", "2026-W05")]
    public void Parse_AcceptsCommonSpellings(string text, string expected) => Assert.Equal(expected, IsoWeek.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("2026-47")]
    [InlineData("2026-W00")]
    [InlineData("2026-W54")]
    [InlineData("26-W47")]
    [InlineData("2026-W4x")]
    public void TryParse_RefusesWhatIsNotAWeek(string text) => Assert.False(IsoWeek.TryParse(text, out _));
}
