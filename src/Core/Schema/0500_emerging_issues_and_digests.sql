-- Emerging issues, the weekly digest and its subscribers.

-- An item's week is that of the day it was said, else the day it was received in Europe/London. Weekly counts group by
-- it over a range of weeks; this index finds the range and carries the columns the counts split by.
CREATE INDEX items_said_on_idx ON items ((coalesce(occurred_on, (received_at AT TIME ZONE 'Europe/London')::date)))
    INCLUDE (channel, locality_id);

-- One flag per series and week: a theme (optionally in one locality), a channel or a service area whose count that
-- ISO week rose above what its recent past predicts. The id is stable ("2026-W47.theme-12.locality-3"): projects and
-- actions link to it (project_issues, action_issues). A rebuilt digest refreshes the figures and keeps the triage.
CREATE TABLE emerging_flags (
    id              text PRIMARY KEY,
    week            text NOT NULL,
    week_start      date NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('theme', 'theme-locality', 'channel', 'service-area')),
    theme_id        integer REFERENCES themes (id),
    locality_id     integer REFERENCES localities (id),
    channel         text,
    service_area_id integer REFERENCES service_areas (id),
    count           integer NOT NULL,
    expected        double precision NOT NULL,
    upper_bound     double precision NOT NULL,
    score           double precision NOT NULL,
    sentence        text NOT NULL,
    -- What staff need to judge it: the weekly counts behind the sparkline, localities, quotes (item ids only, so an
    -- erased item leaves the evidence with it), the search that shows them all.
    evidence        jsonb NOT NULL DEFAULT '{}',
    status          text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'watching', 'linked', 'dismissed')),
    dismiss_reason  text,
    status_by       bigint REFERENCES users (id),
    status_at       timestamptz,
    detected_at     timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'dismissed' OR coalesce(dismiss_reason, '') <> '')
);
CREATE INDEX emerging_flags_week_idx ON emerging_flags (week_start, score DESC);
CREATE INDEX emerging_flags_status_idx ON emerging_flags (status, week_start DESC);

-- A digest is an immutable snapshot of one ISO week as built: its content (JSON) and when. A rebuild of the same week
-- is a new version; no version is ever changed or removed.
CREATE TABLE digests (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    week        text NOT NULL,
    week_start  date NOT NULL,
    version     integer NOT NULL CHECK (version >= 1),
    built_at    timestamptz NOT NULL DEFAULT now(),
    built_by    text NOT NULL,
    build_ms    integer NOT NULL,
    content     jsonb NOT NULL,
    UNIQUE (week, version)
);
CREATE INDEX digests_week_start_idx ON digests (week_start DESC, version DESC);

CREATE FUNCTION digests_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'digests are immutable snapshots: % refused (build a new version instead)', TG_OP;
END $$;

CREATE TRIGGER digests_immutable BEFORE UPDATE OR DELETE ON digests
    FOR EACH ROW EXECUTE FUNCTION digests_immutable();

-- Staff who asked for the digest by email.
CREATE TABLE digest_subscriptions (
    user_id       bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    subscribed_at timestamptz NOT NULL DEFAULT now()
);

-- One email per digest version and subscriber, ever: the key is what makes a retried job send once.
CREATE TABLE digest_emails (
    digest_id bigint NOT NULL REFERENCES digests (id),
    user_id   bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status    text NOT NULL CHECK (status IN ('sent', 'skipped', 'failed')),
    channel   text,
    error     text,
    at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (digest_id, user_id)
);
