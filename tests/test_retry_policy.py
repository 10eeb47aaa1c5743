"""The retry rule alone (transport.retry_wait): what is sent again, after what, for which kind of operation."""

from __future__ import annotations

import pytest
from skyvern_generated.operations import OPERATIONS, RESENDABLE

from skyvern_sync import _constants as defaults
from skyvern_sync.transport import Outcome, retry_wait

KINDS = sorted({operation.kind for operation in OPERATIONS.values()})


def may_send_twice(kind: str) -> bool:
    """The kind's answer, from the generated table (every operation of a kind is resendable, or none is)."""
    names = {name for name, operation in OPERATIONS.items() if operation.kind == kind}
    assert names <= RESENDABLE or not names & RESENDABLE
    return names <= RESENDABLE


@pytest.fixture(autouse=True)
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("random.random", lambda: 1.0)  # backoff = its ceiling: exact numbers to compare


@pytest.mark.parametrize("kind", KINDS)
def test_a_request_that_never_left_is_sent_again_whatever_the_operation(kind: str) -> None:
    assert retry_wait(may_send_twice(kind), 0, 2, Outcome(never_sent=True)) == defaults.RETRY_INITIAL_DELAY


@pytest.mark.parametrize("kind", KINDS)
def test_a_request_that_may_have_arrived_is_sent_again_only_where_twice_does_no_harm(kind: str) -> None:
    wait = retry_wait(may_send_twice(kind), 0, 2, Outcome(never_sent=False))
    assert (wait is not None) == (kind in ("read", "change"))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [502, 503, 504])
def test_a_5xx_that_invites_a_retry_is_retried_only_where_twice_does_no_harm(kind: str, status: int) -> None:
    wait = retry_wait(may_send_twice(kind), 0, 2, Outcome(status=status))
    assert (wait is not None) == (kind in ("read", "change"))


@pytest.mark.parametrize("kind", KINDS)
def test_a_429_is_retried_for_every_operation(kind: str) -> None:
    assert retry_wait(may_send_twice(kind), 1, 2, Outcome(status=429)) == defaults.RETRY_INITIAL_DELAY * 2


@pytest.mark.parametrize("status", [200, 204, 299, 400, 401, 404, 409, 418, 422, 500, 501])
def test_other_answers_are_final(status: int) -> None:
    assert retry_wait(True, 0, 2, Outcome(status=status)) is None


def test_the_retries_run_out_at_max_retries() -> None:
    assert retry_wait(True, 2, 2, Outcome(never_sent=True)) is None
    assert retry_wait(True, 2, 2, Outcome(status=429)) is None
    assert retry_wait(True, 0, 0, Outcome(status=503)) is None


def test_the_backoff_doubles_up_to_its_cap() -> None:
    waits = [retry_wait(True, attempt, 100, Outcome(never_sent=True)) for attempt in range(8)]
    expected = [min(defaults.RETRY_MAX_DELAY, defaults.RETRY_INITIAL_DELAY * 2**n) for n in range(8)]
    assert waits == expected


def test_retry_after_is_waited_for_up_to_its_cap_and_beyond_it_not_at_all() -> None:
    assert retry_wait(False, 0, 2, Outcome(status=429, retry_after=7.0)) == 7.0
    assert retry_wait(True, 0, 2, Outcome(status=503, retry_after=0.0)) == 0.0
    assert retry_wait(True, 0, 2, Outcome(status=503, retry_after=defaults.RETRY_AFTER_CAP)) == defaults.RETRY_AFTER_CAP
    assert retry_wait(True, 0, 2, Outcome(status=503, retry_after=defaults.RETRY_AFTER_CAP + 1)) is None
