"""SQLite through the standard library: a connection per request (closed at its end), the schema, the upserts.

Why sqlite3 and not SQLAlchemy: two tables and one upsert each need no ORM and no further dependency;
`INSERT ... ON CONFLICT (run_id) DO UPDATE` makes "store a delivery" idempotent in one atomic statement.
"""

from __future__ import annotations

import json
import sqlite3
from importlib import resources
from typing import Any

from flask import Flask, current_app, g

from skyvern_sync.types import GetRunResponse


def connect(path: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=10)  # waits for another writer rather than failing at once
    connection.row_factory = sqlite3.Row
    return connection


def get_db() -> sqlite3.Connection:
    """This request's connection, opened on first use."""
    if "db" not in g:
        g.db = connect(current_app.config["DATABASE"])
    connection: sqlite3.Connection = g.db
    return connection


def close_db(error: BaseException | None = None) -> None:
    connection = g.pop("db", None)
    if connection is not None:
        connection.close()


def init_app(app: Flask) -> None:
    """Create the tables if they are missing, and close each request's connection when it ends."""
    with connect(app.config["DATABASE"]) as connection:
        connection.executescript(resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8"))
    connection.close()
    app.teardown_appcontext(close_db)


def started(run_id: str, status: str, prompt: str) -> None:
    with get_db() as connection:  # commits, or rolls back on an exception
        connection.execute(
            "INSERT INTO run (run_id, status, prompt) VALUES (?, ?, ?)"
            " ON CONFLICT (run_id) DO UPDATE SET prompt = excluded.prompt",
            (run_id, status, prompt),
        )


def store(run: GetRunResponse) -> None:
    """Insert or update the run's row: a second delivery of the same run rewrites it, never adds one."""
    with get_db() as connection:
        connection.execute(
            "INSERT INTO run (run_id, status, output, failure_reason) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (run_id) DO UPDATE SET status = excluded.status, output = excluded.output,"
            " failure_reason = excluded.failure_reason, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (run.run_id, str(run.status), None if run.output is None else json.dumps(run.output), run.failure_reason),
        )


def find(run_id: str) -> dict[str, Any] | None:
    row = (
        get_db()
        .execute("SELECT run_id, status, prompt, output, failure_reason FROM run WHERE run_id = ?", (run_id,))
        .fetchone()
    )
    if row is None:
        return None
    return {**dict(row), "output": json.loads(row["output"]) if row["output"] is not None else None}


def count_runs() -> int:
    count: int = get_db().execute("SELECT count(*) FROM run").fetchone()[0]
    return count


def hand_in(run_id: str, code: str) -> None:
    with get_db() as connection:
        connection.execute(
            "INSERT INTO pending_code (run_id, code) VALUES (?, ?)"
            " ON CONFLICT (run_id) DO UPDATE SET code = excluded.code,"
            " handed_in_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (run_id, code),
        )


def take_code(run_ids: list[str]) -> str | None:
    """The code handed in for the first of `run_ids` that has one, deleted as it is read (handed out once)."""
    with get_db() as connection:
        for run_id in run_ids:
            row = connection.execute("DELETE FROM pending_code WHERE run_id = ? RETURNING code", (run_id,)).fetchone()
            if row is not None:
                code: str = row["code"]
                return code
    return None
