"""A client library for accessing Skyvern API (the skyvern-sync surface)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
