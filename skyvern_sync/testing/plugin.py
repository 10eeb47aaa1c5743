"""pytest plugin (entry point `skyvern_sync` in the `pytest11` group): a cassette per test, named after it.

Fixtures: `skyvern_recording` (the active cassette), `skyvern` (a client bound to it) and `skyvern_webhooks`
(a receiver of webhook deliveries and TOTP callbacks, recorded into the cassette). A test marked
`@pytest.mark.skyvern_cassette` gets its cassette without asking for a fixture (for code that builds its
own client). Record modes: `--skyvern-record-mode=none|once|new_episodes|all` (ini `skyvern_record_mode`,
default `none`: replay only, network blocked). Cassettes live in `--skyvern-cassette-dir`, else in what the
`skyvern_cassette_dir` fixture gives (a conftest.py may override it for its directory), whose default is the
ini `skyvern_cassette_dir` (relative to the rootdir), else `cassettes/` beside each test file; each as
`<test module>/<test name>.yaml`, or `<test module>/<TestClass>.<test name>.yaml` for a test in a class.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from skyvern_sync import Skyvern
from skyvern_sync.environment import SkyvernEnvironment
from skyvern_sync.testing.recording import RECORD_MODES, REPLAY_API_KEY, Recording, recording
from skyvern_sync.testing.webhooks import Receiver, receiving


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("skyvern_sync", "recorded Skyvern traffic (skyvern_sync.testing)")
    group.addoption(
        "--skyvern-record-mode",
        choices=RECORD_MODES,
        default=None,
        help="none: replay only, network blocked (default); once: record missing cassettes; "
        "new_episodes: add unrecorded requests; all: re-record everything",
    )
    group.addoption("--skyvern-cassette-dir", default=None, help="where cassettes live (default: ini or cassettes/)")
    parser.addini("skyvern_record_mode", "default record mode", default="none")
    parser.addini("skyvern_cassette_dir", "cassette directory, relative to the rootdir", default="")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "skyvern_cassette(name=None): record/replay this test's Skyvern traffic in its own cassette"
    )


def record_mode(config: pytest.Config) -> str:
    mode = config.getoption("--skyvern-record-mode") or config.getini("skyvern_record_mode") or "none"
    if mode not in RECORD_MODES:
        raise pytest.UsageError(f"skyvern_record_mode must be one of {', '.join(RECORD_MODES)}, got {mode!r}")
    return str(mode)


def cassette_dir(config: pytest.Config, test_dir: Path) -> Path:
    """The command line's directory, else the ini's (under the rootdir), else `cassettes/` beside the tests."""
    option = config.getoption("--skyvern-cassette-dir")
    if option:
        return Path(option)
    ini = str(config.getini("skyvern_cassette_dir") or "")
    return config.rootpath / ini if ini else test_dir / "cassettes"


def cassette_name(request: pytest.FixtureRequest) -> str:
    """`<Class>.<test>` for a test in a class (as pytest-recording names them), else `<test>`; a marker's
    `name` wins."""
    marker = request.node.get_closest_marker("skyvern_cassette")
    name = (marker.kwargs.get("name") or (marker.args[0] if marker.args else None)) if marker else None
    if name:
        return str(name)
    test_name = re.sub(r"[^\w.\[\]-]+", "_", request.node.name)
    return f"{request.cls.__name__}.{test_name}" if request.cls is not None else test_name


def cassette_path(request: pytest.FixtureRequest, base: Path | None = None) -> Path:
    """`<base>/<test module>/<cassette name>.yaml`; `base` defaults to `cassette_dir`, and the command line's
    directory replaces any `base` given (so one option sends a whole run's cassettes elsewhere)."""
    option = request.config.getoption("--skyvern-cassette-dir")
    if option or base is None:
        base = cassette_dir(request.config, request.path.parent)
    return base / request.path.stem / f"{cassette_name(request)}.yaml"


@pytest.fixture
def skyvern_cassette_dir(request: pytest.FixtureRequest) -> Path:
    """The directory this test's cassettes live in: the ini's `skyvern_cassette_dir` (under the rootdir), else
    `cassettes/` beside the test file.

    Override it in a conftest.py (or a test module) to give those tests their own directory when the ini
    points elsewhere, e.g. `return request.path.parent / "cassettes"`. `--skyvern-cassette-dir` on the
    command line still wins, as it does over the ini.
    """
    return cassette_dir(request.config, request.path.parent)


@pytest.fixture
def skyvern_recording(request: pytest.FixtureRequest, skyvern_cassette_dir: Path) -> Iterator[Recording]:
    """The test's cassette, active for the whole test (replayed, or recorded with secrets scrubbed)."""
    secrets = {"<API_KEY>": os.environ.get("SKYVERN_API_KEY", "")}
    path = cassette_path(request, Path(skyvern_cassette_dir))
    with recording(path, record_mode=record_mode(request.config), secrets=secrets) as active:
        yield active


@pytest.fixture(autouse=True)
def _skyvern_cassette_marker(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("skyvern_cassette") is not None:
        request.getfixturevalue("skyvern_recording")


@pytest.fixture
def skyvern(skyvern_recording: Recording) -> Iterator[Skyvern]:
    """A client on the test's cassette: SKYVERN_API_KEY/SKYVERN_BASE_URL while recording, no key in replay."""
    base_url = skyvern_recording.remember(
        "base_url", lambda: os.environ.get("SKYVERN_BASE_URL") or SkyvernEnvironment.CLOUD.value
    )
    if skyvern_recording.replaying:
        api_key = REPLAY_API_KEY
    else:
        api_key = os.environ.get("SKYVERN_API_KEY", "")
        if not api_key:
            raise pytest.UsageError("recording Skyvern traffic needs SKYVERN_API_KEY (and SKYVERN_BASE_URL)")
    with skyvern_recording.attach(Skyvern(api_key=api_key, base_url=base_url)) as client:
        yield client


@pytest.fixture
def skyvern_webhooks(skyvern_recording: Recording) -> Iterator[Receiver]:
    """Where Skyvern delivers webhooks and TOTP callbacks in this test: a server on this machine while
    recording (Skyvern must be able to reach it: a local server, or one on this network), the recorded
    deliveries in replay. `skyvern_webhooks.api_key` is the key they are signed with."""
    with receiving(skyvern_recording, os.environ.get("SKYVERN_API_KEY", "")) as receiver:
        yield receiver
