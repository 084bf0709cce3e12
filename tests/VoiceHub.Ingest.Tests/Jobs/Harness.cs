using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Sandbox;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Jobs;

/// <summary>The real ingest job over a test database, wired as the app wires it.</summary>
internal static class Harness
{
    public static IngestDocumentJob Job(TestDatabase db, IngestLimits? limits = null, ILogger<IngestDocumentJob>? log = null) => new(
        db.DataSource, db.Documents, db.Localities, Sandbox(db, limits),
        Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), log ?? NullLogger<IngestDocumentJob>.Instance);

    /// <summary>The real parsing process: this test program started again (see ParseSandboxEntryPoint).</summary>
    public static ParseSandbox Sandbox(TestDatabase db, IngestLimits? limits = null) =>
        new(ParseSandboxOptions.ThisHost(), Options.Create(limits ?? new IngestLimits()), new SurveyMappingStore(db.DataSource));

    public static async Task<long> SaveAsync(TestDatabase db, string channel, string name, byte[] bytes, string metadata = "{}") =>
        (await db.Documents.SaveAsync(channel, name, ContentTypes.For(name), bytes, metadata, null, CancellationToken.None)).Id;
}
