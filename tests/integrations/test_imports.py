"""`import skyvern_sync` stays free of the frameworks: each integration imports its own only when imported."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_client_imports_no_framework() -> None:
    code = (
        "import sys, skyvern_sync, skyvern_sync.webhooks, skyvern_sync.types\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'flask', 'celery', 'blinker', 'kombu'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"
