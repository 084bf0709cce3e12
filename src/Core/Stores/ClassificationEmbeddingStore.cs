using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Items' classification embeddings (<c>item_class_embeddings</c>): the tuned encoder's vectors that the theme and
/// sentiment models read. Read a batch at a time by id, never in bulk: no node holds them in memory.
/// </summary>
public sealed class ClassificationEmbeddingStore(NpgsqlDataSource db) : EmbeddingStore(db)
{
    protected override string Table => "item_class_embeddings";
}
