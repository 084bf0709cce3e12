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

-- "You said, we will" lines from Listening Space notes become draft actions in the actions table (0400).

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

-- A contact email left on the online form, held only until the form's document is ingested: the ingest moves it to
-- feedback_contacts (keyed by item, with consent and a stop-emails token) in the same transaction and deletes it here.
CREATE TABLE form_contacts (
    document_id bigint PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    email       text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
