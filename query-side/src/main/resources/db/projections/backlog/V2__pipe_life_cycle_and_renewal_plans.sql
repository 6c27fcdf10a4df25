-- The pipe's latest inspection grade (scores a renewal-plan item) and the year it was last renewed
-- (inspections dated before it describe the old pipe and open nothing).
ALTER TABLE pipe ADD COLUMN latest_grade integer;
ALTER TABLE pipe ADD COLUMN renewed_year integer;

-- Renewal plans as far as the backlog needs them: their items appear as work once the plan is approved.
CREATE TABLE plan (
    plan_id varchar(100) PRIMARY KEY,
    year    integer
);

CREATE TABLE plan_item (
    plan_id varchar(100) NOT NULL,
    pipe_id varchar(100) NOT NULL,
    PRIMARY KEY (plan_id, pipe_id)
);
