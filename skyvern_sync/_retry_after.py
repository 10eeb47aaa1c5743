"""Retry-After in seconds: read by the transport's retries and by a wait's next poll, without importing either."""

from __future__ import annotations

import math
import time
from collections.abc import Mapping


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Retry-After in seconds (a number or an HTTP date); None when absent or unreadable."""
    value: str | None = headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        return max(0.0, parsed.timestamp() - time.time())
    return max(0.0, seconds) if math.isfinite(seconds) else None
