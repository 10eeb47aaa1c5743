"""The extension's SQLite store (standard library): runs by run_id, never moving backwards; pending TOTP codes.

One connection per call, `BEGIN IMMEDIATE` around each read-then-write: two workers delivering the same run
at once take turns, and the second finds the first's status (SQLite's write lock is the whole database's).
Column names in the SQL come from COLUMNS, never from a request (hence the S608 noqa on string-built SQL).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from typing import Any

from skyvern_sync._integrations import is_later

SCHEMA = """
CREATE TABLE IF NOT EXISTS skyvern_run (
    run_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    run_type TEXT NOT NULL DEFAULT '',
    output TEXT,
    failure_reason TEXT,
    recording_url TEXT,
    app_url TEXT,
    totp_identifier TEXT NOT NULL DEFAULT '',
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS skyvern_pending_code (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL DEFAULT '',
    identifier TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    handed_in_at REAL NOT NULL
);
"""
COLUMNS = ("run_id", "status", "run_type", "output", "failure_reason", "recording_url", "app_url", "totp_identifier")


class Store:
    """Runs and codes in the SQLite file at `path`."""

    def __init__(self, path: str) -> None:
        self.path = path
        with closing(sqlite3.connect(path, timeout=10)) as connection:
            connection.executescript(SCHEMA)  # commits by itself

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10, isolation_level=None)) as connection:
            connection.row_factory = sqlite3.Row
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def record(self, fields: dict[str, Any]) -> tuple[dict[str, Any], str | None, bool]:
        """Store the run unless the stored one has this or a later status: (the run as stored, its previous
        status, whether it changed)."""
        row = {**fields, "output": None if fields.get("output") is None else json.dumps(fields["output"])}
        with self._transaction() as connection:
            found = connection.execute("SELECT status FROM skyvern_run WHERE run_id = ?", (row["run_id"],)).fetchone()
            previous = None if found is None else str(found["status"])
            changed = is_later(row["status"], previous)
            if found is None:
                names = [name for name in COLUMNS if name in row]
                values = ", ".join("?" * len(names))
                connection.execute(
                    f"INSERT INTO skyvern_run ({', '.join(names)}, updated_at) VALUES ({values}, ?)",  # noqa: S608
                    [row[name] for name in names] + [time.time()],
                )
            elif changed:
                names = [name for name in COLUMNS if name in row and name not in ("run_id", "totp_identifier")]
                connection.execute(
                    f"UPDATE skyvern_run SET {', '.join(f'{n} = ?' for n in names)}, updated_at = ? WHERE run_id = ?",  # noqa: S608
                    [row[name] for name in names] + [time.time(), row["run_id"]],
                )
        stored = self.get(row["run_id"])
        assert stored is not None
        return stored, previous, changed

    def get(self, run_id: str) -> dict[str, Any] | None:
        """The run as stored (output decoded), or None."""
        with self._transaction() as connection:
            found = connection.execute("SELECT * FROM skyvern_run WHERE run_id = ?", (run_id,)).fetchone()
        if found is None:
            return None
        run = dict(found)
        run["output"] = None if run["output"] is None else json.loads(run["output"])
        return run

    def count(self) -> int:
        with self._transaction() as connection:
            return int(connection.execute("SELECT count(*) FROM skyvern_run").fetchone()[0])

    def hand_in(self, code: str, run_id: str, identifier: str, at: float | None = None) -> None:
        with self._transaction() as connection:
            connection.execute(
                "INSERT INTO skyvern_pending_code (run_id, identifier, code, handed_in_at) VALUES (?, ?, ?, ?)",
                (run_id, identifier, code, time.time() if at is None else at),
            )

    def take_code(self, run_ids: list[str], ttl: float) -> str | None:
        """The oldest unexpired code for `run_ids` or their runs' TOTP identifiers, deleted as it is read."""
        if not run_ids:
            return None
        marks = ", ".join("?" * len(run_ids))
        with self._transaction() as connection:
            identifiers = [
                row[0]
                for row in connection.execute(
                    f"SELECT totp_identifier FROM skyvern_run WHERE run_id IN ({marks}) AND totp_identifier != ''",  # noqa: S608
                    run_ids,
                )
            ]
            imarks = ", ".join("?" * len(identifiers)) or "NULL"
            found = connection.execute(
                f"SELECT id, code FROM skyvern_pending_code WHERE (run_id IN ({marks}) OR identifier IN ({imarks}))"  # noqa: S608
                " AND handed_in_at >= ? ORDER BY handed_in_at LIMIT 1",
                [*run_ids, *identifiers, time.time() - ttl],
            ).fetchone()
            if found is None:
                return None
            connection.execute("DELETE FROM skyvern_pending_code WHERE id = ?", (found["id"],))
            return str(found["code"])
