-- Sentiment and service areas: written by Analysis (model, lexicon or staff), indexed by Search for facets.

-- The NHS QDC framework's scale, as in the training data: 1 very positive, 2 positive, 3 neutral or mixed,
-- 4 negative, 5 very negative. Null until classified.
ALTER TABLE items ADD COLUMN sentiment smallint CHECK (sentiment BETWEEN 1 AND 5);
ALTER TABLE items ADD COLUMN sentiment_model text;

CREATE TABLE service_areas (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE item_service_areas (
    item_id         bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    service_area_id integer NOT NULL REFERENCES service_areas (id),
    source          text NOT NULL CHECK (source IN ('lexicon', 'model', 'staff')),
    score           real,
    created_by      bigint REFERENCES users (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, service_area_id)
);
CREATE INDEX item_service_areas_area_idx ON item_service_areas (service_area_id);
