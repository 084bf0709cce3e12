-- Search: saved searches, and requests to rebuild every node's Lucene index.

-- A member of staff's named query with its filters (JSON: themes, localities, channels, serviceAreas, months,
-- sentiments, from, to, sort). The digest counts each one's new matches week by week.
CREATE TABLE saved_searches (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    query      text NOT NULL DEFAULT '',
    filters    jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX saved_searches_user_name_key ON saved_searches (user_id, lower(name));

-- `voicehub reindex` while an app holds a node's index: the CLI cannot swap a folder under another process's
-- IndexWriter, so it records a request. Each node's index remembers (in its commit data) the newest request it has
-- served; a node whose index is behind rebuilds beside the live index and swaps it in.
CREATE TABLE index_rebuild_requests (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    requested_at timestamptz NOT NULL DEFAULT now(),
    requested_by text NOT NULL
);
