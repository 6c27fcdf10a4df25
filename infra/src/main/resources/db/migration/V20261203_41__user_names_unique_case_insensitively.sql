-- User names are unique regardless of case: 'Erik' and 'erik' cannot both exist (issue 14).
-- Existing duplicates are not merged or renamed here (the audit trail names people for ever): the migration
-- refuses, naming them, and an administrator decides which name to keep and renames the other by hand.
DO $$
DECLARE
    clashes text;
BEGIN
    SELECT string_agg(names, '; ') INTO clashes FROM (
        SELECT string_agg(username, ', ' ORDER BY username) AS names
        FROM security.app_user GROUP BY lower(username) HAVING count(*) > 1) duplicates;
    IF clashes IS NOT NULL THEN
        RAISE EXCEPTION 'User names that differ only in case exist: %. Rename all but one of each group in '
            'security.app_user (and disable the renamed account if it is not needed), then start again.', clashes;
    END IF;
END $$;

CREATE UNIQUE INDEX app_user_lower_username ON security.app_user (lower(username));
