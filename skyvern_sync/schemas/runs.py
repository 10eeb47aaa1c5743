"""`RunEngine`, with the reference's member names and the wire values the server takes."""

from __future__ import annotations

from enum import StrEnum


class RunEngine(StrEnum):
    """The AI engine of a task. Strict: an unknown engine fails before anything is sent."""

    skyvern_v1 = "skyvern-1.0"
    skyvern_v2 = "skyvern-2.0"
    openai_cua = "openai-cua"
    anthropic_cua = "anthropic-cua"
    ui_tars = "ui-tars"
    # served by Skyvern 1.0.56 beyond the reference
    skyvern_v3 = "skyvern-3.0"
    yutori_navigator = "yutori-navigator"


__all__ = ["RunEngine"]
