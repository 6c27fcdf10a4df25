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
