"""`CredentialType`: where `login` takes its secrets from (the reference's member names)."""

from __future__ import annotations

from enum import StrEnum


class CredentialType(StrEnum):
    skyvern = "skyvern"
    bitwarden = "bitwarden"
    onepassword = "1password"
    azure_vault = "azure_vault"


__all__ = ["CredentialType"]
