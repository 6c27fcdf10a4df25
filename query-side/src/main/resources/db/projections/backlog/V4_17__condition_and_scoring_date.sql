-- Issue 17: the condition (inspector's class first, VA Ledger's estimate beside it) of a pipe's latest inspection
-- and of each inspection finding, which the risk score reads; and the date every active item is scored as of.
ALTER TABLE pipe ADD COLUMN condition jsonb;
ALTER TABLE item ADD COLUMN condition jsonb;

-- One row: the date the active items were last scored as of (BacklogQueries rescores them when the utility's
-- today has moved past it; handlers then score as of this date or their event's, whichever is later).
CREATE TABLE scoring (
    id           integer PRIMARY KEY CHECK (id = 1),
    scored_as_of date    NOT NULL
);
