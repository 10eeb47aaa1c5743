"""The Django suite (django_suite/) runs in its own interpreter (test_django.py starts it): Django's settings
are per process, and the example project under examples/django_app configures its own in this one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SUITE_ENV = "SKYVERN_SYNC_DJANGO_SUITE"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.name == "django_suite" and not os.environ.get(SUITE_ENV):
        return True
    return None
