-- The aging-network overview: every in-service pipe's kind/material/year/length (so a correction can
-- move it between buckets), the pre-aggregated stock per kind x material x installation year, and
-- renewals per kind and year.
CREATE TABLE pipe (
    pipe_id           varchar(100)     PRIMARY KEY,
    network_kind      varchar(20)      NOT NULL,
    material          varchar(30)      NOT NULL,
    installation_year integer          NOT NULL,
    length_m          double precision NOT NULL
);

CREATE TABLE stock (
    network_kind      varchar(20)      NOT NULL,
    material          varchar(30)      NOT NULL,
    installation_year integer          NOT NULL,
    pipes             integer          NOT NULL,
    length_m          double precision NOT NULL,
    PRIMARY KEY (network_kind, material, installation_year)
);

CREATE TABLE renewal (
    network_kind varchar(20)      NOT NULL,
    year         integer          NOT NULL,
    renewals     integer          NOT NULL,
    length_m     double precision NOT NULL,
    PRIMARY KEY (network_kind, year)
);
