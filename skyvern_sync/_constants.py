"""Every default of the client in one place."""

from __future__ import annotations

CLOUD_BASE_URL = "https://api.skyvern.com"
LOCAL_BASE_URL = "http://localhost:8000"
API_KEY_HEADER = "x-api-key"

# No call may hang forever: one deadline bounds connecting, every retry and reading the whole body.
# `timeout=` on the client sets it; RequestOptions(timeout_in_seconds=...) sets it per call. Connecting
# alone is given at most CONNECT_TIMEOUT of it.
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
# The longest timeout taken, for a call or a wait: 30 days, far beyond any run, and far below what a socket
# or a sleep can be given (about 9.2e9 s), which fails only after the request was sent.
MAX_SECONDS = 30 * 24 * 3600.0

# Retries of one request (connection failures, 429/502/503/504), with exponential backoff and jitter.
MAX_RETRIES = 2
RETRY_INITIAL_DELAY = 0.5
RETRY_MAX_DELAY = 8.0
RETRY_STATUSES = frozenset({429, 502, 503, 504})
RETRY_AFTER_CAP = 60.0  # a Retry-After longer than this is not waited for inside one call

# A bounded pool: one Session is shared by all threads of an application. Up to POOL_MAXSIZE calls at
# once keep their connections alive; more would open and discard extra ones (and urllib3 warns).
POOL_CONNECTIONS = 4
POOL_MAXSIZE = 64

# Interim answers (1xx other than 101) read past before the final one, at most this many per request.
MAX_INTERIM = 32

# Redirects: followed only within the API's origin, only for GET and HEAD, at most this many per call.
MAX_REDIRECTS = 5

# wait_for_completion: how long to wait before the next poll, by the time waited so far: (until, step).
# Quick at first (a run of a few seconds is seen within about half a second of finishing), 10 s from 20 s on
# (a 5-minute run is seen at most 10 s late, in about 45 requests), then a fortieth of the time waited, at
# most POLL_MAX_INTERVAL (an hour-long run: at most 60 s late, under 2%, in about 150 requests).
RUN_TIMEOUT = 1800.0
POLL_SCHEDULE: tuple[tuple[float, float], ...] = ((2.0, 0.5), (5.0, 1.0), (14.0, 1.5), (20.0, 3.0), (400.0, 10.0))
POLL_LATE_FRACTION = 40.0  # beyond the schedule: elapsed / this
POLL_MAX_INTERVAL = 60.0
# a poll that failed for a passing reason is asked again after POLL_FAILURE_DELAY, doubling up to the cap
POLL_FAILURE_DELAY = 0.5
POLL_FAILURE_MAX_DELAY = 8.0
LAST_POLL_MARGIN = 1.0  # the last poll of a wait comes this long before its deadline, to have time to answer

TERMINAL_STATUSES = frozenset({"completed", "failed", "terminated", "timed_out", "canceled"})
