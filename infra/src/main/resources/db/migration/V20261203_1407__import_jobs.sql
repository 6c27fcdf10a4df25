-- Imports run as jobs (README "Imports as jobs"): any node answers GET /api/imports/jobs/{id} from here.
CREATE SCHEMA IF NOT EXISTS imports;

CREATE TABLE imports.import_job (
    id               uuid          PRIMARY KEY,
    kind             varchar(50)   NOT NULL,
    started_by       varchar(100)  NOT NULL,
    node_id          varchar(255)  NOT NULL,
    state            varchar(10)   NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    file_bytes       bigint,
    rows_total       bigint,
    rows_read        bigint        NOT NULL DEFAULT 0,
    accepted         bigint        NOT NULL DEFAULT 0,
    rejected         bigint        NOT NULL DEFAULT 0,
    cancel_requested boolean       NOT NULL DEFAULT false,
    -- The finished answer: the report (status 200) or the problem that refused the file (4xx).
    answer_status    integer,
    answer           text,
    event_position   bigint,
    message          text,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz
);
CREATE INDEX import_job_created_idx ON imports.import_job (created_at DESC);
CREATE INDEX import_job_open_idx ON imports.import_job (state) WHERE state IN ('QUEUED', 'RUNNING');
