"""The app's settings, read when used (so `override_settings` and late configuration are honoured).

| setting | default | what |
|---|---|---|
| `SKYVERN_API_KEY` | required | calls Skyvern, and verifies what Skyvern signs with it |
| `SKYVERN_BASE_URL` | `https://api.skyvern.com` | a self-hosted server's URL |
| `SKYVERN_WEBHOOK_KEYS` | `[]` | more keys deliveries may be signed with: the old key while rotating |
| `SKYVERN_TOTP_CODE_TTL` | `600` | seconds a handed-in TOTP code waits for its run's callback |
| `SKYVERN_PUBLIC_URL` | `""` | where Skyvern reaches this site, for `webhook_url()` and `totp_url()` |
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

from skyvern_sync._integrations import DEFAULT_TOTP_CODE_TTL

DEFAULT_BASE_URL = "https://api.skyvern.com"


def _get(name: str, default: Any) -> Any:
    return getattr(settings, name, default)


def api_key() -> str:
    return str(_get("SKYVERN_API_KEY", "") or "")


def base_url() -> str:
    return str(_get("SKYVERN_BASE_URL", "") or DEFAULT_BASE_URL)


def verification_keys() -> list[str]:
    """Every key a delivery may be signed with: SKYVERN_API_KEY first, then SKYVERN_WEBHOOK_KEYS."""
    extra = _get("SKYVERN_WEBHOOK_KEYS", [])
    keys = [api_key(), *(extra if isinstance(extra, list | tuple) else [])]
    return [key for key in keys if isinstance(key, str) and key]


def totp_code_ttl() -> float:
    return float(_get("SKYVERN_TOTP_CODE_TTL", DEFAULT_TOTP_CODE_TTL))


def public_url() -> str:
    return str(_get("SKYVERN_PUBLIC_URL", "") or "")
