-- Renewals and decommissioning (issue 3).
ALTER TABLE pipe ADD COLUMN renewed_year integer;
ALTER TABLE pipe ADD COLUMN renewal_method varchar(20);
ALTER TABLE pipe ADD COLUMN decommissioned_on date;
CREATE INDEX pipe_status_idx ON pipe (status);
