"""How one client behaves when shared: between threads, across fork(), in logs; and Skyvern.local()."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from skyvern_sync import ApiConnectionError, ApiTimeoutError, InvalidParameterError, NotFoundError, Skyvern
from skyvern_sync._constants import LOCAL_BASE_URL, POOL_MAXSIZE
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import sample

THREADS = 32
CALLS_PER_THREAD = 25


def status(client: Skyvern, run_id: str) -> tuple[str, str]:
    run = client.get_run(run_id)
    return str(run.run_id), str(run.to_dict()["status"])


def echo_run(overlap: float = 0.0) -> f.Computed:
    """Each GET /v1/runs/<id> answered with a completed run of that id, after `overlap` seconds."""
    # read here, on the test's thread: the server's threads would each parse every cassette
    completed = sample("get_run__task_v1_completed")[1]
    return f.echo_fn(lambda r: f.Delay(overlap, f.status(200, {**completed, "run_id": r.path.rsplit("/", 1)[1]})))


def test_32_threads_share_one_client_each_call_gets_its_own_answer_and_the_pool_fits(
    server: f.FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.default = echo_run(overlap=0.002)  # long enough for the threads' requests to overlap
    client = Skyvern(KEY, base_url=server.url)
    caplog.set_level("WARNING", logger="urllib3")

    def calls(thread: int) -> list[tuple[str, str, str]]:
        asked = [f"tsk_{thread}_{n}" for n in range(CALLS_PER_THREAD)]
        return [(run_id, *status(client, run_id)) for run_id in asked]

    try:
        with ThreadPoolExecutor(THREADS) as pool:
            answers = [answer for result in pool.map(calls, range(THREADS)) for answer in result]
    finally:
        client.close()

    assert len(answers) == THREADS * CALLS_PER_THREAD
    assert all(asked == got and state == "completed" for asked, got, state in answers)
    assert len(server.received) == THREADS * CALLS_PER_THREAD
    assert {r.path for r in server.received} == {
        f"/v1/runs/tsk_{t}_{n}" for t in range(THREADS) for n in range(CALLS_PER_THREAD)
    }
    # the calls ran concurrently, over connections the pool kept and reused
    assert 1 < server.peak_connections <= POOL_MAXSIZE
    assert len({r.connection_id for r in server.received}) <= POOL_MAXSIZE
    assert not [r for r in caplog.records if "pool is full" in r.getMessage()]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_uses_the_client_on_its_own_connections(server: f.FaultServer) -> None:
    server.default = echo_run()
    client = Skyvern(KEY, base_url=server.url)
    try:
        assert status(client, "tsk_parent_before") == ("tsk_parent_before", "completed")

        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: report through the pipe, never return into pytest
            outcome = b"error"
            try:
                outcome = " ".join(status(client, "tsk_child")).encode()
            finally:
                os.write(write_end, outcome)
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            child_outcome = pipe.read()
        _, exit_status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(exit_status) == 0
        assert child_outcome == b"tsk_child completed"

        assert status(client, "tsk_parent_after") == ("tsk_parent_after", "completed")
    finally:
        client.close()
    connection = {r.path.rsplit("/", 1)[1]: r.connection_id for r in server.received}
    assert len(connection) == len(server.received) == 3
    # had the child written on the parent's pooled socket, both would show the same connection
    assert connection["tsk_child"] != connection["tsk_parent_before"]
    # and the parent's pool is undisturbed: its connection is still the one it had
    assert connection["tsk_parent_after"] == connection["tsk_parent_before"]


@pytest.fixture
def debug_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included: none may show the key
    caplog.set_level(logging.DEBUG, logger="skyvern_sync")
    yield caplog


def test_debug_log_has_one_line_per_call_and_never_the_key(
    server: f.FaultServer, debug_log: pytest.LogCaptureFixture
) -> None:
    server.script(
        f.status(*sample("get_run__task_v1_completed")),
        f.status(*sample("get_run__unknown_id")),
        f.status(503, {"detail": "busy"}, headers={"Retry-After": "0"}),
        f.status(*sample("get_browser_sessions__one_open")),
    )
    client = Skyvern(KEY, base_url=server.url)
    client.get_run("tsk_1")
    with pytest.raises(NotFoundError) as error:
        client.get_run("tsk_nope")
    client.get_browser_sessions()

    ours = [r for r in debug_log.records if r.name == "skyvern_sync"]
    lines = [r.getMessage() for r in ours]
    pattern = r"(GET|POST|DELETE) (/\S+) -> (\d{3}|no answer) in \d+\.\d ms \(retries: (\d+)\)"
    parsed = [re.fullmatch(pattern, line) for line in lines]
    assert all(parsed), lines
    assert [m.groups() for m in parsed if m] == [
        ("GET", "/v1/runs/tsk_1", "200", "0"),
        ("GET", "/v1/runs/tsk_nope", "404", "0"),
        ("GET", "/v1/browser_sessions", "200", "1"),
    ]
    assert all(r.levelno == logging.DEBUG for r in ours)

    everything = [r.getMessage() for r in debug_log.records] + [str(r.args) for r in debug_log.records]
    everything += [str(error.value), repr(error.value), repr(client), str(vars(client))]
    assert server.received[0].headers["x-api-key"] == KEY  # the key was sent, so it could have leaked
    assert not [text for text in everything if KEY in text]


def test_a_connection_error_names_no_secret(debug_log: pytest.LogCaptureFixture) -> None:
    client = Skyvern(KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(ApiConnectionError) as error:
        client.get_run("tsk_1", request_options={"max_retries": 0})
    assert error.value.may_have_reached_server is False
    assert "-> no answer in" in debug_log.records[-1].getMessage()
    assert KEY not in str(error.value) and KEY not in repr(error.value)
    assert not [r for r in debug_log.records if KEY in r.getMessage()]


# -- what may_have_reached_server says --------------------------------------------------------------


def test_a_refused_connection_never_reached_the_server_and_is_retried(debug_log: pytest.LogCaptureFixture) -> None:
    client = Skyvern(KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(ApiConnectionError) as info:
        client.run_task(prompt="p", request_options={"max_retries": 1, "timeout_in_seconds": 1})
    assert type(info.value) is ApiConnectionError
    assert info.value.may_have_reached_server is False
    assert "NewConnectionError" in str(info.value)
    # run_task is never resent once it may have arrived; a refused connection sent nothing, so it is
    assert "POST /v1/run/tasks -> no answer" in debug_log.records[-1].getMessage()
    assert debug_log.records[-1].getMessage().endswith("(retries: 1)")


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_read_timeout_may_have_reached_the_server(server: f.FaultServer, method: str) -> None:
    server.default = f.hang()
    client = Skyvern(KEY, base_url=server.url)
    options = {"timeout_in_seconds": 0.2, "max_retries": 0}
    with pytest.raises(ApiTimeoutError) as info:
        # requests reports these two differently (ConnectionError for a GET, ReadTimeout for a POST)
        if method == "GET":
            client.get_run("tsk_1", request_options=options)
        else:
            client.run_task(prompt="p", request_options=options)
    assert info.value.may_have_reached_server is True
    assert info.value.method == method
    assert server.connections == 1


# -- Skyvern.local() ---------------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in [n for n in os.environ if n.startswith("SKYVERN_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_local_reads_dot_env_in_the_working_directory(clean_env: Path, server: f.FaultServer) -> None:
    (clean_env / ".env").write_text(
        f"# a comment\nexport SKYVERN_API_KEY='key-from-file'\nSKYVERN_BASE_URL={server.url}\nOTHER=x\n",
        encoding="utf-8",
    )
    server.script(f.status(*sample("get_browser_sessions__one_open")))
    client = Skyvern.local()
    assert client.base_url == server.url
    client.get_browser_sessions()
    assert server.received[0].headers["x-api-key"] == "key-from-file"


def test_local_environment_variables_win_over_the_file(
    clean_env: Path, server: f.FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    (clean_env / ".env").write_text("SKYVERN_API_KEY=key-from-file\nSKYVERN_BASE_URL=http://127.0.0.1:9\n")
    monkeypatch.setenv("SKYVERN_API_KEY", "key-from-env")
    monkeypatch.setenv("SKYVERN_BASE_URL", server.url)
    server.script(f.status(*sample("get_browser_sessions__one_open")))
    client = Skyvern.local()
    assert client.base_url == server.url
    client.get_browser_sessions()
    assert server.received[0].headers["x-api-key"] == "key-from-env"


def test_local_defaults_to_localhost_8000(clean_env: Path) -> None:
    (clean_env / "custom.env").write_text("SKYVERN_API_KEY=k\n", encoding="utf-8")
    assert Skyvern.local(env_file=clean_env / "custom.env").base_url == LOCAL_BASE_URL == "http://localhost:8000"


def test_local_without_a_key_says_where_to_put_one(clean_env: Path) -> None:
    (clean_env / ".env").write_text("SKYVERN_BASE_URL=http://localhost:9000\n", encoding="utf-8")
    with pytest.raises(
        InvalidParameterError, match=r"SKYVERN_API_KEY is needed by Skyvern.local\(\), in the environment or \.env"
    ):
        Skyvern.local()


# -- import cost -------------------------------------------------------------------------------------


def test_importing_the_client_loads_no_generated_model_or_endpoint() -> None:
    import subprocess

    # the two enums the reference's defaults are written with (RunEngine.skyvern_v2) are all it may load
    heavy = ("skyvern_generated.models.", "skyvern_generated.api", "skyvern_generated.client", "attr", "cattrs")
    enums = ["skyvern_generated.models.credential_type", "skyvern_generated.models.run_engine"]
    code = (
        "import sys\n"
        "def loaded(): return sorted(m for m in sys.modules if m.startswith(HEAVY))\n"
        "from skyvern_sync import Skyvern\n"
        "Skyvern('k', base_url='http://127.0.0.1:9')\n"
        "print(loaded())\n"
        "import skyvern_generated.api.runs.get_run\n"
        "print(len(loaded()))\n"
    ).replace("HEAVY", repr(heavy))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = result.stdout.splitlines()
    assert before == repr(enums)
    assert int(after) > 0  # the check sees these modules once something loads them


def test_no_model_nor_module_of_the_client_needs_attrs() -> None:
    import subprocess

    # the generator writes the models out; attrs (installed here: hypothesis needs it) is never imported
    code = (
        "import importlib, pkgutil, sys\n"
        "import skyvern_sync, skyvern_generated\n"
        "from skyvern_generated import models\n"
        "for package in (skyvern_sync, skyvern_generated):\n"
        "    for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        if not module.name.startswith(('skyvern_sync.django', 'skyvern_sync.flask', 'skyvern_sync.celery',"
        " 'skyvern_sync.testing', 'skyvern_sync.__main__')):\n"
        "            importlib.import_module(module.name)\n"
        "print(len([getattr(models, name) for name in models.__all__]), 'attr' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, attrs_loaded = result.stdout.split()
    assert int(count) > 200 and attrs_loaded == "False"


def test_a_blocking_call_works_inside_a_running_event_loop(server: f.FaultServer) -> None:
    # a Jupyter cell runs inside an event loop: the async SDK's asyncio.run() fails there, a plain call does not
    import asyncio

    server.default = f.status(*sample("get_run__task_v1_completed"))

    async def cell() -> str:
        with Skyvern(KEY, base_url=server.url) as client:
            return str(client.wait_for_run("tsk_1", timeout=5).status)

    assert asyncio.run(cell()) == "completed"


@pytest.mark.parametrize(
    ("base_url", "warns"),
    [
        ("http://skyvern.example.com", True),
        ("http://10.1.2.3:8000", True),
        ("http://localhost:8000", False),
        ("http://127.0.0.1:8000", False),
        ("http://[::1]:8000", False),
        ("https://api.skyvern.com", False),
    ],
)
def test_the_key_in_clear_text_to_another_host_is_warned_about(base_url: str, warns: bool) -> None:
    import warnings

    from skyvern_sync import InsecureTransportWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Skyvern(KEY, base_url=base_url).close()
    insecure = [w for w in caught if issubclass(w.category, InsecureTransportWarning)]
    assert bool(insecure) is warns
    assert all(KEY not in str(w.message) for w in caught)


def test_a_cookie_a_load_balancer_sets_is_sent_back_and_responses_are_compressed(server: f.FaultServer) -> None:
    # requests are prepared without session.request()'s merging: what it still must do is checked here
    answer = sample("get_run__task_v1_completed")
    server.script(f.status(*answer, headers={"Set-Cookie": "AWSALB=sticky-1; Path=/"}), f.status(*answer))
    client = Skyvern(KEY, base_url=server.url)
    client.get_run("tsk_1")
    client.get_run("tsk_1")
    client.close()
    first, second = server.received
    assert "Cookie" not in first.headers and second.headers["Cookie"] == "AWSALB=sticky-1"
    assert "gzip" in second.headers["Accept-Encoding"]
