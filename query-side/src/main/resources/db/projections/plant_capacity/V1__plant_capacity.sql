-- A plant's capacity facts, fed by the plant-capacity processor. Utilisation, means and
-- forecasts are computed when asked (CapacityCalculator), so a permit change applies at once.
CREATE TABLE plant (
    plant_id       varchar(100) PRIMARY KEY,
    name           varchar(200) NOT NULL,
    thresholds     varchar(100) NOT NULL,
    registered_at  timestamptz  NOT NULL
);

CREATE TABLE permit (
    plant_id            varchar(100)     NOT NULL,
    valid_from          date             NOT NULL,
    person_equivalents  integer          NOT NULL,
    design_flow_m3      double precision NOT NULL,
    reference           varchar(500)     NOT NULL,
    PRIMARY KEY (plant_id, valid_from)
);

CREATE TABLE daily (
    plant_id            varchar(100)     NOT NULL,
    day                 date             NOT NULL,
    inflow_m3           double precision,
    bod7_kg             double precision,
    load_pe             double precision,
    total_p_kg          double precision,
    total_n_kg          double precision,
    precipitation_mm    double precision,
    source              varchar(200),
    corrections         integer          NOT NULL DEFAULT 0,
    last_reason         text,
    PRIMARY KEY (plant_id, day)
);

CREATE TABLE bypass (
    plant_id     varchar(100)     NOT NULL,
    bypass_id    varchar(200)     NOT NULL,
    started_at   timestamptz      NOT NULL,
    ended_at     timestamptz      NOT NULL,
    year         integer          NOT NULL,
    volume_m3    double precision NOT NULL,
    location     varchar(300)     NOT NULL,
    cause        varchar(20)      NOT NULL,
    recipient    varchar(300),
    PRIMARY KEY (plant_id, bypass_id)
);

CREATE TABLE crossing (
    event_id        varchar(100)     PRIMARY KEY,
    plant_id        varchar(100)     NOT NULL,
    day             date             NOT NULL,
    dimension       varchar(10)      NOT NULL,
    level_percent   integer          NOT NULL,
    direction       varchar(10)      NOT NULL,
    utilisation_pct double precision NOT NULL,
    global_index    bigint           NOT NULL
);

CREATE INDEX crossing_plant_idx ON crossing (plant_id, global_index);
