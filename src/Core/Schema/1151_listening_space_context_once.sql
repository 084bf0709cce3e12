-- Listening Space notes titled as the template has them ("Listening Space: home care in Grays") were stored with the
-- channel's name said twice as their context ("Listening Space: Listening Space: home care in Grays"). The parser now
-- says it once; this mends what was stored. Each changed row takes a new change_seq (trigger), so every node's index
-- follows.
UPDATE items
SET context = substr(context, length('Listening Space: ') + 1)
WHERE channel = 'listening-space' AND context ILIKE 'Listening Space: Listening Space%';
