"""The README stays true: its first two commands, its quickstart as a new user meets it, and its Flask example is
the tested, recorded file."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_flask_example_is_the_recorded_test_verbatim() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    example = next(block for block in blocks if "def create_app" in block)
    source = (ROOT / "tests" / "scenarios" / "test_readme_flask.py").read_text(encoding="utf-8")
    code = source.split("\n", 1)[1]  # past the comment that points back here
    assert example.strip() == code.strip()
    assert (ROOT / "cassettes" / "test_readme_flask" / "test_products_view.yaml").exists()


def test_the_readme_starts_with_the_quickstart_and_the_ci_test_command() -> None:
    first = re.search(r"```sh\n(.*?)```", README, flags=re.S)
    assert first is not None
    quickstart, tests = first.group(1).strip().splitlines()
    assert "python3 -m skyvern_sync.quickstart" in quickstart
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.split("#")[0].strip() in ci
    assert quickstart.split("#")[0].strip() in ci


def test_the_packaged_quickstart_session_is_the_recorded_one() -> None:
    # tools.record copies it after each recording; a stale copy would replay an old wire
    packaged = ROOT / "skyvern_sync" / "quickstart_session.yaml"
    assert packaged.read_bytes() == (ROOT / "cassettes" / "test_quickstart" / "test_quickstart.yaml").read_bytes()


# -- the quickstart as a new user meets it ----------------------------------------------------------------


def quickstart(*args: str, code: str = "", **variables: str) -> subprocess.CompletedProcess[str]:
    """`python -m skyvern_sync.quickstart ARGS` in a directory of its own (or `code` before its main())."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("SKYVERN_")}
    env.update(variables)
    program = f"import sys\n{code}\nfrom skyvern_sync.quickstart import main\nsys.exit(main({list(args)!r}))"
    return subprocess.run(
        [sys.executable, "-c", program],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT.parent,
        timeout=120,
    )


def test_a_live_quickstart_that_cannot_reach_its_server_says_so_in_one_line_naming_the_setting() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    ran = quickstart(SKYVERN_API_KEY="sk-quickstart-test-key", SKYVERN_BASE_URL=closed)
    assert ran.returncode == 1
    [line] = ran.stderr.splitlines()
    assert line.startswith("quickstart: POST /v1/agents: ") and "it never reached the server" in line
    assert line.endswith("check SKYVERN_BASE_URL (and that the server is up)")
    assert "sk-quickstart-test-key" not in ran.stderr + ran.stdout


def test_the_quickstart_offers_live_only_where_the_local_server_is() -> None:
    nowhere = str(ROOT / "no-such-shared")
    replayed = quickstart(SKYVERN_SHARED=nowhere)
    assert replayed.returncode == 0, replayed.stderr
    first = replayed.stdout.splitlines()[0]
    assert first.startswith("Replaying the recorded quickstart session") and "--live" not in first
    live = quickstart("--live", SKYVERN_SHARED=nowhere)
    assert live.returncode == 2 and live.stdout == ""
    assert live.stderr.splitlines()[-1].endswith("which is not here: set SKYVERN_API_KEY (and SKYVERN_BASE_URL) to "
                                                 "run against a server of yours")  # fmt: skip
    assert "Traceback" not in live.stderr


def test_without_the_testing_extra_the_quickstart_says_what_to_install_before_announcing_anything() -> None:
    ran = quickstart(code="sys.modules['vcr'] = None  # as if vcrpy were not installed")
    assert (ran.returncode, ran.stdout) == (1, "")
    [line] = ran.stderr.splitlines()
    assert "needs the testing extra" in line and "pip install -e '.[testing]'" in line and "SKYVERN_API_KEY" in line


def test_every_install_command_installs_from_the_checkout_until_skyvern_sync_is_published() -> None:
    # the registry has no skyvern-sync yet: an install line must name the checkout (or a wheel built from it)
    version = re.search(r'^version = "(.+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), flags=re.M)
    assert version is not None
    pages = [ROOT / "README.md", *sorted((ROOT / "examples").glob("*/README.md")), ROOT / "docs" / "migration.md"]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        shell = "\n".join(re.findall(r"```sh\n(.*?)```", text, flags=re.S))
        commands = re.findall(r"pip install [^\n`#]*", shell)
        for command in commands:
            assert re.search(r"-e '?\.", command), (page.name, command)
        # the published name is kept for later, where the text says it is not published yet
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        for paragraph in prose.split("\n\n"):
            if re.search(r"pip install '?skyvern-sync", paragraph):
                assert "PyPI" in paragraph or "published" in paragraph, (page.name, paragraph)
        assert commands or "-e ." in prose, page.name
        for wheel in re.findall(r"dist/skyvern_sync-([^-]+)-py3-none-any\.whl", text):
            assert wheel == version.group(1), (page.name, wheel)
