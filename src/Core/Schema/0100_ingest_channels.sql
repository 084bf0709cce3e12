-- Ingest of every channel: documents that wait for staff (a survey's column mapping, a Listening Space's missing
-- header fields), remembered survey mappings, draft "You said, we will" actions, API keys, and the contact details
-- people leave on the online form (kept apart from items: never indexed, never in raw_text).

ALTER TABLE documents DROP CONSTRAINT documents_status_check;
ALTER TABLE documents ADD CONSTRAINT documents_status_check
    CHECK (status IN ('received', 'ingesting', 'ingested', 'failed', 'needs-mapping', 'needs-review'));

-- A survey's column roles, remembered by the signature of its header row so the next export of the same survey is
-- read the same way without asking.
CREATE TABLE survey_mappings (
    signature  text PRIMARY KEY,
    headers    jsonb NOT NULL,
    roles      jsonb NOT NULL,
    updated_by bigint REFERENCES users (id),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- "You said, we will" lines from Listening Space notes, waiting for the projects work to turn them into actions.
CREATE TABLE draft_actions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    you_said    text NOT NULL,
    we_will     text NOT NULL,
    status      text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'converted', 'dismissed')),
    -- The same line from the same session, uploaded again as an edited file, is one draft action.
    fingerprint bytea NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX draft_actions_document_idx ON draft_actions (document_id);

CREATE TABLE draft_action_items (
    draft_action_id bigint NOT NULL REFERENCES draft_actions (id) ON DELETE CASCADE,
    item_id         bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    PRIMARY KEY (draft_action_id, item_id)
);
CREATE INDEX draft_action_items_item_idx ON draft_action_items (item_id);

-- Keys for other systems posting to /api/feedback. Only a SHA-256 of the key is kept; the key is shown once.
CREATE TABLE api_keys (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL,
    prefix       text NOT NULL,
    key_hash     bytea NOT NULL UNIQUE,
    created_by   bigint REFERENCES users (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    revoked_by   bigint REFERENCES users (id),
    last_used_at timestamptz
);

-- Contact details left with online feedback by people who agreed to be contacted. Personal data: read only by staff
-- with the raw-text permission, removed with the document.
CREATE TABLE feedback_contacts (
    document_id bigint PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    email       text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
