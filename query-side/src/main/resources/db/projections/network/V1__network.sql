-- The network as a network (issue 20), fed by the "network" processor: nodes, valves and their exercising, the
-- pipes' ends and lengths (from the same pipe events as the register), pumps and control valves of models.
CREATE TABLE node (
    node_id     varchar(100) PRIMARY KEY,
    kind        varchar(30)  NOT NULL,
    crs         varchar(50),
    x           double precision,
    y           double precision,
    name        varchar(200),
    attributes  jsonb        NOT NULL DEFAULT '{}'
);
CREATE INDEX node_kind_idx ON node (kind);

CREATE TABLE valve (
    valve_id          varchar(100) PRIMARY KEY,
    pipe_id           varchar(100) NOT NULL,
    node_id           varchar(100) NOT NULL,
    kind              varchar(20)  NOT NULL,
    status            varchar(20)  NOT NULL,
    diameter_mm       integer,
    last_exercised_on date
);
CREATE INDEX valve_pipe_idx ON valve (pipe_id);

CREATE TABLE valve_exercise (
    valve_id     varchar(100) NOT NULL,
    sequence     bigint       NOT NULL,
    exercised_on date         NOT NULL,
    turns        integer,
    outcome      varchar(20)  NOT NULL,
    note         text,
    crew         varchar(200),
    status_after varchar(20)  NOT NULL,
    PRIMARY KEY (valve_id, sequence)
);

CREATE TABLE pipe (
    pipe_id      varchar(100)     PRIMARY KEY,
    network_kind varchar(20)      NOT NULL,
    start_node   varchar(100),
    end_node     varchar(100),
    length_m     double precision NOT NULL,
    diameter_mm  integer          NOT NULL,
    in_service   boolean          NOT NULL
);

CREATE TABLE link (
    link_id   varchar(100) PRIMARY KEY,
    kind      varchar(20)  NOT NULL,
    from_node varchar(100) NOT NULL,
    to_node   varchar(100) NOT NULL
);

-- Bumped by every change the graph sees, in the same transaction: a cached graph older than this is rebuilt.
CREATE TABLE graph_version (
    id      integer PRIMARY KEY,
    version bigint  NOT NULL
);
INSERT INTO graph_version VALUES (1, 0);

-- Service connections (servisanslutningar) at a node or along a pipe: a count, or one connection with its address
-- and property id (fastighetsbeteckning); and critical customers with their connection point.
CREATE TABLE service_connection (
    connection_id varchar(100) PRIMARY KEY,
    node_id       varchar(100),
    pipe_id       varchar(100),
    households    integer      NOT NULL,
    address       varchar(300),
    property_id   varchar(100)
);
CREATE INDEX service_connection_node_idx ON service_connection (node_id);
CREATE INDEX service_connection_pipe_idx ON service_connection (pipe_id);

CREATE TABLE critical_customer (
    customer_id varchar(100) PRIMARY KEY,
    name        varchar(200) NOT NULL,
    kind        varchar(30)  NOT NULL,
    node_id     varchar(100),
    pipe_id     varchar(100)
);

-- Each pipe's criticality (issue 20), recomputed whole by NetworkCriticality when the graph has changed: the values
-- the risk score's consequence factors read (households and critical customers without water, single feed).
CREATE TABLE pipe_criticality (
    pipe_id                    varchar(100) PRIMARY KEY,
    households_without_water   integer      NOT NULL,
    critical_customers         integer      NOT NULL,
    critical_customer_ids      text         NOT NULL,
    single_feed                boolean      NOT NULL,
    nodes_fed_only_through_it  integer      NOT NULL,
    graph_version              bigint       NOT NULL,
    computed_at                timestamptz  NOT NULL
);
