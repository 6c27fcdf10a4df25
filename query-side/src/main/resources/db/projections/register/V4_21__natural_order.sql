-- Register ids in natural order (issue 21): ICU's numeric collation compares digit runs as numbers (VA-2 < VA-10).
CREATE COLLATION IF NOT EXISTS natural_sort (provider = icu, locale = 'und-u-kn-true');
