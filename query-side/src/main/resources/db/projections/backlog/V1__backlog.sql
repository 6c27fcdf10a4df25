-- The backlog's own copy of the pipe attributes it scores with (from PipeRegistered).
CREATE TABLE pipe (
    pipe_id              varchar(100) PRIMARY KEY,
    network_kind         varchar(20)      NOT NULL,
    material             varchar(40)      NOT NULL,
    diameter_mm          integer          NOT NULL,
    length_m             double precision NOT NULL,
    installation_year    integer          NOT NULL,
    district             varchar(200),
    consequence_class    integer          NOT NULL,
    latest_inspection_on date
);

CREATE TABLE pipe_break (
    leak_id   varchar(100) PRIMARY KEY,
    pipe_id   varchar(100) NOT NULL,
    failed_on date         NOT NULL
);
CREATE INDEX pipe_break_pipe_idx ON pipe_break (pipe_id, failed_on);

CREATE TABLE item (
    item_id      varchar(200) PRIMARY KEY,
    source       varchar(20)  NOT NULL,
    source_id    varchar(200) NOT NULL,
    pipe_id      varchar(100),
    status       varchar(20)  NOT NULL,
    network_kind varchar(20),
    district     varchar(200),
    grade        integer,
    found_on     date,
    due_at       timestamptz,
    likelihood   integer      NOT NULL,
    consequence  integer      NOT NULL,
    risk         integer      NOT NULL,
    risk_version varchar(30)  NOT NULL,
    explanation  jsonb        NOT NULL
);

-- Every list is "items ordered by risk or due time", by default only the active ones (OPEN, SCHEDULED),
-- optionally narrowed by one filter: partial indexes in the list's own order give a page without sorting.
CREATE INDEX item_active_risk_idx ON item (risk DESC, due_at, item_id) WHERE status IN ('OPEN', 'SCHEDULED');
CREATE INDEX item_active_due_idx ON item (due_at, risk DESC, item_id) WHERE status IN ('OPEN', 'SCHEDULED');
CREATE INDEX item_active_kind_idx ON item (network_kind, risk DESC, due_at, item_id) WHERE status IN ('OPEN', 'SCHEDULED');
CREATE INDEX item_active_district_idx ON item (district, risk DESC, due_at, item_id) WHERE status IN ('OPEN', 'SCHEDULED');
CREATE INDEX item_active_source_idx ON item (source, risk DESC, due_at, item_id) WHERE status IN ('OPEN', 'SCHEDULED');
CREATE INDEX item_status_risk_idx ON item (status, risk DESC, due_at, item_id);
CREATE INDEX item_status_source_idx ON item (status, source, risk DESC, due_at, item_id);
CREATE INDEX item_pipe_idx ON item (pipe_id);
