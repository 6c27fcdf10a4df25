CREATE TABLE leak (
    leak_id            varchar(100) PRIMARY KEY,
    pipe_id            varchar(100),
    kind               varchar(20)  NOT NULL,
    severity           varchar(20)  NOT NULL,
    status             varchar(20)  NOT NULL,
    estimated_flow_lps double precision,
    crs                varchar(50),
    x                  double precision,
    y                  double precision,
    address            varchar(300),
    reported_at        timestamptz,
    reported_on        date         NOT NULL,
    reporter           varchar(200),
    diameter_mm        integer,
    due_at             timestamptz,
    confirmed_at       timestamptz,
    dismissed_at       timestamptz,
    dismiss_reason     text,
    scheduled_for      timestamptz,
    crew               varchar(200),
    repaired_at        timestamptz,
    repair_method      varchar(40),
    repair_hours       double precision,
    cause              varchar(40),
    closed_at          timestamptz,
    source             varchar(50)  NOT NULL,
    source_record_id   varchar(100)
);

CREATE INDEX leak_pipe_idx ON leak (pipe_id);
CREATE INDEX leak_status_due_idx ON leak (status, due_at);
CREATE INDEX leak_reported_idx ON leak (reported_on DESC, leak_id);

-- The failure history: one row per repaired leak of a known pipe.
CREATE TABLE pipe_failure (
    leak_id   varchar(100) PRIMARY KEY,
    pipe_id   varchar(100) NOT NULL,
    failed_on date         NOT NULL,
    cause     varchar(40)
);
CREATE INDEX pipe_failure_pipe_idx ON pipe_failure (pipe_id, failed_on);
