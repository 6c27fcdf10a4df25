-- Current state of every pipe, one row each, fed by the pipe-register processor.
CREATE TABLE pipe (
    pipe_id             varchar(100)     PRIMARY KEY,
    network_kind        varchar(20)      NOT NULL,
    material            varchar(30)      NOT NULL,
    diameter_mm         integer          NOT NULL,
    length_m            double precision NOT NULL,
    installation_year   integer          NOT NULL,
    district            varchar(200),
    consequence_class   integer          NOT NULL,
    geometry            jsonb,
    start_node          varchar(100),
    end_node            varchar(100),
    status              varchar(20)      NOT NULL,
    latest_grade        integer,
    last_inspected_on   date,
    inspection_count    integer          NOT NULL DEFAULT 0,
    registered_at       timestamptz      NOT NULL
);

CREATE INDEX pipe_network_kind_idx ON pipe (network_kind);
CREATE INDEX pipe_district_idx ON pipe (district);
CREATE INDEX pipe_id_pattern_idx ON pipe (pipe_id varchar_pattern_ops);
