"""The one Skyvern client of this process: made on first use, shared by every thread, closed at exit.

Why lazily and not in `RunsConfig.ready()`: `ready()` runs for every management command (`migrate`,
`makemigrations`, `check`, a deploy's `collectstatic`), where no Skyvern key need be set and no request is
ever sent; made on first use, the client exists only in processes that talk to Skyvern, with the settings
the process ended up with. One instance is safe to share between threads (one connection pool serves them
all) and survives a fork (a preloading gunicorn's workers each open their own connections), so a lock
around its creation is all the sharing needs.

Why `atexit`: Django has no shutdown signal, and WSGI servers have no common hook; the interpreter's exit
is the one moment every server goes through. Closing returns the pooled connections cleanly.
"""

from __future__ import annotations

import atexit
import threading

from django.conf import settings

from skyvern_sync import InvalidParameterError, Skyvern


class NotConfigured(Exception):
    """A setting this app needs is missing: its views answer 503 naming it (the server's fault, not the caller's)."""


def api_key() -> str:
    """SKYVERN_API_KEY: the key runs are started with and deliveries are verified with."""
    key: str = settings.SKYVERN_API_KEY
    if not key:
        raise NotConfigured("SKYVERN_API_KEY is not set on this server")
    return key


class _ProcessClient:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: Skyvern | None = None

    def get(self) -> Skyvern:
        with self._lock:
            if self._client is None:
                try:
                    self._client = Skyvern(api_key=api_key(), base_url=settings.SKYVERN_BASE_URL)
                except InvalidParameterError as error:
                    raise NotConfigured(f"SKYVERN_{error.parameter.upper()} is refused: {error.problem}") from None
                atexit.register(self._client.close)
            return self._client

    def replace(self, client: Skyvern | None) -> Skyvern | None:
        with self._lock:
            previous, self._client = self._client, client
            return previous


_process = _ProcessClient()


def get_client() -> Skyvern:
    """The process's client, made from SKYVERN_API_KEY and SKYVERN_BASE_URL the first time it is asked for.

    Raises:
        NotConfigured: SKYVERN_API_KEY is not set, or the client refuses a setting (SKYVERN_BASE_URL).
    """
    return _process.get()


def use_client(client: Skyvern | None) -> Skyvern | None:
    """Make `client` the process's client (None: make one from the settings on next use); returns the one
    it replaces, which the caller closes if it owns it. For tests, which hand in a client on a cassette."""
    return _process.replace(client)
