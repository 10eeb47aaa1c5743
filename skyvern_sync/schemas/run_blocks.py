"""Mirrors `skyvern.schemas.run_blocks`: `CredentialType`, where `login` takes its secrets from."""

from skyvern_generated.models.credential_type import CredentialType

__all__ = ["CredentialType"]
