"""Polling's clock kept in the cassette, so a replayed wait makes the same decisions in no time.

While recording, every reading of the clock is stored in the cassette's metadata; in replay the readings
come back in order and sleeping does nothing. A run that took 20 s and a wait that timed out after 3 s
therefore replay with the same number of polls, instantly.
"""

from __future__ import annotations

import time
from typing import Any

METADATA_KEY = "skyvern_sync.clock"


class CassetteClock:
    def __init__(self, cassette: Any) -> None:
        self._cassette = cassette
        self._readings: list[float] | None = None
        self._cursor = 0
        self._now = 0.0
        self._recording_start: float | None = None

    def _stored(self) -> list[float]:
        if self._readings is None:
            from vcr.errors import MissingMetadataError

            try:
                self._readings = self._cassette.get_metadata(METADATA_KEY, [])
            except MissingMetadataError:  # a replayed cassette that never waited
                self._readings = []
        return self._readings

    def _replaying(self) -> bool:
        return self._cursor < len(self._stored()) or bool(self._cassette.write_protected)

    def monotonic(self) -> float:
        readings = self._stored()
        if self._cursor < len(readings):
            self._now = max(self._now, readings[self._cursor])
        elif not self._cassette.write_protected:
            if self._recording_start is None:
                self._recording_start = time.monotonic() - self._now
            self._now = round(time.monotonic() - self._recording_start, 3)
            readings.append(self._now)
        self._cursor += 1
        return self._now

    def sleep(self, seconds: float) -> None:
        if self._replaying():
            self._now += max(0.0, seconds)
        else:
            time.sleep(seconds)
