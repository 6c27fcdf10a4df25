-- Issue 18: saved mapping profiles for tabular imports (README "Mapping profiles and dry runs").
-- Append-only: a profile is written once with who saved it and when, and is never changed or removed, so the
-- table itself is the audit of what every import that named a profile read the file with.
CREATE TABLE imports.import_profile (
    name        varchar(60)  PRIMARY KEY,
    name_key    varchar(60)  NOT NULL UNIQUE,
    definition  text         NOT NULL,
    created_by  varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE FUNCTION imports.import_profile_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'import profiles are append-only: save a new profile under a new name';
END $$;

CREATE TRIGGER import_profile_append_only BEFORE UPDATE OR DELETE ON imports.import_profile
    FOR EACH ROW EXECUTE FUNCTION imports.import_profile_append_only();
