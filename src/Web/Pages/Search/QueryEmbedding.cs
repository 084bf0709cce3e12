using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Search;
using VoiceHub.Search.Meaning;

namespace VoiceHub.Web.Pages.Search;

/// <summary>
/// Composes search by meaning: Search embeds queries through its own <see cref="IQueryEmbedder"/>, given here the
/// sentence embedder's model. Queries get a model instance of their own on one thread, so a search never waits behind
/// the embedding job's batches (the embedder runs one call at a time); it costs one more copy of the small model.
/// </summary>
public static class QueryEmbedding
{
    public static IServiceCollection AddQueryEmbedding(this IServiceCollection services)
    {
        services.AddMeaningSearch(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            var model = new SentenceEmbedder(Options.Create(new EmbeddingOptions { Precision = configured.Precision, Threads = 1, BatchSize = 1 }));
            return new QueryEmbedder(model.ModelId, q => model.Embed([QueryEmbedder.ArcticQueryPrefix + q])[0]);
        });
        return services;
    }
}
