"""The example Flask app: `create_app(config)` makes it, with its one Skyvern client and its SQLite file.

flask --app skyvern_flask run          # SKYVERN_API_KEY, SKYVERN_BASE_URL, SKYVERN_PUBLIC_URL from the environment
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Mapping
from typing import Any

import click
from flask import Flask

from skyvern_flask import db, views
from skyvern_sync import InvalidParameterError, Skyvern


class MissingSetting(click.ClickException):
    """A setting the app cannot start without: `flask run` prints it as one line (`Error: ...`), exit 1."""


def create_app(config: Mapping[str, Any] | None = None, *, skyvern: Skyvern | None = None) -> Flask:
    """The app, configured from the environment and then `config`, with its Skyvern client made here.

    Args:
        config: settings that win over the environment's: SKYVERN_API_KEY (also the key deliveries are
            verified with), SKYVERN_BASE_URL, SKYVERN_PUBLIC_URL (where Skyvern reaches this app: its webhook
            and TOTP URLs are built on it, not on the request's Host), DATABASE (the SQLite file).
        skyvern: a client to use instead of making one (a test's, on a cassette); its owner closes it.

    Raises:
        MissingSetting: no SKYVERN_API_KEY (the app can neither start a run nor verify a delivery without
            it), or a setting the client refuses (SKYVERN_BASE_URL not a URL).

    The client is made once, here, and kept in `app.extensions["skyvern"]` for every request and thread (one
    instance is thread-safe and survives a fork). It is closed when the app is garbage-collected or at the
    interpreter's exit, whichever comes first (`weakref.finalize`, which runs at exit like `atexit`): Flask
    has no shutdown hook, and `teardown_appcontext` runs after every request, where closing would throw
    the connection pool away each time.
    """
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(
        SKYVERN_API_KEY=os.environ.get("SKYVERN_API_KEY", ""),
        SKYVERN_BASE_URL=os.environ.get("SKYVERN_BASE_URL", "https://api.skyvern.com"),
        SKYVERN_PUBLIC_URL=os.environ.get("SKYVERN_PUBLIC_URL", "http://127.0.0.1:5000"),
        DATABASE=os.environ.get("SKYVERN_FLASK_DATABASE", os.path.join(app.instance_path, "runs.sqlite3")),
        # a delivery carries the run's whole output; skyvern_sync.webhooks refuses more than 16 MiB
        MAX_CONTENT_LENGTH=16 * 1024 * 1024,
    )
    app.config.update(config or {})
    os.makedirs(os.path.dirname(os.path.abspath(app.config["DATABASE"])), exist_ok=True)

    if not app.config["SKYVERN_API_KEY"]:  # also the key deliveries are verified with, so needed with a given client
        raise MissingSetting("SKYVERN_API_KEY is not set: export your Skyvern API key before starting the app")
    if skyvern is None:
        try:
            skyvern = Skyvern(api_key=app.config["SKYVERN_API_KEY"], base_url=app.config["SKYVERN_BASE_URL"])
        except InvalidParameterError as error:
            raise MissingSetting(f"SKYVERN_{error.parameter.upper()} is refused: {error.problem}") from None
        weakref.finalize(app, skyvern.close)
    app.extensions["skyvern"] = skyvern

    db.init_app(app)
    app.register_blueprint(views.blueprint)
    return app
