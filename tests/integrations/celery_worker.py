"""The Celery app of the worker test_celery.py starts: skyvern_sync.celery's task, on recorded traffic.

`celery -A tests.integrations.celery_worker worker --pool=solo`, with CELERY_BROKER_URL (the test's
redis-server) and SKYVERN_CASSETTE: the worker's Skyvern client replays that cassette (vcr answers its
requests; a request the cassette lacks fails), while the broker's loopback TCP connection stays open.
"""

from __future__ import annotations

import os

from celery import Celery

import skyvern_sync.celery  # registers the shared task skyvern_sync.start_run
from skyvern_sync.testing import recording

broker = os.environ["CELERY_BROKER_URL"]
app = Celery("skyvern_sync_tests", broker=broker, backend=broker, fixups=[])  # no Django here
app.conf.update(accept_content=["json"], task_serializer="json", result_serializer="json")

_replay = recording(os.environ["SKYVERN_CASSETTE"], block_network=False)
_replay.__enter__()  # for the worker's whole life: replay only, nothing is ever written back
assert skyvern_sync.celery.start_run.name == "skyvern_sync.start_run"
