-- Short leak numbers (issue 21): L-<year>-<ordinal within the year>, the ordinal in reporting order.
ALTER TABLE leak ADD COLUMN number_year integer;
ALTER TABLE leak ADD COLUMN number integer;

UPDATE leak SET number_year = n.y, number = n.k
FROM (SELECT leak_id, extract(year FROM reported_on)::integer AS y,
             row_number() OVER (PARTITION BY extract(year FROM reported_on)
                                ORDER BY reported_at NULLS FIRST, leak_id) AS k
      FROM leak) n
WHERE n.leak_id = leak.leak_id;

CREATE UNIQUE INDEX leak_number_idx ON leak (number_year, number);

-- Pipe ids sorted naturally in the leak list (VA-2 before VA-10): ICU's numeric collation.
CREATE COLLATION IF NOT EXISTS natural_sort (provider = icu, locale = 'und-u-kn-true');
