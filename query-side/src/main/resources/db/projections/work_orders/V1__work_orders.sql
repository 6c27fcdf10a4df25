-- Issue 17: the crews' list of work orders (cleaning, structural follow-up), with the district of each pipe.
CREATE TABLE pipe (
    pipe_id  varchar(100) PRIMARY KEY,
    district varchar(200)
);

CREATE TABLE work_order (
    work_order_id              varchar(300) PRIMARY KEY,
    kind                       varchar(30)  NOT NULL,
    task                       varchar(30),
    status                     varchar(20)  NOT NULL,
    pipe_id                    varchar(100) NOT NULL,
    inspection_id              varchar(200),
    finding                    varchar(300),
    ordered_on                 date         NOT NULL,
    due_on                     date         NOT NULL,
    done_on                    date,
    crew                       varchar(200),
    notes                      text,
    re_inspection_suggested_on date
);
CREATE INDEX work_order_list_idx ON work_order (kind, status, due_on, work_order_id);
CREATE INDEX work_order_pipe_idx ON work_order (pipe_id);
