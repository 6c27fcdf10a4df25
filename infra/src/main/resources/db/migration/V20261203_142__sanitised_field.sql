-- What a read model was given in place of a stored event's text it could not store (NUL, lone surrogates):
-- one row per processing group, event and field; the event log keeps the original. See SanitisedProjectedCopies.
CREATE SCHEMA IF NOT EXISTS reliability;

CREATE TABLE reliability.sanitised_field (
    processing_group     varchar(255)  NOT NULL,
    event_identifier     varchar(255)  NOT NULL,
    field                varchar(1000) NOT NULL,
    global_index         bigint,
    event_type           varchar(255)  NOT NULL,
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    replaced             varchar(2000) NOT NULL,
    first_seen           timestamptz   NOT NULL DEFAULT now(),
    last_seen            timestamptz   NOT NULL DEFAULT now(),
    times_seen           integer       NOT NULL DEFAULT 1,
    CONSTRAINT sanitised_field_pk PRIMARY KEY (processing_group, event_identifier, field)
);
CREATE INDEX sanitised_field_index_idx ON reliability.sanitised_field (global_index);
