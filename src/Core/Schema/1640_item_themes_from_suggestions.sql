-- Whether a staff label was confirmed from a theme's "might be this theme" list rather than found by staff themselves.
-- Few-shot training lets such examples shape a theme but not set its threshold: the list shows the rows the theme
-- already ranks highest, so as examples they would raise the cut (bench/README, few-shot round 9).
ALTER TABLE item_themes ADD COLUMN from_suggestions boolean NOT NULL DEFAULT false;

-- Confirmations made before this column existed were recorded only in the audit log, with the item's id.
UPDATE item_themes it SET from_suggestions = true
FROM audit_log a
WHERE a.action = 'theme-example-confirmed'
  AND a.target = 'theme:' || it.theme_id
  AND it.source = 'staff'
  AND jsonb_typeof(a.details -> 'itemId') = 'number'
  AND it.item_id = (a.details ->> 'itemId')::bigint;
