-- Accepted commands write their attempt here inside their own transaction (atomic with their events, and no
-- extra commit on the command's path); the chain writer moves them into the chain in batches.
CREATE TABLE pending (
    id      bigserial PRIMARY KEY,
    attempt text      NOT NULL
);
