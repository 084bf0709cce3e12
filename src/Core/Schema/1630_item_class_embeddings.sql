-- The classification embedding: one vector per item from the tuned encoder the theme and sentiment models read, apart
-- from the search embedding (item_embeddings), so nothing that loads search vectors into a node's memory loads these.
-- An item whose row is missing, or was made by another model, is embedded again by the classification embedding job.
CREATE TABLE item_class_embeddings (
    item_id     bigint PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    model       text NOT NULL,
    vector      real[] NOT NULL,
    embedded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_class_embeddings_model ON item_class_embeddings (model);
