-- Discovery scans written to the catalogue (issue 3). Findings never hold a raw value: only
-- masked samples and counts.
CREATE TABLE scans (
    org_id      BLOB NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    id          BLOB NOT NULL,
    regime      TEXT NOT NULL,
    sources     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (org_id, id)
);

-- Which asset a scanned path or table became, so that a later scan updates it.
CREATE TABLE scan_locators (
    org_id   BLOB NOT NULL,
    locator  TEXT NOT NULL,
    asset_id BLOB NOT NULL,
    -- The latest scan that saw it.
    last_scan_id BLOB NOT NULL,
    PRIMARY KEY (org_id, locator),
    FOREIGN KEY (org_id, asset_id) REFERENCES data_assets (org_id, id) ON DELETE CASCADE
);

CREATE TABLE scan_findings (
    org_id       BLOB NOT NULL,
    scan_id      BLOB NOT NULL,
    seq          BIGINT NOT NULL,
    asset_id     BLOB NOT NULL,
    sheet        TEXT,
    column_name  TEXT,
    field        TEXT,
    detector     TEXT NOT NULL,
    category     TEXT NOT NULL CHECK (category IN ('basic', 'sensitive')),
    legal_basis  TEXT NOT NULL,
    found        BIGINT NOT NULL CHECK (found >= 0),
    confidence   REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    samples      TEXT NOT NULL,
    PRIMARY KEY (org_id, scan_id, seq),
    FOREIGN KEY (org_id, scan_id) REFERENCES scans (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, asset_id) REFERENCES data_assets (org_id, id) ON DELETE CASCADE
);
CREATE INDEX scan_findings_asset ON scan_findings (org_id, asset_id, scan_id);
