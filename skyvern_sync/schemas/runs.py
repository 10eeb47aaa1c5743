"""Mirrors `skyvern.schemas.runs`: `RunEngine`, with the reference's member names (`RunEngine.skyvern_v2`)."""

from skyvern_generated.models.run_engine import RunEngine

__all__ = ["RunEngine"]
