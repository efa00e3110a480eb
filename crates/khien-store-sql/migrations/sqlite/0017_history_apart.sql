-- The access history leaves the registry's file for a database of its own beside it
-- (`<file>-history`, made and checked by `log::SqlLog` when the log opens, and rebuilt there
-- from the entry bundles). It is derived from the log: indexing it in the registry held the
-- one SQLite writer that every append waits for, about half of its time at 64 concurrent
-- protected reads (BENCHMARKS.md, "The vault"). Nothing is lost: the rows are rebuilt from
-- the entries on the next opening.
DROP TRIGGER IF EXISTS log_access_no_update;
DROP TRIGGER IF EXISTS log_access_retention;
DROP TRIGGER IF EXISTS log_access_no_replace;
DROP TABLE IF EXISTS log_access;
