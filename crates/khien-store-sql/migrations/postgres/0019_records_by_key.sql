-- A subject's records are found through their data keys (`vault_keys_live`, then this index)
-- instead of by the subject on the records themselves. Subject pseudonyms are random, so the
-- index by subject took a page at random for every record written, which the commit then
-- wrote whole to the WAL; key ids begin with the time (UUID version 7 layout), so a new
-- subject's records go to the end of this one (BENCHMARKS.md, "The vault"). A record's key
-- is always its subject's (the store checks it when it writes one), and a record is sealed
-- only while its key is live (destruction clears both in one transaction). Led by the key,
-- like the indexes of migration 0018, so that a list of keys is the index's condition
-- whatever the planner's statistics say; it also serves the foreign key to `vault_keys`.
DROP INDEX vault_records_subject;
CREATE INDEX vault_records_key ON vault_records (key_id, org_id);
