"""Django for the example's tests, without pytest-django: the project's settings on a scratch SQLite file,
migrated once; each test on empty tables, with the test's Skyvern client as the process's, cassettes beside it.

(The Flask example keeps its fixtures in its test module: mypy checks `examples` as one tree, where two
top-level `conftest` modules would clash.)
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import django
import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django.test.utils import setup_test_environment, teardown_test_environment

from skyvern_sync import Skyvern
from skyvern_sync.testing import Receiver, Recording

SCRATCH = tempfile.TemporaryDirectory(prefix="skyvern-django-example-")


def pytest_configure(config: pytest.Config) -> None:
    # before the test module is collected: it imports the app's models, which need a configured Django
    os.environ["DJANGO_SETTINGS_MODULE"] = "skyvern_site.settings"
    os.environ["DJANGO_DB_PATH"] = str(Path(SCRATCH.name) / "db.sqlite3")
    django.setup()
    setup_test_environment()  # the test client's host is allowed, e-mail stays in memory
    call_command("migrate", verbosity=0)


def pytest_unconfigure(config: pytest.Config) -> None:
    teardown_test_environment()
    from django.db import connections

    connections.close_all()
    SCRATCH.cleanup()


@pytest.fixture
def skyvern_cassette_dir(request: pytest.FixtureRequest) -> Path:
    """This example's cassettes live beside its tests, not where the repo's ini sends the scenario suite's."""
    return request.path.parent / "cassettes"


@pytest.fixture
def site_url(skyvern_recording: Recording) -> str:
    """The local test site the server's browser visits (see ../shared/realskyvern/README.md)."""
    return skyvern_recording.remember("site_url", lambda: os.environ["SITE_URL"])


@pytest.fixture(autouse=True)
def _empty_tables() -> Iterator[None]:
    yield
    call_command("flush", interactive=False, verbosity=0)


@pytest.fixture
def project(skyvern: Skyvern, skyvern_webhooks: Receiver) -> Iterator[None]:
    """The project's settings wired to this test's recording: its client is the `skyvern` fixture (so its
    traffic is in the cassette), its key the one deliveries are signed with, and its public URL the
    receiver's, so that what Skyvern sends the project lands where the test can take it from."""
    from skyvern_sync.django import use_client

    previous = use_client(skyvern)
    settings = {
        "SKYVERN_API_KEY": skyvern_webhooks.api_key,
        "SKYVERN_BASE_URL": skyvern.base_url,
        "SKYVERN_PUBLIC_URL": skyvern_webhooks.url,
    }
    try:
        with override_settings(**settings):
            yield
    finally:
        use_client(previous)


@pytest.fixture
def skyvern_side(project: None) -> Client:
    """The project as Skyvern calls it: no session, and CSRF enforced (the endpoints are exempt, being signed)."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def admin_client(project: None) -> Client:
    """The admin as a superuser sees it."""
    from django.contrib.auth.models import User

    client = Client()
    client.force_login(User.objects.create_superuser("admin", "admin@example.com", "example-only"))
    return client
