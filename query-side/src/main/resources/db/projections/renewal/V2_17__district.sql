-- Issue 17: planners plan per district; proposals filter by it (rebuild renewal-planning to fill existing rows).
ALTER TABLE pipe ADD COLUMN district varchar(200);
