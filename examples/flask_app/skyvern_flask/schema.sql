-- The example's tables (idempotent: run at every start-up). One row per run_id; codes wait for their run.
CREATE TABLE IF NOT EXISTS run (
    run_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    prompt TEXT NOT NULL DEFAULT '',
    output TEXT,  -- JSON
    failure_reason TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE IF NOT EXISTS pending_code (
    run_id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    handed_in_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
