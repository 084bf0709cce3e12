-- The demo council's feedback, projects, actions and digests (issue 20): loaded on a new hub's first start so a
-- newcomer sees what VoiceHub is for, and removed in one click by an admin. Everything the loader makes carries this
-- marker; an item is demo data when its document is.
ALTER TABLE documents ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE projects ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE actions ADD COLUMN demo boolean NOT NULL DEFAULT false;
ALTER TABLE emerging_flags ADD COLUMN demo boolean NOT NULL DEFAULT false;
-- Digests never change after they are stored, so their marker is set with them: the loader builds its past digests as
-- "demo data" (DemoData.BuiltBy).
ALTER TABLE digests ADD COLUMN demo boolean GENERATED ALWAYS AS (built_by = 'demo data') STORED;

-- Digests stay immutable, except that removing the demo data removes the digests built from it.
CREATE OR REPLACE FUNCTION digests_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.demo THEN RETURN OLD; END IF;
    RAISE EXCEPTION 'digests are immutable snapshots: % refused (build a new version instead)', TG_OP;
END $$;

-- One row once the demo data was ever asked for: it is loaded at most once, and never again after an admin removed it.
CREATE TABLE demo_data (
    id                int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    started_at        timestamptz NOT NULL DEFAULT now(),
    loaded_at         timestamptz,
    load_ms           integer,
    digests_built_at  timestamptz,
    removed_at        timestamptz,
    removed_by        bigint REFERENCES users (id)
);
