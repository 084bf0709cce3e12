-- New topics: groups of a week's comments, found by meaning, that grew against the 26 weeks before and that no one
-- theme's flag explains. One row per topic and week; a rebuilt digest replaces the week's untriaged topics and keeps
-- those staff turned into a theme or dismissed. Items and quotes are kept as ids, so an erased item leaves with them.
CREATE TABLE new_topics (
    id             text PRIMARY KEY,
    week           text NOT NULL,
    week_start     date NOT NULL,
    label          text NOT NULL,
    count          integer NOT NULL,
    expected       double precision NOT NULL,
    localities     jsonb NOT NULL DEFAULT '[]',
    item_ids       bigint[] NOT NULL,
    quote_ids      bigint[] NOT NULL,
    status         text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'theme', 'dismissed')),
    dismiss_reason text,
    theme_id       integer REFERENCES themes (id),
    status_by      bigint REFERENCES users (id),
    status_at      timestamptz,
    detected_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'dismissed' OR coalesce(dismiss_reason, '') <> ''),
    CHECK (status <> 'theme' OR theme_id IS NOT NULL)
);
CREATE INDEX new_topics_week_idx ON new_topics (week_start DESC, count DESC);
