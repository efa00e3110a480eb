-- The indexes by data subject are led by the subject (its pseudonym, derived per
-- organisation, so nearly unique alone). Led by the organisation, a read of several
-- subjects' live keys (`org_id = $1 AND subject IN (...)`) was planned on PostgreSQL without
-- statistics (a server with autovacuum off, or a vault loaded faster than it analyses) as a
-- scan of every live key of the organisation, filtered: 15-20 ms a batch of destructions
-- (BENCHMARKS.md, stop 31). Led by the subject, the subjects are the index's condition
-- whatever the statistics say. Same columns, same uniqueness.
DROP INDEX vault_keys_live;
CREATE UNIQUE INDEX vault_keys_live ON vault_keys (subject, org_id) WHERE destroyed_at IS NULL;
DROP INDEX vault_records_subject;
CREATE INDEX vault_records_subject ON vault_records (subject, org_id);
