-- Trust: accounts from the council's identity provider, raw-text retention, and searching the audit log.

-- A user signed in through OpenID Connect is found again by its issuer and subject ("issuer|sub"), never by a password.
ALTER TABLE users ADD COLUMN external_id text;
CREATE UNIQUE INDEX users_external_id_key ON users (external_id) WHERE external_id IS NOT NULL;

-- Retention: raw text older than VoiceHub:Retention:RawTextDays is erased (set to '') and the time recorded, so pages
-- can say it was erased; the redacted text stays. The stored upload holds the same words, so its bytes go too.
ALTER TABLE items ADD COLUMN raw_text_erased_at timestamptz;
CREATE INDEX items_raw_text_held_idx ON items (received_at) WHERE raw_text_erased_at IS NULL;
ALTER TABLE documents ADD COLUMN bytes_erased_at timestamptz;

-- The admin audit page filters by action and date, and by user or target.
CREATE INDEX audit_log_action_at_idx ON audit_log (action, at DESC);
CREATE INDEX audit_log_user_at_idx ON audit_log (user_id, at DESC);
