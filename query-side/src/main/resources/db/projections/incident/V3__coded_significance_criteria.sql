-- The significance criteria as codes with their parameters (JSON), rendered in the reader's language; rows
-- projected before have none and show their English sentences, marked as recorded text.
ALTER TABLE incident ADD COLUMN significance_criteria text;
