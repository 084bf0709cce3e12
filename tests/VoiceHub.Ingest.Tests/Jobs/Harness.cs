using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Jobs;

/// <summary>The real ingest job over a test database, wired as the app wires it.</summary>
internal static class Harness
{
    public static IngestDocumentJob Job(TestDatabase db) => new(
        db.DataSource, db.Documents, db.Localities, new DocumentParsers(new SurveyMappingStore(db.DataSource), Options.Create(new IngestLimits())),
        Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<IngestDocumentJob>.Instance);

    public static async Task<long> SaveAsync(TestDatabase db, string channel, string name, byte[] bytes, string metadata = "{}") =>
        (await db.Documents.SaveAsync(channel, name, ContentTypes.For(name), bytes, metadata, null, CancellationToken.None)).Id;
}
