-- Each node's vector index follows new and replaced embeddings by the time they were stored.
CREATE INDEX item_embeddings_embedded_at ON item_embeddings (embedded_at);
