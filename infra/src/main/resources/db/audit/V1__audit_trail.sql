-- The NIS2 audit trail: every command attempt, hash-chained, append-only.
-- Migrated with its own Flyway history (AuditSchema), so its versions never collide with the event store's.

CREATE TABLE entry (
    seq             bigint       PRIMARY KEY,
    recorded_at     timestamptz  NOT NULL,
    user_name       text,
    roles           text,
    auth_method     text,
    client_address  text,
    user_agent      text,
    channel         text         NOT NULL,
    type            text         NOT NULL,
    aggregate_id    text,
    payload         text,
    outcome         text         NOT NULL,
    reason          text,
    event_ids       text,
    event_positions text,
    correlation_id  text,
    request         text,
    http_status     integer,
    prev_hash       char(64)     NOT NULL,
    hash            char(64)     NOT NULL
);
CREATE INDEX entry_recorded_at_idx ON entry (recorded_at);
CREATE INDEX entry_user_idx ON entry (user_name, seq);
CREATE INDEX entry_aggregate_idx ON entry (aggregate_id, seq);
-- Few indexes on purpose: each costs every command a little; type and outcome filters scan within these.

-- The head of the chain as it was at a moment; exported and kept outside the system, a checkpoint proves
-- that nobody rewrote the chain before it, even someone able to recompute every later hash.
CREATE TABLE checkpoint (
    seq        bigint      PRIMARY KEY,
    head_hash  char(64)    NOT NULL,
    day        date        NOT NULL,
    taken_at   timestamptz NOT NULL
);

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused on %', TG_OP, TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER entry_no_truncate BEFORE TRUNCATE ON entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER checkpoint_append_only BEFORE UPDATE OR DELETE ON checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER checkpoint_no_truncate BEFORE TRUNCATE ON checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
