-- A pipe's active inspection finding: there is at most one, since each inspection supersedes the one before.
-- An inspection supersedes it by its id; by pipe_id and source it was planned, on a table without statistics
-- (a rebuild, after TRUNCATE), as a scan of item_active_source_idx that read every active finding each time.
ALTER TABLE pipe ADD COLUMN active_finding varchar(200);
UPDATE pipe p SET active_finding = i.item_id FROM item i
WHERE i.pipe_id = p.pipe_id AND i.source = 'INSPECTION' AND i.status IN ('OPEN', 'SCHEDULED');

-- The backlog looks a pipe's items up only among the active ones (rescoring, dismissing, a correction), and no list
-- in BacklogQueries filters by pipe: the index keeps only those, so closed and superseded items cost no entry.
DROP INDEX item_pipe_idx;
CREATE INDEX item_active_pipe_idx ON item (pipe_id) WHERE status IN ('OPEN', 'SCHEDULED');
