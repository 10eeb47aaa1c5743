"""skyvern_sync.celery: start Skyvern runs from Celery tasks, once each (the `celery` extra).

A view that calls `run_task(..., wait_for_completion=True)` holds a web worker for minutes. Instead, a view
queues `start_run` and returns; the task starts the run and returns its id; the run's webhook (the
skyvern_sync.django or skyvern_sync.flask endpoint) brings the result.

    from skyvern_sync.celery import start_run            # registered on your Celery app (a shared task)

    result = start_run.delay(prompt="Extract the product names", url=url, webhook_url=webhook_url())
    run_id = result.get(timeout=60)                       # or store result.id and look later

A module of tasks rather than an example: what makes the task right (when to retry) is the same for
every project, and is what users get wrong when they copy it.

Never started twice. A call that starts a run is not retried by the client once it may have reached the
server, and neither is the task: retried after a lost connection, it could create a second run.
- the run's id is known (`error.run_id`: the server answered but the answer could not be read, or the
  connection dropped after the id came): the run was started; the task returns that id;
- the request certainly never left (`may_have_reached_server` is False): retried with backoff;
- it may have reached the server and no id is known: the task fails (SkyvernError), not retried: the run
  may exist, and if it does its webhook still arrives and is stored by run_id;
- 429 (`TooManyRequestsError`: the organization's concurrent-run limit): retried with exponential backoff,
  at least as long as the server's `Retry-After`, up to `max_retries` (default 8).
The task is acknowledged before it runs (`acks_late=False`, Celery's default, kept on purpose): a worker
lost mid-call does not redeliver it to another worker, which would start the run again.

The result is the run id (a str); a failure is raised as a `SkyvernError` whose message says what happened
(`may_have_started` in the message when the run may exist), so it crosses any result backend's serializer.

The worker's client: `client()`, one per process: in a Django project with skyvern_sync.django installed,
that app's (from the settings); else made on first use from SKYVERN_API_KEY and SKYVERN_BASE_URL in the
environment, remade in a forked pool process. `use_client()` replaces the latter.
"""

from __future__ import annotations

import os
import random
import sys
import threading
from typing import Any

from celery import shared_task

from skyvern_sync import Skyvern
from skyvern_sync.errors import ApiConnectionError, ApiError, SkyvernError, TooManyRequestsError

__all__ = ["backoff", "client", "start_run", "use_client"]

BASE_DELAY = 2.0
MAX_DELAY = 300.0


class _ProcessClient:
    """One client per process, made on first use; a forked pool process makes its own."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.client: Skyvern | None = None
        self.pid = os.getpid()
        self.chosen = False  # made by use_client(), not from the environment or the Django settings


_process = _ProcessClient()


def client() -> Skyvern:
    """This worker process's Skyvern client: in a Django project with skyvern_sync.django installed, that
    app's `client()` (made from the settings); else one made from SKYVERN_API_KEY and SKYVERN_BASE_URL in
    the environment."""
    with _process.lock:
        if _process.chosen and _process.pid == os.getpid():  # use_client()'s choice wins over the settings
            return _process.client  # type: ignore[return-value]
    if "django" in sys.modules:  # never imports Django for a worker that has none
        from django.apps import apps

        if apps.ready and apps.is_installed("skyvern_sync.django"):
            import skyvern_sync.django

            return skyvern_sync.django.client()
    with _process.lock:
        if _process.client is None or _process.pid != os.getpid():
            _process.client = Skyvern(
                api_key=os.environ.get("SKYVERN_API_KEY", ""), base_url=os.environ.get("SKYVERN_BASE_URL") or None
            )
            _process.pid = os.getpid()
        return _process.client


def use_client(replacement: Skyvern | None) -> Skyvern | None:
    """Make `replacement` this process's client (None: make one from the environment on next use)."""
    with _process.lock:
        previous, _process.client, _process.pid = _process.client, replacement, os.getpid()
        _process.chosen = replacement is not None
        return previous


def backoff(retries: int, error: SkyvernError | None = None) -> float:
    """Seconds before retry number `retries + 1`: exponential with full jitter, never below Retry-After."""
    delay = random.uniform(0, min(MAX_DELAY, BASE_DELAY * 2**retries))  # noqa: S311 (jitter, not a secret)
    headers = getattr(error, "headers", None) or {}
    retry_after = next((value for key, value in headers.items() if key.lower() == "retry-after"), None)
    try:
        return max(delay, float(retry_after)) if retry_after is not None else delay
    except ValueError:  # an HTTP date: the exponential delay stands
        return delay


def _failure(error: SkyvernError, what: str) -> SkyvernError:
    return SkyvernError(f"{what}: {type(error).__name__}: {error}")


def _start_run(self: Any, prompt: str, **options: Any) -> str:
    """Start a run with `run_task(prompt, **options)` and return its id, never starting it twice."""
    if options.get("wait_for_completion"):
        raise SkyvernError("start_run returns as soon as the run is started: the webhook brings the result")
    try:
        run = client().run_task(prompt=prompt, **options)
    except TooManyRequestsError as error:
        if self.request.retries >= (self.max_retries or 0):
            raise _failure(error, "too many concurrent runs, still after every retry") from None
        raise self.retry(countdown=backoff(self.request.retries, error), exc=_failure(error, "429")) from None
    except ApiConnectionError as error:
        if error.run_id:
            return error.run_id  # started: its answer was lost
        if not error.may_have_reached_server and self.request.retries < (self.max_retries or 0):
            raise self.retry(countdown=backoff(self.request.retries), exc=_failure(error, "not sent")) from None
        if error.may_have_reached_server:
            raise _failure(error, "may_have_started, so not retried (its webhook says if it did)") from None
        raise _failure(error, "never sent, still after every retry") from None
    except ApiError as error:
        if error.run_id:
            return error.run_id  # ResponseValidationError: started, answer unreadable
        raise _failure(error, "refused") from None
    except SkyvernError as error:
        raise _failure(error, "not started") from None
    return run.run_id


# celery ships no type information; the task is typed by _start_run's signature
start_run: Any = shared_task(bind=True, name="skyvern_sync.start_run", max_retries=8, acks_late=False)(_start_run)
