"""Django for this suite only, without pytest-django: the new project's settings, an in-memory SQLite
database migrated once, emptied after each test. Loaded only in the interpreter ../test_django.py starts."""

from __future__ import annotations

import os
from collections.abc import Iterator

import django
import pytest
from django.core.management import call_command
from django.test.utils import setup_test_environment

from skyvern_sync.django import use_client


def pytest_configure(config: pytest.Config) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "tests.integrations.django_site.settings"
    django.setup()
    setup_test_environment()
    call_command("migrate", verbosity=0)


@pytest.fixture(autouse=True)
def _empty_tables() -> Iterator[None]:
    yield
    call_command("flush", interactive=False, verbosity=0)
    use_client(None)
