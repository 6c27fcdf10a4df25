-- Significance per NIS2 Art. 23(3), reassessed as facts arrive; the clocks start at the first assessment that
-- finds the incident significant; closing as not significant; intermediate report on request; customer notice.
ALTER TABLE incident
    ADD COLUMN facts                          text,
    ADD COLUMN assessed_at                    timestamptz,
    ADD COLUMN assumed                        text NOT NULL DEFAULT '',
    ADD COLUMN likely_to_affect_service       boolean NOT NULL DEFAULT false,
    ADD COLUMN clocks_start_at                timestamptz,
    ADD COLUMN closed_not_significant_at      timestamptz,
    ADD COLUMN closed_not_significant_reason  text,
    ADD COLUMN intermediate_requested_by      text,
    ADD COLUMN intermediate_requested_at      timestamptz,
    ADD COLUMN intermediate_due_at            timestamptz,
    ADD COLUMN intermediate_request           text,
    ADD COLUMN intermediate_report_at         timestamptz,
    ADD COLUMN customer_notice_at             timestamptz,
    ADD COLUMN customer_notice_channel        text,
    ADD COLUMN customer_notice_text           text;
-- Rows written before: their clocks ran from awareness when the old heuristic found them significant.
UPDATE incident SET clocks_start_at = aware_at, assessed_at = aware_at WHERE significant;
UPDATE incident SET assessed_at = aware_at WHERE assessed_at IS NULL;
ALTER TABLE report ALTER COLUMN step TYPE varchar(40);
