-- Zones (supply zones / DMAs and sewer catchments), fed by the zones processor (issue 19). Balances, night flow
-- and infiltration are computed when asked (app.zone.ZoneAnalysis), so a changed default applies at once.
CREATE TABLE zone (
    zone_id        varchar(100) PRIMARY KEY,
    name           varchar(200) NOT NULL,
    kind           varchar(20)  NOT NULL,
    definition     jsonb        NOT NULL,
    registered_at  timestamptz  NOT NULL
);

-- One row per meter and local day: the day's volumes per interval (m3; null = gap), as last recorded.
CREATE TABLE meter_day (
    zone_id           varchar(100) NOT NULL,
    meter_id          varchar(100) NOT NULL,
    day               date         NOT NULL,
    interval_minutes  integer      NOT NULL,
    volumes_m3        jsonb        NOT NULL,
    file_sha256       char(64),
    corrections       integer      NOT NULL DEFAULT 0,
    last_reason       text,
    PRIMARY KEY (zone_id, meter_id, day)
);

CREATE INDEX meter_day_zone_day_idx ON meter_day (zone_id, day);

CREATE TABLE volume (
    zone_id   varchar(100)     NOT NULL,
    year      integer          NOT NULL,
    kind      varchar(30)      NOT NULL,
    m3        double precision NOT NULL,
    source    varchar(500)     NOT NULL,
    PRIMARY KEY (zone_id, year, kind)
);

CREATE TABLE series_import (
    event_id     varchar(100) PRIMARY KEY,
    zone_id      varchar(100) NOT NULL,
    meter_id     varchar(100) NOT NULL,
    file_sha256  char(64)     NOT NULL,
    file_name    varchar(300),
    rows_read    bigint       NOT NULL,
    days         bigint       NOT NULL,
    gaps         bigint       NOT NULL,
    first_day    date,
    last_day     date,
    imported_at  timestamptz  NOT NULL
);

-- What engineers decided about the night-flow signals (signals themselves are computed when asked).
CREATE TABLE signal_decision (
    zone_id     varchar(100) NOT NULL,
    since       date         NOT NULL,
    status      varchar(20)  NOT NULL,
    leak_id     varchar(100),
    reason      varchar(500),
    decided_by  varchar(200),
    decided_at  timestamptz  NOT NULL,
    PRIMARY KEY (zone_id, since)
);
