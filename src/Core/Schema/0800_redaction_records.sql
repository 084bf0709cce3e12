-- The redaction record: what kinds of personal detail were removed from an item, and how many (never the removed
-- text), e.g. {"counts": {"[name]": 2, "[phone]": 1}, "uncertain": 1}. Items stored before this have none until the
-- re-redaction job has run over them.
ALTER TABLE items ADD COLUMN redactions jsonb;

-- "You said" and "we will" lines drafted from Listening Space notes came from people: the lines as written are kept
-- beside the redacted ones (for the raw-text permission and for re-redaction), with their own record. Staff who edit
-- a line replace it, and the line as written is then dropped.
ALTER TABLE actions ADD COLUMN you_said_raw text;
ALTER TABLE actions ADD COLUMN we_will_raw text;
ALTER TABLE actions ADD COLUMN redactions jsonb;

-- Each pass of the re-redaction job: which redactor ran, why, over what, and what it changed. The cursors let a
-- retried run go on where it stopped.
CREATE TABLE redaction_runs (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    redactor_version  integer NOT NULL,
    trigger           text NOT NULL CHECK (trigger IN ('new-version', 'admin')),
    requested_by      bigint REFERENCES users (id),
    requested_at      timestamptz NOT NULL DEFAULT now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    last_item_id      bigint NOT NULL DEFAULT 0,
    last_action_id    bigint NOT NULL DEFAULT 0,
    items_checked     integer NOT NULL DEFAULT 0,
    items_changed     integer NOT NULL DEFAULT 0,
    drafts_checked    integer NOT NULL DEFAULT 0,
    drafts_changed    integer NOT NULL DEFAULT 0
);
CREATE INDEX redaction_runs_requested_idx ON redaction_runs (requested_at DESC);
