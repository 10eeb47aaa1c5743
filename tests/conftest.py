from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests._loopback import Script, serve


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    """A scripted HTTP server on loopback (tests/_loopback.py): its base URL and its script."""
    script = Script()
    with serve(script) as url:
        yield url, script
