-- Issue 16: lab samples (composites with their period), weeks marked unusual and the plant's sampling rules,
-- from which the weekly load is computed when asked (WeeklyLoad, shared with the aggregate).
CREATE TABLE sample (
    plant_id        varchar(100)     NOT NULL,
    sample_id       varchar(200)     NOT NULL,
    kind            varchar(20)      NOT NULL,
    period_start    timestamptz      NOT NULL,
    period_end      timestamptz      NOT NULL,
    local_day       date             NOT NULL,
    one_day         boolean          NOT NULL,
    week            varchar(8)       NOT NULL,
    inflow_m3       double precision,
    values_given    text             NOT NULL,
    bod7_kg_per_day double precision,
    bod7_basis      varchar(200),
    bod7_factor     double precision,
    load_pe         double precision,
    total_p_kg      double precision,
    total_n_kg      double precision,
    source          varchar(200),
    invalid_reason  text,
    PRIMARY KEY (plant_id, sample_id)
);
CREATE INDEX sample_week_idx ON sample (plant_id, week);

CREATE TABLE unusual_week (
    plant_id   varchar(100) NOT NULL,
    week       varchar(8)   NOT NULL,
    reason     text         NOT NULL,
    marked_by  varchar(200) NOT NULL,
    PRIMARY KEY (plant_id, week)
);

CREATE TABLE sampling_rules (
    plant_id             varchar(100)     PRIMARY KEY,
    bod5_to_bod7_factor  double precision,
    cod_to_bod7_factor   double precision,
    min_samples_per_week integer          NOT NULL,
    samples_per_year     integer          NOT NULL
);

-- The day's peak hour from an hourly or finer series (compared with Qdim in m3/h); null for daily values.
ALTER TABLE daily ADD COLUMN peak_hour_m3 double precision, ADD COLUMN peak_hour_start timestamptz, ADD COLUMN hours integer;

-- A permit's basis and hourly design flow (permits recorded before issue 16 read as the weekly basis).
ALTER TABLE permit ADD COLUMN basis varchar(30) NOT NULL DEFAULT 'MAX_AVERAGE_WEEKLY_LOAD',
    ADD COLUMN design_flow_m3_per_hour double precision;

-- The weekly figure's crossings of the warning levels and of the permitted connection, per ISO week-based year.
CREATE TABLE weekly_crossing (
    event_id        varchar(100)     PRIMARY KEY,
    plant_id        varchar(100)     NOT NULL,
    year            integer          NOT NULL,
    week            varchar(8),
    level_percent   integer          NOT NULL,
    direction       varchar(10)      NOT NULL,
    basis           varchar(30),
    load_pe         double precision,
    utilisation_pct double precision,
    global_index    bigint           NOT NULL
);
CREATE INDEX weekly_crossing_plant_idx ON weekly_crossing (plant_id, year, global_index);

-- Days whose inflow (DAILY) or peak hour (HOURLY) was above Qdim: a design matter, not a breach.
CREATE TABLE design_flow_exceedance (
    event_id      varchar(100)     PRIMARY KEY,
    plant_id      varchar(100)     NOT NULL,
    day           date             NOT NULL,
    basis         varchar(10)      NOT NULL,
    hour_start    timestamptz,
    measured_m3   double precision NOT NULL,
    design_m3     double precision NOT NULL
);
CREATE INDEX design_flow_exceedance_plant_idx ON design_flow_exceedance (plant_id, day);

-- The register of overflow points and the overflows at them (NFS 2016:6, miljörapport NFS 2016:8 per point).
CREATE TABLE overflow_point (
    plant_id   varchar(100)     NOT NULL,
    point_id   varchar(100)     NOT NULL,
    name       varchar(200)     NOT NULL,
    type       varchar(30)      NOT NULL,
    east       double precision NOT NULL,
    north      double precision NOT NULL,
    recipient  varchar(300)     NOT NULL,
    PRIMARY KEY (plant_id, point_id)
);

CREATE TABLE overflow (
    plant_id        varchar(100)     NOT NULL,
    overflow_id     varchar(200)     NOT NULL,
    point_id        varchar(100)     NOT NULL,
    started_at      timestamptz      NOT NULL,
    ended_at        timestamptz      NOT NULL,
    year            integer          NOT NULL,
    volume_m3       double precision NOT NULL,
    measured        boolean          NOT NULL,
    bod7_kg         double precision,
    total_p_kg      double precision,
    total_n_kg      double precision,
    cause           varchar(30)      NOT NULL,
    PRIMARY KEY (plant_id, overflow_id)
);
CREATE INDEX overflow_year_idx ON overflow (plant_id, year);
