using VoiceHub.Analysis.Embeddings;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// At start, before the search index and the vectors are loaded (it is registered before them, and hosted services start
/// in order), builds the sentence models' ready files into <c>{DataDirectory}/models</c> when they are missing: the
/// search model, and on a node that runs jobs the tuned one. A build holds the 90 MB graph several times over for a few
/// seconds; done here it passes while the node is small, where in the first embedding run it came on top of a million
/// items' vectors (bench/README.md, "Memory while it embeds": 1,715 MB). A start with the files in place only checks them.
/// </summary>
public sealed class ReadyModels(SentenceEmbedder search, ClassificationEmbedder classification, IConfiguration configuration, ILogger<ReadyModels> log)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        search.PrepareModelFile();
        if (!NodeRoles.From(configuration).Jobs) return Task.CompletedTask;
        try
        {
            classification.PrepareModelFile();
        }
        catch (InvalidDataException e)
        {
            // The classification embedding job reports a missing or wrong patch in words when it runs; the node still starts.
            log.LogWarning("The tuned encoder's model could not be prepared: {Reason}", e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
