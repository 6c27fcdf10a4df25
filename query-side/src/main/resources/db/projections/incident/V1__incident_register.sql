-- The NIS2 incident register: one row per incident, and every step taken.
CREATE TABLE incident (
    incident_id          varchar(100) PRIMARY KEY,
    aware_at             timestamptz  NOT NULL,
    description          text         NOT NULL,
    affected_services    text         NOT NULL,
    suspected_malicious  boolean      NOT NULL,
    cross_border         boolean      NOT NULL,
    significant          boolean      NOT NULL,
    significance_reasons text         NOT NULL,
    recorded_by          varchar(100),
    early_warning_at     timestamptz,
    notification_at      timestamptz,
    progress_report_at   timestamptz,
    handled_at           timestamptz,
    final_report_at      timestamptz,
    closed_at            timestamptz
);
CREATE INDEX incident_open_idx ON incident (closed_at, aware_at);

CREATE TABLE report (
    incident_id varchar(100) NOT NULL,
    position    bigint       NOT NULL,
    step        varchar(30)  NOT NULL,
    at          timestamptz  NOT NULL,
    by_user     varchar(100),
    report      text,
    PRIMARY KEY (incident_id, position)
);
