"""The README stays true: its first two commands, and its Flask example is the tested, recorded file."""

from __future__ import annotations

import re
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
