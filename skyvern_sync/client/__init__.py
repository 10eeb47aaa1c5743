"""Mirrors `skyvern.client`: `from skyvern_sync.client import SkyvernEnvironment`."""

from skyvern_sync.environment import SkyvernEnvironment
from skyvern_sync.skyvern import Skyvern

__all__ = ["Skyvern", "SkyvernEnvironment"]
