-- Untrusted files are parsed in a separate, bounded process. parse_started_at is set while one is being parsed and
-- cleared when the parse returns (read, refused or stopped at a limit); found still set when the ingest job starts
-- again, it means the run before was cut short mid-parse (its node died), and parses_cut_short counts such runs. A
-- document cut short too often is set aside (quarantined_at) and marked failed, instead of being taken up again.
ALTER TABLE documents
    ADD COLUMN parse_started_at timestamptz,
    ADD COLUMN parses_cut_short integer NOT NULL DEFAULT 0,
    ADD COLUMN quarantined_at timestamptz;
