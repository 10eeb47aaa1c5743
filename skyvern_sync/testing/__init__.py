"""Record Skyvern traffic once, replay it offline: cassettes with secrets scrubbed (needs the `testing` extra).

With pytest, the plugin (registered by the `testing` extra) gives each test a cassette named after it:

    def test_report(skyvern):                  # a Skyvern client, recorded or replayed
        run = skyvern.run_task(prompt="...", wait_for_completion=True)
        assert run.status == "completed"

`pytest --skyvern-record-mode=once` records against SKYVERN_BASE_URL/SKYVERN_API_KEY; plain `pytest`
replays with the network blocked. Without pytest, use `recording(path, record_mode=...)`.
"""

from skyvern_sync.testing.network import NetworkBlockedError
from skyvern_sync.testing.recording import RECORD_MODES, REPLAY_API_KEY, CassetteMissingError, Recording, recording
from skyvern_sync.testing.scrub import Scrubber
from skyvern_sync.testing.webhooks import Delivery, Receiver, receiving

__all__ = [
    "RECORD_MODES",
    "REPLAY_API_KEY",
    "CassetteMissingError",
    "Delivery",
    "NetworkBlockedError",
    "Receiver",
    "Recording",
    "Scrubber",
    "receiving",
    "recording",
]
