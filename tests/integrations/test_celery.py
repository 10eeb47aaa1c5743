"""skyvern_sync.celery end to end: a real redis-server broker and a real worker process start a run on
recorded traffic, the run's recorded delivery completes it; and the task's retry decisions, one per way a
run-starting call can fail, against a hostile server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from skyvern_sync import SkyvernError, webhooks
from tests._faults import reset_before_response, serve_faults, status
from tests._recorded import recorded_body
from tests.integrations._traffic import FINISHED_RUN, KEY, ROOT, replaying

celery = pytest.importorskip("celery")
redis = pytest.importorskip("redis")
REDIS_SERVER = shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ready(check: Any, what: str, seconds: float = 60.0) -> None:
    """Wait for a process to be up (a readiness wait, not an assertion about speed)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not come up within {seconds:g} s")
        time.sleep(0.1)


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[str]:
    """A redis-server of this test's own, on a free loopback port, stopped at the end."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)")
    port = free_port()
    server = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    client = redis.Redis(host="127.0.0.1", port=port)

    def pong() -> bool:
        try:
            return bool(client.ping())
        except redis.exceptions.ConnectionError:
            return False

    try:
        ready(pong, "redis-server")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def worker(broker: str, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A real Celery worker process whose Skyvern client replays FINISHED_RUN."""
    with replaying(FINISHED_RUN, block_network=False) as traffic:
        base_url = traffic.client.base_url
    env = {
        **os.environ, "CELERY_BROKER_URL": broker, "SKYVERN_CASSETTE": str(FINISHED_RUN),
        "SKYVERN_API_KEY": KEY, "SKYVERN_BASE_URL": base_url,
    }  # fmt: skip
    # set in this process by the Django example's conftest; the worker is no Django project
    env.pop("DJANGO_SETTINGS_MODULE", None)
    log = (tmp_path / "worker.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tests.integrations.celery_worker", "worker", "--pool=solo",
         "--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def test_a_worker_starts_the_run_once_and_its_webhook_completes_it(
    broker: str, worker: subprocess.Popen[str], tmp_path: Path
) -> None:
    from flask import Flask

    from skyvern_sync.flask import SkyvernExtension

    producer = celery.Celery("producer", broker=broker, backend=broker, fixups=[])  # not this process's Django
    producer.conf.update(accept_content=["json"], task_serializer="json", result_serializer="json")
    with replaying(FINISHED_RUN, block_network=False) as traffic:
        result = producer.send_task("skyvern_sync.start_run", kwargs=traffic.start)
        try:
            run_id = result.get(timeout=120)
        except Exception:
            log = (tmp_path / "worker.log").read_text()
            raise AssertionError(f"the task failed; the worker said:\n{log[-4000:]}") from None
        completion = traffic.delivered("/hooks/run")[0]
    assert worker.poll() is None
    assert isinstance(run_id, str) and run_id == completion.json()["run_id"]

    # the webhook completes it: the recorded delivery, posted to an app's endpoint
    app = Flask(__name__, instance_path=str(tmp_path))
    app.config.update(SKYVERN_API_KEY=KEY)
    extension = SkyvernExtension(app)
    headers = {k: v for k, v in completion.headers.items() if k.lower() not in ("content-length", "host")}
    assert app.test_client().post("/skyvern/webhook/", data=completion.body, headers=headers).status_code == 200
    with app.app_context():
        stored = extension.get_run(run_id)
    assert stored is not None and stored["status"] == "completed"
    assert webhooks.parse(completion.body, completion.headers, KEY).run_id == run_id


# -- the task's decisions, run eagerly (Celery runs an eager task's retries at once, without a broker) ----

STARTED = recorded_body("run_task", lambda body: body.get("status") == "created")
NO_CLIENT_RETRY = {"max_retries": 0}  # so that every failure reaches the task, which decides


def run_eagerly(url: str) -> Any:
    from skyvern_sync import Skyvern
    from skyvern_sync.celery import start_run, use_client

    previous = use_client(Skyvern(api_key=KEY, base_url=url))
    try:
        return start_run.apply(kwargs={"prompt": "Open the products page", "request_options": NO_CLIENT_RETRY})
    finally:
        made = use_client(previous)
        if made is not None:
            made.close()


def test_429_is_retried_with_backoff_until_the_run_starts() -> None:
    limited = status(429, {"detail": "concurrent run limit"}, headers={"Retry-After": "0"})
    with serve_faults(limited, limited, status(200, STARTED)) as server:
        result = run_eagerly(server.url)
        assert result.get() == STARTED["run_id"]
        assert len(server.received) == 3


def test_a_call_that_may_have_reached_the_server_is_never_sent_again() -> None:
    with serve_faults(reset_before_response(), status(200, STARTED)) as server:
        result = run_eagerly(server.url)
        with pytest.raises(SkyvernError, match="may_have_started"):
            result.get()
        assert len(server.received) == 1  # one run at most, never a second


def test_a_call_that_never_left_is_retried() -> None:
    from skyvern_sync.celery import backoff

    assert backoff(0) <= 2.0 and backoff(20) <= 300.0
    port = free_port()  # nothing listens there: refused before anything is sent
    result = run_eagerly(f"http://127.0.0.1:{port}")
    with pytest.raises(SkyvernError, match="never sent, still after every retry"):
        result.get()


def test_a_run_started_whose_answer_was_unreadable_is_its_id_and_not_a_second_run() -> None:
    unreadable = {**STARTED, "created_at": 5}  # the recorded answer with one field spoiled: the run exists
    with serve_faults(status(200, unreadable), status(200, STARTED)) as server:
        result = run_eagerly(server.url)
        assert result.get() == STARTED["run_id"]
        assert len(server.received) == 1
