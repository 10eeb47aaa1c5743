"""`manage.py check` messages for what the settings miss or get wrong (ids skyvern_sync.E001 to E005)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register


@register(Tags.security)
def check_settings(
    *, app_configs: Sequence[AppConfig] | None = None, databases: Sequence[str] | None = None, **kwargs: Any
) -> list[CheckMessage]:
    messages: list[CheckMessage] = []
    key = getattr(settings, "SKYVERN_API_KEY", None)
    if not isinstance(key, str) or not key.strip():
        messages.append(
            Error(
                "SKYVERN_API_KEY is not set: the client cannot call Skyvern and no delivery can be verified.",
                hint="Set SKYVERN_API_KEY in your settings, e.g. SKYVERN_API_KEY = os.environ['SKYVERN_API_KEY'].",
                id="skyvern_sync.E001",
            )
        )
    extra = getattr(settings, "SKYVERN_WEBHOOK_KEYS", [])
    if not isinstance(extra, list | tuple) or not all(isinstance(k, str) and k for k in extra):
        messages.append(
            Error(
                "SKYVERN_WEBHOOK_KEYS must be a list of API keys (non-empty strings).",
                hint="While rotating, list the old key here and set SKYVERN_API_KEY to the new one.",
                id="skyvern_sync.E002",
            )
        )
    ttl = getattr(settings, "SKYVERN_TOTP_CODE_TTL", 600)
    if isinstance(ttl, bool) or not isinstance(ttl, int | float) or ttl <= 0:
        messages.append(
            Error(
                "SKYVERN_TOTP_CODE_TTL must be a positive number of seconds.",
                hint="How long a handed-in TOTP code waits for its run's callback; the default is 600.",
                id="skyvern_sync.E003",
            )
        )
    base_url = getattr(settings, "SKYVERN_BASE_URL", None)
    if base_url is not None and urlsplit(str(base_url)).scheme not in ("http", "https"):
        messages.append(
            Error(
                f"SKYVERN_BASE_URL must be an http(s) URL, got {base_url!r}.",
                hint="Leave it out for Skyvern Cloud, or set your server's URL, e.g. 'http://skyvern.internal:8000'.",
                id="skyvern_sync.E004",
            )
        )
    public_url = getattr(settings, "SKYVERN_PUBLIC_URL", "")
    if public_url and urlsplit(str(public_url)).scheme not in ("http", "https"):
        messages.append(
            Error(
                f"SKYVERN_PUBLIC_URL must be an http(s) URL, got {public_url!r}.",
                hint="Where Skyvern reaches this site, e.g. 'https://runs.example.com'.",
                id="skyvern_sync.E005",
            )
        )
    return messages
