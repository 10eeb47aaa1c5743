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


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The reliability figures the README quotes, as this run produced them."""
    import sys

    passed = terminalreporter.stats.get("passed", [])
    cells = sum(1 for report in passed if "test_each_operation_meets_each_fault" in report.nodeid)
    redirects = sum(1 for report in passed if "redirect" in report.nodeid and "test_reliability" in report.nodeid)
    secrets = sum(1 for report in passed if "no_secret_reaches" in report.nodeid)
    fuzz = sys.modules.get("tests.test_fuzz")
    cases = sum(getattr(fuzz, "CASES", {}).values()) if fuzz else 0
    shared = [
        claim
        for test, claim in (
            ("test_32_threads", "32 threads on one client"),
            ("test_50_threads_each_wait_for_their_run", "50 threads waiting at once"),
        )
        if any(test in report.nodeid for report in passed)
    ]
    if cells or cases:
        terminalreporter.write_line(
            f"reliability: {cells} operation x fault cells, {redirects} redirect cells, {secrets} secret-echo cells "
            f"passed; {cases} fuzz cases run" + (f"; {', '.join(shared)}" if shared else "")
        )
