-- Short leak numbers (issue 21): L-<year>-<ordinal within the year>, counted when read from the report's year and
-- its place in the event log, so concurrent handler threads and rebuilds give every leak the same number. Leaks
-- projected before this migration have no place yet: they are numbered after a rebuild of the leaks read model.
ALTER TABLE leak ADD COLUMN number_year integer;
ALTER TABLE leak ADD COLUMN report_position bigint;
UPDATE leak SET number_year = extract(year FROM reported_on)::integer;
CREATE INDEX leak_number_idx ON leak (number_year, report_position);

-- Pipe ids sorted naturally in the leak list (VA-2 before VA-10): ICU's numeric collation.
CREATE COLLATION IF NOT EXISTS natural_sort (provider = icu, locale = 'und-u-kn-true');
