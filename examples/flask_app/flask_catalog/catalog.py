"""The app's own part: the products completed Skyvern runs found, kept by a blinker receiver, listed at
`GET /products/`; a run that waits for a one-time code is logged for whoever hands codes in."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from typing import Any

from flask import Blueprint, Flask, current_app

from skyvern_sync.flask import run_status_changed, totp_requested
from skyvern_sync.webhooks import TOTPRequest

blueprint = Blueprint("catalog", __name__)
SCHEMA = "CREATE TABLE IF NOT EXISTS product (name TEXT PRIMARY KEY, run_id TEXT NOT NULL)"


def connect(app: Flask) -> sqlite3.Connection:
    return sqlite3.connect(app.config["CATALOG_DATABASE"], timeout=10)


def init_app(app: Flask) -> None:
    with closing(connect(app)) as db:
        db.execute(SCHEMA)
    app.logger.setLevel(logging.INFO)  # the receivers' lines show on the console of `flask run`
    app.register_blueprint(blueprint)


@run_status_changed.connect
def catalog_products(app: Flask, run: dict[str, Any], previous_status: str | None, **extra: Any) -> None:
    """Sent once per status change (never for a redelivery), after the run is stored; `run` as stored."""
    names = run["output"].get("product_names") if isinstance(run["output"], dict) else None
    if run["status"] != "completed" or not isinstance(names, list):
        app.logger.info("run %s is %s", run["run_id"], run["status"])
        return
    with closing(connect(app)) as db, db:  # commits, or rolls back on an exception
        db.executemany(
            "INSERT INTO product (name, run_id) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET run_id = excluded.run_id",
            [(str(name), run["run_id"]) for name in names],
        )
    app.logger.info("run %s completed: %d products", run["run_id"], len(names))


@totp_requested.connect
def code_wanted(app: Flask, request: TOTPRequest, answered: bool, **extra: Any) -> None:
    """Sent for each TOTP callback; Skyvern asks again 10 s after one that got no code."""
    if not answered:
        app.logger.warning("run %s waits for a one-time code: hand it in with hand_in_code", request.run_id)


@blueprint.get("/products/")
def products() -> dict[str, Any]:
    """The catalog: each product name with the run that found it last."""
    with closing(connect(current_app)) as db:
        found = db.execute("SELECT name, run_id FROM product ORDER BY name").fetchall()
    return {"products": [{"name": name, "run_id": run_id} for name, run_id in found]}
