-- The ingest benchmark showed the row-by-row foreign-key checks of items (document_id, locality_id) taking more than
-- half the time of a bulk ingest: one lookup per row per key. They are replaced by the same checks made once per
-- statement over all new rows, with the same locks a foreign key takes (FOR KEY SHARE on the referenced rows), and the
-- same cascade from documents. Updates that change either column are still checked row by row.

ALTER TABLE items DROP CONSTRAINT items_document_id_fkey;
ALTER TABLE items DROP CONSTRAINT items_locality_id_fkey;

CREATE FUNCTION items_check_references_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad bigint;
BEGIN
    PERFORM 1 FROM documents d WHERE d.id IN (SELECT DISTINCT n.document_id FROM new_items n) FOR KEY SHARE OF d;
    SELECT n.document_id INTO bad FROM new_items n
    WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = n.document_id) LIMIT 1;
    IF FOUND THEN
        RAISE foreign_key_violation USING MESSAGE = format('insert on items: document %s does not exist', bad);
    END IF;
    PERFORM 1 FROM localities l WHERE l.id IN (SELECT DISTINCT n.locality_id FROM new_items n WHERE n.locality_id IS NOT NULL) FOR KEY SHARE OF l;
    SELECT n.locality_id INTO bad FROM new_items n
    WHERE n.locality_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM localities l WHERE l.id = n.locality_id) LIMIT 1;
    IF FOUND THEN
        RAISE foreign_key_violation USING MESSAGE = format('insert on items: locality %s does not exist', bad);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER items_check_references_inserted AFTER INSERT ON items
    REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION items_check_references_inserted();

CREATE FUNCTION items_check_references_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.document_id IS DISTINCT FROM OLD.document_id THEN
        PERFORM 1 FROM documents WHERE id = NEW.document_id FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE foreign_key_violation USING MESSAGE = format('update on items: document %s does not exist', NEW.document_id);
        END IF;
    END IF;
    IF NEW.locality_id IS NOT NULL AND NEW.locality_id IS DISTINCT FROM OLD.locality_id THEN
        PERFORM 1 FROM localities WHERE id = NEW.locality_id FOR KEY SHARE;
        IF NOT FOUND THEN
            RAISE foreign_key_violation USING MESSAGE = format('update on items: locality %s does not exist', NEW.locality_id);
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER items_check_references_updated BEFORE UPDATE OF document_id, locality_id ON items
    FOR EACH ROW WHEN (NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.locality_id IS DISTINCT FROM OLD.locality_id)
    EXECUTE FUNCTION items_check_references_updated();

-- ON DELETE CASCADE, as before: a deleted document takes its items (each leaving a tombstone for the index).
CREATE FUNCTION documents_delete_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM items WHERE document_id = OLD.id;
    RETURN OLD;
END $$;

CREATE TRIGGER documents_delete_items BEFORE DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_delete_items();

-- ON DELETE NO ACTION, as before: a locality still holding items cannot be deleted.
CREATE FUNCTION localities_refuse_delete_in_use() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM items WHERE locality_id = OLD.id) THEN
        RAISE foreign_key_violation USING MESSAGE = format('locality %s still has items', OLD.id);
    END IF;
    RETURN OLD;
END $$;

CREATE TRIGGER localities_refuse_delete_in_use BEFORE DELETE ON localities
    FOR EACH ROW EXECUTE FUNCTION localities_refuse_delete_in_use();
