-- The entries of the bundle being filled are kept as parts, one per commit, instead of the
-- whole partial bundle rewritten at each commit (up to 128 KiB, a page of the database
-- rewritten for every 4 KiB of it, at every group commit: BENCHMARKS.md, "The vault").
-- A bundle is its row in log_bundles (full, or partial in logs written before this
-- migration) followed by its parts in order; when it fills, it is written whole to
-- log_bundles and its parts are removed in the same transaction.
CREATE TABLE log_bundle_parts (
    n     BIGINT NOT NULL,
    -- Where the part's first entry sits in the bundle (0 to 255).
    first INTEGER NOT NULL CHECK (first BETWEEN 0 AND 255),
    -- The bundle's width at the end of the part.
    width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 256 AND width > first),
    data  BLOB NOT NULL,
    PRIMARY KEY (n, first)
);

-- A part never changes; it goes only once its bundle is whole in log_bundles.
CREATE TRIGGER log_bundle_parts_no_update BEFORE UPDATE ON log_bundle_parts
BEGIN SELECT RAISE(ABORT, 'log bundles are append-only'); END;

CREATE TRIGGER log_bundle_parts_folded BEFORE DELETE ON log_bundle_parts
WHEN NOT EXISTS (SELECT 1 FROM log_bundles WHERE n = OLD.n AND width = 256)
BEGIN SELECT RAISE(ABORT, 'log bundles are append-only'); END;

CREATE TRIGGER log_bundle_parts_no_replace BEFORE INSERT ON log_bundle_parts
WHEN EXISTS (SELECT 1 FROM log_bundle_parts WHERE n = NEW.n AND first = NEW.first)
BEGIN SELECT RAISE(ABORT, 'log bundles are append-only'); END;
