-- Issue 17: the condition of the pipe's latest inspection (inspector's class first, VA Ledger's estimate beside it).
ALTER TABLE pipe ADD COLUMN condition jsonb;
