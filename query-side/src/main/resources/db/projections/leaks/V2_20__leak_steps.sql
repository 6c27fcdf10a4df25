-- The work steps of a leak (issue 20): isolation, temporary repair, hygiene measures, surface restoration.
CREATE TABLE leak_step (
    leak_id  varchar(100) NOT NULL,
    sequence bigint       NOT NULL,
    step     varchar(30)  NOT NULL,
    at       timestamptz  NOT NULL,
    facts    jsonb        NOT NULL,
    PRIMARY KEY (leak_id, sequence)
);
