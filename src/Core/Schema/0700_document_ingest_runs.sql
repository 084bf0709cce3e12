-- How many times the ingest job has started on a document since it was uploaded or staff last retried it. The sweeper
-- re-enqueues a document left mid-ingest (an outage, a node that died); one that keeps failing is marked failed with a
-- reason after a bounded number of runs instead of showing "Reading" for ever.
ALTER TABLE documents ADD COLUMN ingest_runs integer NOT NULL DEFAULT 0;
