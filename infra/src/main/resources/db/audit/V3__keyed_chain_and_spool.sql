-- Issue 14 items 8 and 9. Entries written from now on are chained with HMAC-SHA-256 under a key the database
-- does not hold (older entries keep verifying with plain SHA-256: the algorithm is recorded per entry).
-- recorded_at is now the time the entry was chained (never earlier than its predecessor's); attempted_at is
-- when the attempt happened, spooled says it waited in the node's spool file during a database outage.
ALTER TABLE entry ADD COLUMN algorithm text NOT NULL DEFAULT 'SHA-256';
ALTER TABLE entry ADD COLUMN attempted_at timestamptz;
ALTER TABLE entry ADD COLUMN spooled boolean NOT NULL DEFAULT false;
-- The writer's id of a refused attempt: an attempt both spooled and written is chained once (not hashed).
ALTER TABLE entry ADD COLUMN attempt_id text;
CREATE UNIQUE INDEX entry_attempt_id_idx ON entry (attempt_id) WHERE attempt_id IS NOT NULL;
-- HMAC of the checkpoint with the chain key, so a published checkpoint cannot be forged without the key.
ALTER TABLE checkpoint ADD COLUMN signature text;
