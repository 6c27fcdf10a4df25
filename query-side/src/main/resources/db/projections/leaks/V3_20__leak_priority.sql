-- Issue 20: the priority class (ACUTE/PLANNED) that set a leak's due time, and that rule in words. Leaks reported
-- before the classes have no priority; their due_basis comes from the event (upcast: the former CARE-W rule).
ALTER TABLE leak ADD COLUMN priority varchar(10);
ALTER TABLE leak ADD COLUMN due_basis varchar(300);
