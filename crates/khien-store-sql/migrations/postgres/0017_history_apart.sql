-- On SQLite the access history moves to a database of its own (migration 0017 there). On
-- PostgreSQL it stays in `log_access`, where concurrent writers do not wait for each other;
-- its rows are now written by the log's indexer after each commit instead of inside it.
SELECT 1;
