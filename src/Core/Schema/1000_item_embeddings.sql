-- One sentence embedding per item, from its redacted text, with the model that made it. An item whose row here is
-- missing, or was made by another model, is embedded again by the embedding job.
CREATE TABLE item_embeddings (
    item_id     bigint PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    model       text NOT NULL,
    vector      real[] NOT NULL,
    embedded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_embeddings_model ON item_embeddings (model);
