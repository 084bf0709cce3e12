using VoiceHub.Analysis.Embeddings;
using VoiceHub.Search;
using VoiceHub.Search.Meaning;

namespace VoiceHub.Web.Pages.Search;

/// <summary>
/// Composes search by meaning: Search embeds queries through its own <see cref="IQueryEmbedder"/>, given here the
/// node's sentence embedder, the same loaded model the embedding job uses: a query runs beside the job's texts, not
/// behind them (<see cref="SentenceEmbedder"/>'s calls overlap), and the node holds one copy of the model, not two
/// (bench/README.md, "Memory while it embeds").
/// </summary>
public static class QueryEmbedding
{
    public static IServiceCollection AddQueryEmbedding(this IServiceCollection services)
    {
        services.AddMeaningSearch(sp =>
        {
            var model = sp.GetRequiredService<SentenceEmbedder>();
            return new QueryEmbedder(model.ModelId, q => model.Embed([QueryEmbedder.ArcticQueryPrefix + q])[0]);
        });
        return services;
    }
}
