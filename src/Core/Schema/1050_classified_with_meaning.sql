-- Whether an item's themes and sentiment were read from its sentence embedding as well as its words. An item
-- classified from the words alone (its embedding was not ready) is classified again once its embedding is stored.
ALTER TABLE item_classifications ADD COLUMN used_meaning boolean NOT NULL DEFAULT false;
CREATE INDEX item_classifications_words_only_idx ON item_classifications (item_id) WHERE NOT used_meaning;
