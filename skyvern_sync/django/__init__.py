"""skyvern_sync.django: Skyvern in a Django project as an installed app (the `django` extra).

    INSTALLED_APPS = [..., "skyvern_sync.django"]
    SKYVERN_API_KEY = os.environ["SKYVERN_API_KEY"]
    urlpatterns = [..., path("skyvern/", include("skyvern_sync.django.urls"))]

gives the webhook endpoint (`skyvern/webhook/`) and the TOTP endpoint (`skyvern/totp/`), the `Run` model
with its admin, the signals in `skyvern_sync.django.signals`, and `manage.py check` messages for what the
settings miss. `client()` is the process's one Skyvern client. Settings: see `skyvern_sync.django.conf`.
"""

from __future__ import annotations

import atexit
import os
import threading

from skyvern_sync import Skyvern

__all__ = ["client", "totp_url", "use_client", "webhook_url"]


class _ProcessClient:
    """One client per process: made on first use, remade in a forked child, closed at exit.

    Not made in `AppConfig.ready()`, which runs for every management command (migrate, check,
    collectstatic) where no key need be set. After a fork (a preloading gunicorn or a Celery prefork
    worker) the child starts without the parent's client and with a new lock: a lock another thread of
    the parent held at the fork would never be released in the child.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: Skyvern | None = None
        os.register_at_fork(after_in_child=self._after_fork)

    def _after_fork(self) -> None:
        self._lock = threading.Lock()
        self._client = None  # the parent's pool is the parent's; the child opens its own on first use

    def get(self) -> Skyvern:
        with self._lock:
            if self._client is None:
                from skyvern_sync.django import conf

                self._client = Skyvern(api_key=conf.api_key(), base_url=conf.base_url())
                atexit.register(self._client.close)
            return self._client

    def replace(self, client: Skyvern | None) -> Skyvern | None:
        with self._lock:
            previous, self._client = self._client, client
            return previous


_process = _ProcessClient()


def client() -> Skyvern:
    """The process's Skyvern client, made from SKYVERN_API_KEY and SKYVERN_BASE_URL on first use."""
    return _process.get()


def use_client(replacement: Skyvern | None) -> Skyvern | None:
    """Make `replacement` the process's client (None: make one from the settings on next use); returns the
    one it replaces, for the caller to close if it owns it. For tests, which hand in a client on a cassette."""
    return _process.replace(replacement)


def webhook_url() -> str:
    """The webhook endpoint as Skyvern reaches it: SKYVERN_PUBLIC_URL + the URL the include gave it."""
    return _public("skyvern_sync:webhook")


def totp_url() -> str:
    """The TOTP endpoint as Skyvern reaches it: SKYVERN_PUBLIC_URL + the URL the include gave it."""
    return _public("skyvern_sync:totp")


def _public(name: str) -> str:
    from django.urls import reverse

    from skyvern_sync.django import conf

    return conf.public_url().rstrip("/") + reverse(name)
