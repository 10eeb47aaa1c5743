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

# Redirects: followed only within the API's origin, only for GET and HEAD, at most this many per call.
MAX_REDIRECTS = 5

# wait_for_completion: poll quickly at first (a 3 s run returns within ~0.5 s of finishing), then
# every elapsed/POLL_GROWTH seconds up to POLL_MAX_INTERVAL (a 20-minute run costs ~60 requests).
RUN_TIMEOUT = 1800.0
POLL_MIN_INTERVAL = 0.5
POLL_GROWTH = 5.0
POLL_MAX_INTERVAL = 30.0
# a poll that failed for a passing reason is asked again after POLL_FAILURE_DELAY, doubling up to the cap
POLL_FAILURE_DELAY = 0.5
POLL_FAILURE_MAX_DELAY = 8.0
LAST_POLL_MARGIN = 1.0  # the last poll of a wait comes this long before its deadline, to have time to answer

TERMINAL_STATUSES = frozenset({"completed", "failed", "terminated", "timed_out", "canceled"})
