-- Themes belong to the council: public and Easy Read names, whether the public sees a theme, which QDC labels of the
-- labelled data train it, and what became of a retired or merged theme. Every column has a default, so an INSERT of
-- (name, category, description) still makes a working (internal, not public) theme.
ALTER TABLE themes
    ADD COLUMN public_name    text NOT NULL DEFAULT '',
    ADD COLUMN easy_read_name text NOT NULL DEFAULT '',
    ADD COLUMN public         boolean NOT NULL DEFAULT false,
    ADD COLUMN qdc_labels     text[] NOT NULL DEFAULT '{}',
    ADD COLUMN retired_at     timestamptz,
    ADD COLUMN merged_into    integer REFERENCES themes (id);

-- A theme's former names (renamed or merged away): a saved search or a link with theme:"Old name" still finds it.
CREATE TABLE theme_aliases (
    alias      text PRIMARY KEY,
    theme_id   integer NOT NULL REFERENCES themes (id),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Items staff said are not a theme, so its "might be this theme" list stops proposing them and learns from them.
CREATE TABLE theme_suggestion_rejections (
    theme_id    integer NOT NULL REFERENCES themes (id),
    item_id     bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    rejected_by bigint REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (theme_id, item_id)
);

-- One-off seed steps already applied (e.g. the council taxonomy), so a later start never overwrites an admin's change.
CREATE TABLE seed_marks (
    name       text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
