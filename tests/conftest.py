from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from tests._faults import FaultServer, serve_faults


@pytest.fixture(scope="module")
def running_fault_server() -> Iterator[FaultServer]:
    """One FaultServer per test module; tests take it through `server`, which resets it."""
    with serve_faults(max_requests=100_000, max_seconds=600) as running:
        yield running


@pytest.fixture
def server(running_fault_server: FaultServer) -> FaultServer:
    """The fake server of tests/_faults.py, as if new: nothing queued, no default answer, nothing received."""
    return running_fault_server.reset()


def _fuzz_cases() -> int:
    fuzz = sys.modules.get("tests.test_fuzz")
    return sum(getattr(fuzz, "CASES", {}).values()) if fuzz else 0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Each fuzz test's examples, in its report: under pytest-xdist the reports are all the controller sees."""
    before = _fuzz_cases()
    yield
    ran = _fuzz_cases() - before
    if ran:
        item.user_properties.append(("fuzz_cases", ran))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The reliability figures the README quotes, as this run produced them."""
    passed = terminalreporter.stats.get("passed", [])
    cells = sum(1 for report in passed if "test_each_operation_meets_each_fault" in report.nodeid)
    redirects = sum(1 for report in passed if "redirect" in report.nodeid and "test_reliability" in report.nodeid)
    secrets = sum(1 for report in passed if "no_secret_reaches" in report.nodeid)
    cases = sum(value for report in passed for name, value in report.user_properties if name == "fuzz_cases")
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
