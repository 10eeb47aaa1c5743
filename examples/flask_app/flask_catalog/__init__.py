"""The example Flask app: skyvern_sync.flask on an app factory (`flask --app flask_catalog run`), and a catalog
its signal receiver fills."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from flask_catalog import catalog
from skyvern_sync.flask import SkyvernExtension

skyvern = SkyvernExtension()


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """The app, configured from the environment and then `config` (which wins: a test's settings)."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SKYVERN_API_KEY=os.environ.get("SKYVERN_API_KEY", ""),  # init_app refuses to start without one
        SKYVERN_BASE_URL=os.environ.get("SKYVERN_BASE_URL", "https://api.skyvern.com"),
        # where Skyvern reaches this app: start_run builds the runs' webhook and TOTP URLs on it
        SKYVERN_PUBLIC_URL=os.environ.get("SKYVERN_PUBLIC_URL", "http://127.0.0.1:5000"),
        CATALOG_DATABASE=os.path.join(app.instance_path, "catalog.sqlite3"),
    )
    app.config.update(config or {})
    skyvern.init_app(app)  # /skyvern/webhook/ and /skyvern/totp/, the client, runs and codes
    catalog.init_app(app)
    return app
