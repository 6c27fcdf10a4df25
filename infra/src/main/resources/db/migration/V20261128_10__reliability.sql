-- Infra's own bookkeeping for reliability: stored answers of idempotent requests and the live nodes.
CREATE SCHEMA IF NOT EXISTS reliability;

-- One row per (user, Idempotency-Key). Inserted in the same transaction as the command's events,
-- so a stored answer exists exactly when its change was committed.
CREATE TABLE reliability.idempotent_request (
    user_name      varchar(100)  NOT NULL,
    idem_key       varchar(200)  NOT NULL,
    request_hash   varchar(64)   NOT NULL,
    method         varchar(10)   NOT NULL,
    path           varchar(2000) NOT NULL,
    status         integer,
    headers        text,
    body           bytea,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT idempotent_request_pk PRIMARY KEY (user_name, idem_key)
);
CREATE INDEX idempotent_request_created_idx ON reliability.idempotent_request (created_at);

-- Nodes running against this database, by heartbeat; used to share processor segments fairly.
CREATE TABLE reliability.node (
    node_id    varchar(255) PRIMARY KEY,
    last_seen  timestamptz  NOT NULL
);
