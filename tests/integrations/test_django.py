"""Runs the skyvern_sync.django suite (django_suite/) in its own interpreter.

Django's settings and app registry are per process, and this pytest process already holds the example
project's (examples/django_app/tests/conftest.py configures them while collecting): a second project in the
same process would either not load or change the example's. So the suite runs in a child pytest, with the
new project's settings, and this test passes exactly when every test there passed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.integrations.conftest import SUITE_ENV

SUITE = Path(__file__).resolve().parent / "django_suite"
ROOT = Path(__file__).resolve().parents[2]


def test_the_django_integration_suite_passes_in_its_own_interpreter() -> None:
    env = {**os.environ, SUITE_ENV: "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(SUITE), "-q", "-p", "no:cacheprovider", "-rfE"],
        check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert " passed" in done.stdout and " failed" not in done.stdout
