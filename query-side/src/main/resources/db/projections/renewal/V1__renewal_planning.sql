-- The renewal planner's own copy of the network (what proposals and forecasts need) and its plans,
-- fed by the renewal-planning processor. Independent of the register's tables.
CREATE TABLE pipe (
    pipe_id           varchar(100)     PRIMARY KEY,
    network_kind      varchar(20)      NOT NULL,
    material          varchar(30)      NOT NULL,
    diameter_mm       integer          NOT NULL,
    length_m          double precision NOT NULL,
    installation_year integer          NOT NULL,
    consequence_class integer          NOT NULL,
    latest_grade      integer,
    last_inspected_on date,
    status            varchar(20)      NOT NULL DEFAULT 'IN_SERVICE'
);

CREATE TABLE plan (
    plan_id       varchar(100)  PRIMARY KEY,
    year          integer,
    programme     varchar(200),
    budget_sek    bigint        NOT NULL,
    author        varchar(100)  NOT NULL,
    status        varchar(20)   NOT NULL,
    submitted_by  varchar(100),
    reviewed_by   varchar(100),
    return_reason text,
    drafted_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL
);

CREATE TABLE plan_item (
    plan_id            varchar(100) NOT NULL REFERENCES plan (plan_id),
    pipe_id            varchar(100) NOT NULL,
    position           bigint       NOT NULL,
    method             varchar(30)  NOT NULL,
    estimated_cost_sek bigint       NOT NULL,
    status             varchar(20)  NOT NULL DEFAULT 'PLANNED',
    executed_year      integer,
    new_material       varchar(30),
    actual_cost_sek    bigint,
    renewal_dispatched boolean      NOT NULL DEFAULT false,
    PRIMARY KEY (plan_id, pipe_id)
);

CREATE INDEX plan_item_pipe_idx ON plan_item (pipe_id);
CREATE INDEX plan_status_idx ON plan (status);
