"""Mirrors `skyvern.schemas`: the enums the reference imports from there."""
