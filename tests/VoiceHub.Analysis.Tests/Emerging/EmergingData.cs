using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>Feedback written straight into a test database, week by week, and detection and the digest builder over it.</summary>
public sealed class EmergingData(TestDatabase db)
{
    private readonly TestItems _items = new(db.DataSource, fileName: "weeks.csv");

    public TestDatabase Db => db;

    public EmergingDetection Detection(EmergingOptions? options = null) => new(new WeeklyCountStore(db.DataSource), db.Themes, db.Localities, db.ServiceAreas,
        Options.Create(options ?? new EmergingOptions()), Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<EmergingDetection>.Instance);

    public DigestBuilder Builder() => new(Detection(), new WeeklyCountStore(db.DataSource), new EmergingFlagStore(db.DataSource),
        new DigestStore(db.DataSource), new CoverageReporter(new CoverageStore(db.DataSource), Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds })),
        db.Localities, TimeProvider.System, NullLogger<DigestBuilder>.Instance, new WeekReadinessStore(db.DataSource));

    public static Task<SavedSearchCounts> NoSavedSearches(CancellationToken _) => Task.FromResult(new SavedSearchCounts([], null));

    public async Task<int> ThemeIdAsync(string name) => (await db.Themes.ListAsync(CancellationToken.None)).Single(t => t.Name == name).Id;

    public async Task<int> LocalityIdAsync(string name) =>
        (await db.Localities.ListAsync(CancellationToken.None)).Single(l => l.Name == name).Id;

    /// <summary>Adds <paramref name="count"/> items said on <paramref name="on"/> (or, when null, received at <paramref name="receivedAt"/>).</summary>
    /// <returns>The new items' ids.</returns>
    public Task<long[]> AddAsync(int count, DateOnly? on, string? locality, string? theme, string channel = "survey", string text = "The service was fine.",
        DateTimeOffset? receivedAt = null, int documents = 1, string? serviceArea = null, int? sentiment = null) =>
        _items.AddAsync(count, on, locality, theme, text, receivedAt, serviceArea, sentiment, channel: channel, documents: documents);
}
