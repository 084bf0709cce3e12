-- VoiceHub first schema. Never edit a script once merged: add the next number.

CREATE TABLE localities (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    population  integer CHECK (population IS NULL OR population >= 0),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE themes (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    category    text NOT NULL,
    description text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text NOT NULL,
    display_name    text NOT NULL,
    password_hash   text,
    role            text NOT NULL CHECK (role IN ('Admin', 'Staff', 'OurVoice')),
    raw_text        boolean NOT NULL DEFAULT false,
    failed_sign_ins integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    disabled        boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_sign_in_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE documents (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel            text NOT NULL CHECK (channel IN ('survey', 'listening-space', 'talking-shop', 'vcs-report', 'online-form', 'api')),
    file_name          text NOT NULL,
    content_type       text NOT NULL,
    sha256             text NOT NULL UNIQUE,
    bytes              bytea NOT NULL,
    size_bytes         bigint NOT NULL,
    status             text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'ingesting', 'ingested', 'failed')),
    error              text,
    items_added        integer NOT NULL DEFAULT 0,
    duplicates_skipped integer NOT NULL DEFAULT 0,
    rows_skipped       integer NOT NULL DEFAULT 0,
    warnings           jsonb NOT NULL DEFAULT '[]',
    metadata           jsonb NOT NULL DEFAULT '{}',
    uploaded_by        bigint REFERENCES users (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    ingested_at        timestamptz
);
CREATE INDEX documents_status_idx ON documents (status, created_at);

-- Every change to items takes the next value: the Lucene index follows items by it.
CREATE SEQUENCE item_change_seq;

CREATE TABLE items (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id    bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    channel        text NOT NULL,
    locality_id    integer REFERENCES localities (id),
    locality_rule  text,
    occurred_on    date,
    received_at    timestamptz NOT NULL DEFAULT now(),
    raw_text       text NOT NULL,
    redacted_text  text NOT NULL,
    context        text,
    metadata       jsonb NOT NULL DEFAULT '{}',
    reference      text NOT NULL UNIQUE,
    fingerprint    bytea NOT NULL UNIQUE,
    row_no         integer,
    change_seq     bigint NOT NULL DEFAULT nextval('item_change_seq')
);
CREATE INDEX items_document_idx ON items (document_id);
CREATE INDEX items_change_seq_idx ON items (change_seq);
CREATE INDEX items_occurred_on_idx ON items (occurred_on);

CREATE TABLE item_tombstones (
    item_id    bigint NOT NULL,
    change_seq bigint NOT NULL DEFAULT nextval('item_change_seq'),
    deleted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_tombstones_change_seq_idx ON item_tombstones (change_seq);

-- Writers of items are serialised from their first statement until commit, so change_seq values become visible in
-- order: a follower that has seen change_seq N can never later meet a committed row below N. Without this, two
-- concurrent ingests could commit out of sequence order and the index would skip rows.
CREATE FUNCTION items_serialise_writers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7243001);
    RETURN NULL;
END $$;

CREATE TRIGGER items_serialise_writers BEFORE INSERT OR UPDATE OR DELETE ON items
    FOR EACH STATEMENT EXECUTE FUNCTION items_serialise_writers();

CREATE FUNCTION items_bump_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_seq := nextval('item_change_seq');
    RETURN NEW;
END $$;

CREATE TRIGGER items_bump_change_seq BEFORE UPDATE ON items
    FOR EACH ROW EXECUTE FUNCTION items_bump_change_seq();

CREATE FUNCTION items_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO item_tombstones (item_id) VALUES (OLD.id);
    RETURN OLD;
END $$;

CREATE TRIGGER items_tombstone AFTER DELETE ON items
    FOR EACH ROW EXECUTE FUNCTION items_tombstone();

CREATE TABLE item_themes (
    item_id       bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    theme_id      integer NOT NULL REFERENCES themes (id),
    score         real,
    source        text NOT NULL CHECK (source IN ('model', 'staff')),
    model_version text,
    created_by    bigint REFERENCES users (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, theme_id)
);
CREATE INDEX item_themes_theme_idx ON item_themes (theme_id);

-- Append-only: the database itself refuses to change or remove a row.
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    user_id    bigint,
    actor      text NOT NULL,
    action     text NOT NULL,
    target     text,
    details    jsonb NOT NULL DEFAULT '{}',
    ip         text
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- ASP.NET Core data-protection keys, shared by every node so a cookie issued by one is read by all, and kept across restarts.
CREATE TABLE data_protection_keys (
    name       text PRIMARY KEY,
    xml        text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
