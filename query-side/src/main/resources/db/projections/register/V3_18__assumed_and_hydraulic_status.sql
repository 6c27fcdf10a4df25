-- Issue 18: the fields an import defaulted rather than read (material, installationYear), as a comma-separated
-- list ('' = none), and a model's pipe status (EPANET OPEN, CLOSED, CV; NULL = none stated).
ALTER TABLE pipe ADD COLUMN assumed text NOT NULL DEFAULT '';
ALTER TABLE pipe ADD COLUMN hydraulic_status varchar(10);
