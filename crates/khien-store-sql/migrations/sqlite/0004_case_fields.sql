-- Structured fields of a case (e.g. the contents a data provision request must state,
-- Decree 165/2025 Art. 8.2(a)), as a JSON object of strings.
ALTER TABLE cases ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
