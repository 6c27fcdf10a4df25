-- Write-side lookup for the rule PipeInAtMostOneOpenPlan: which open plan holds which pipe.
-- Written in the same transaction as the plan's events; the primary key makes concurrent claims safe.
CREATE TABLE open_plan_item (
    pipe_id    varchar(100) PRIMARY KEY,
    plan_id    varchar(100) NOT NULL,
    claimed_at timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX open_plan_item_plan_idx ON open_plan_item (plan_id);
