-- A quantity carried by an event, e.g. the records of one cross-border transfer, summed from
-- 2025-07-01 (Decree 165/2025 Art. 12.10).
ALTER TABLE case_entries ADD COLUMN quantity BIGINT CHECK (quantity >= 0);
