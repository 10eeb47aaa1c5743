"""skyvern_sync.testing as a user meets it: record a test's traffic once, replay it offline, secrets never kept.

The plugin runs here in a nested pytest (pytester) against the fake server of tests/_faults.py, so that what is
recorded, scrubbed, replayed and refused can be observed from outside.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
import vcr.request

from skyvern_sync.testing import Scrubber
from skyvern_sync.testing.clock import CassetteClock
from skyvern_sync.testing.matching import body as body_matcher
from skyvern_sync.testing.matching import path as path_matcher
from tests import _faults as f
from tests._recorded import sample

LIVE_KEY = "sk-live-do-not-leak-0123456789"
USER_TEST = """
def test_waits_for_the_run(skyvern):
    run = skyvern.wait_for_run("tsk_600219310633306890", timeout=30)
    assert run.status == "completed"
"""


def cassette_of(pytester: pytest.Pytester, name: str = "test_waits_for_the_run") -> Path:
    return pytester.path / "cassettes" / "test_user" / f"{name}.yaml"


def record(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, url: str, *args: str) -> Any:
    monkeypatch.setenv("SKYVERN_BASE_URL", url)
    monkeypatch.setenv("SKYVERN_API_KEY", LIVE_KEY)
    try:
        return pytester.runpytest_inprocess("--skyvern-record-mode=once", "-p", "no:cacheprovider", *args)
    finally:
        monkeypatch.delenv("SKYVERN_BASE_URL")
        monkeypatch.delenv("SKYVERN_API_KEY")


@pytest.fixture
def polled(server: f.FaultServer) -> f.FaultServer:
    running = sample("get_run__task_v1_running")[1]
    completed = sample("get_run__task_v1_completed")[1]
    running["run_id"] = completed["run_id"] = "tsk_600219310633306890"
    completed["screenshot_urls"] = ["file:///home/someone/runs/final.png"]
    completed["recording_url"] = "https://cdn.example/r.webm?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvXzEifQ.c2lnbmF0dXJl"
    return server.script(f.status(200, running), f.status(200, running), f.status(200, completed))


def test_a_test_records_once_then_replays_offline_with_the_same_polls(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, polled: f.FaultServer
) -> None:
    url = polled.url
    pytester.makepyfile(test_user=USER_TEST)
    record(pytester, monkeypatch, url).assert_outcomes(passed=1)
    assert len(polled.received) == 3
    cassette = cassette_of(pytester).read_text(encoding="utf-8")
    assert LIVE_KEY not in cassette and "<API_KEY>" in cassette
    assert "eyJhbGciOiJIUzI1NiJ9" not in cassette and "<JWT>" in cassette
    assert "/home/someone" not in cassette
    assert "skyvern_sync.clock" in cassette

    # replay: no key, no server traffic, the three recorded answers in order
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    assert len(polled.received) == 3


def test_an_unrecorded_request_fails_loudly_in_replay(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, polled: f.FaultServer
) -> None:
    url = polled.url
    pytester.makepyfile(test_user=USER_TEST)
    record(pytester, monkeypatch, url).assert_outcomes(passed=1)
    pytester.makepyfile(test_user=USER_TEST.replace("tsk_600219310633306890", "wr_600219310633306890"))
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*CannotOverwriteExistingCassetteException*"])
    assert len(polled.received) == 3


def test_replay_blocks_the_network_and_needs_a_recording(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_user="""
        import socket
        import pytest

        @pytest.mark.skyvern_cassette("recorded_elsewhere")
        def test_opens_a_socket():
            socket.create_connection(("127.0.0.1", 9), timeout=1)

        def test_never_recorded(skyvern):
            skyvern.get_run("tsk_1")
        """
    )
    (pytester.path / "cassettes" / "test_user").mkdir(parents=True)
    (pytester.path / "cassettes" / "test_user" / "recorded_elsewhere.yaml").write_text("interactions: []\nversion: 1\n")
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, errors=1)
    result.stdout.fnmatch_lines(["*NetworkBlockedError: network access blocked during replay*"])
    result.stdout.fnmatch_lines(["*CassetteMissingError: no cassette at*test_never_recorded.yaml*record it*"])


def test_an_unknown_record_mode_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TEST)
    result = pytester.runpytest_inprocess("--skyvern-record-mode=sometimes")
    assert result.ret != 0
    result.stderr.fnmatch_lines(["*invalid choice*sometimes*"])


# -- the pieces ---------------------------------------------------------------------------


def vcr_request(method: str, uri: str, body: Any = None, content_type: str = "application/json") -> Any:
    raw = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
    return vcr.request.Request(method, uri, raw, {"Content-Type": content_type, "x-api-key": LIVE_KEY})


def test_scrubbing_hides_every_kind_of_secret_in_requests_and_responses() -> None:
    scrubber = Scrubber({"<API_KEY>": LIVE_KEY})
    request = scrubber.request(
        vcr_request(
            "POST",
            "http://127.0.0.1/v1/credentials",
            {"name": "n", "credential": {"username": "bob", "password": "hunter2", "totp": "JBSWY3DP"}},
        )
    )
    sent = json.loads(request.body)
    assert sent["credential"] == {"username": "<USERNAME>", "password": "<PASSWORD>", "totp": "<TOTP_SECRET>"}
    assert sent["name"] == "n"
    assert request.headers["x-api-key"] == "<API_KEY>"

    body = json.dumps(
        {
            "totp_identifier": "a@b.c",
            "code": "123456",
            "content": "code 123456",
            "note": f"key {LIVE_KEY}",
            "uri": "file:///home/me/x/shot.png",
        }
    ).encode()
    response = scrubber.response(
        {
            "status": {"code": 200, "message": "OK"},
            "headers": {
                "Content-Type": ["application/json"],
                "Set-Cookie": ["s=1"],
                "Content-Length": [str(len(body))],
            },
            "body": {"string": body},
        }
    )
    text = response["body"]["string"].decode()
    assert "123456" not in text and LIVE_KEY not in text and "/home/me" not in text
    assert json.loads(text)["code"] == "<TOTP_CODE>"
    assert response["headers"]["Set-Cookie"] == ["<COOKIE>"]
    # the length header follows the scrubbed body, or replay would read a truncated one
    assert response["headers"]["Content-Length"] == [str(len(response["body"]["string"]))]


def test_matching_ignores_ids_uuids_and_timestamps_that_change_between_recordings() -> None:
    first = {"agent_id": "wpid_600225602899977226", "title": "run 0b9f6c1e-3f3a-4c7e-9d55-2b8f3c1d2e4f"}
    second = {"agent_id": "wpid_700000000000000001", "title": "run 7c2d4e5f-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}
    recorded = vcr_request("POST", "http://127.0.0.1:8790/v1/run/agents", {**first, "at": "2026-11-23T11:41:38Z"})
    later = vcr_request("POST", "http://localhost:9999/v1/run/agents", {**second, "at": "2027-01-01T00:00:00Z"})
    body_matcher(later, recorded)
    path_matcher(
        vcr_request("GET", "http://x/v1/runs/tsk_v2_600224722431682234"),
        vcr_request("GET", "http://y/v1/runs/tsk_v2_1111111111111"),
    )
    different = vcr_request("POST", "http://x/v1/run/agents", {"agent_id": "wpid_700000000000000001", "title": "other"})
    with pytest.raises(AssertionError, match="body differs"):
        body_matcher(different, recorded)
    with pytest.raises(AssertionError):
        path_matcher(
            vcr_request("GET", "http://x/v1/runs/tsk_1/timeline"), vcr_request("GET", "http://x/v1/runs/tsk_1")
        )


def test_multipart_bodies_match_whatever_boundary_was_drawn() -> None:
    def upload(boundary: str) -> Any:
        body = f'--{boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\nhello\r\n--{boundary}--\r\n'
        return vcr_request(
            "POST", "http://x/v1/upload_file", body.encode(), f"multipart/form-data; boundary={boundary}"
        )

    body_matcher(upload("a1b2c3"), upload("ffee99"))


class FakeCassette:
    def __init__(self, metadata: dict[str, Any], write_protected: bool) -> None:
        self.metadata = metadata
        self.write_protected = write_protected

    def get_metadata(self, key: str, default: Any) -> Any:
        return self.metadata.setdefault(key, default)


def test_the_cassette_clock_records_readings_and_replays_them_without_sleeping() -> None:
    recording = FakeCassette({}, write_protected=False)
    clock = CassetteClock(recording)
    first = clock.monotonic()
    clock.sleep(0.05)
    second = clock.monotonic()
    assert recording.metadata["skyvern_sync.clock"] == [first, second]
    assert second >= first + 0.05

    replay = CassetteClock(FakeCassette({"skyvern_sync.clock": [0.0, 0.5, 40.0]}, write_protected=True))
    assert [replay.monotonic(), replay.monotonic(), replay.monotonic()] == [0.0, 0.5, 40.0]
    replay.sleep(3600)  # returns at once
    assert replay.monotonic() == 3640.0


def test_network_blocking_spares_unix_sockets() -> None:
    from skyvern_sync.testing.network import NetworkBlockedError, blocked_network

    left, right = socket.socketpair()
    with blocked_network():
        with pytest.raises(NetworkBlockedError):
            socket.create_connection(("127.0.0.1", 9), timeout=1)
        left.sendall(b"x")
        assert right.recv(1) == b"x"
    left.close()
    right.close()


def test_the_plugin_loads_without_vcrpy_so_pytest_works_for_users_without_the_extra() -> None:
    import subprocess
    import sys

    code = "import sys; sys.modules['vcr'] = None; import skyvern_sync.testing.plugin; print('loaded')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.stdout.strip() == "loaded", out.stderr


TWO_CLASSES = """
class TestAlpha:
    def test_same_name(self, skyvern):
        assert skyvern.get_run("tsk_600219310633306890").status in ("running", "completed")


class TestBeta:
    def test_same_name(self, skyvern):
        assert skyvern.get_run("tsk_600219310633306890").status in ("running", "completed")
"""


def test_tests_of_the_same_name_in_two_classes_get_two_cassettes(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, polled: f.FaultServer
) -> None:
    url = polled.url
    pytester.makepyfile(test_user=TWO_CLASSES)
    record(pytester, monkeypatch, url).assert_outcomes(passed=2)
    recorded = sorted(path.name for path in (pytester.path / "cassettes" / "test_user").iterdir())
    assert recorded == ["TestAlpha.test_same_name.yaml", "TestBeta.test_same_name.yaml"]
    # each replays its own answer: one class's cassette is not the other's
    assert pytester.runpytest_inprocess("-p", "no:cacheprovider").ret == 0
    assert len(polled.received) == 2


ONE_GET = """
def test_gets_the_run(skyvern):
    assert skyvern.get_run("tsk_600219310633306890").status == "completed"
"""


def test_a_conftest_can_give_its_directory_its_own_cassettes_and_the_command_line_still_wins(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, server: f.FaultServer
) -> None:
    # the repo's own layout: the ini sends every cassette to one directory, an examples/ tree keeps its own
    url = server.url
    completed = sample("get_run__task_v1_completed")[1]
    completed["run_id"] = "tsk_600219310633306890"
    server.default = f.status(200, completed)
    pytester.makeini("[pytest]\nskyvern_cassette_dir = recorded\n")
    pytester.makepyfile(test_user=ONE_GET)
    app = pytester.mkpydir("app")
    (app / "conftest.py").write_text(
        "import pytest\n\n\n@pytest.fixture\ndef skyvern_cassette_dir(request):\n"
        "    return request.path.parent / 'cassettes'\n"
    )
    (app / "test_app.py").write_text(ONE_GET)
    record(pytester, monkeypatch, url).assert_outcomes(passed=2)
    assert (pytester.path / "recorded" / "test_user" / "test_gets_the_run.yaml").exists()
    assert (app / "cassettes" / "test_app" / "test_gets_the_run.yaml").exists()
    assert not (pytester.path / "recorded" / "test_app").exists()
    assert len(server.received) == 2

    pytester.runpytest_inprocess("-p", "no:cacheprovider").assert_outcomes(passed=2)  # replay finds both
    assert len(server.received) == 2

    elsewhere = pytester.path / "elsewhere"
    record(pytester, monkeypatch, url, "--skyvern-cassette-dir", str(elsewhere)).assert_outcomes(passed=2)
    assert sorted(path.parent.name for path in elsewhere.rglob("*.yaml")) == ["test_app", "test_user"]
