"""Tables: what each figure prints and writes to the JSON file, with its targets marked met or missed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench._common import Rounds, flat, paired_ratio, summary

Format = Callable[[Any], str]


@dataclass(frozen=True)
class Target:
    """A limit on one value of a row; printed beside it, never asserted (a noisy machine is not a test)."""

    key: str
    limit: float
    text: str
    at_least: bool = False  # the value must reach the limit rather than stay under it
    goal: float | None = None  # a stricter figure to aim for, reported beside the limit

    def verdict(self, value: float | None) -> str:
        if value is None:
            return "n/a"

        def ok(limit: float) -> bool:
            return value >= limit if self.at_least else value <= limit

        if not ok(self.limit):
            return "missed"
        if self.goal is not None and not ok(self.goal):
            return "met (goal missed)"
        return "met"


@dataclass
class Row:
    name: str
    values: dict[str, Any]
    targets: list[Target] = field(default_factory=list)

    def verdicts(self) -> list[tuple[Target, str]]:
        return [(target, target.verdict(self.values.get(target.key))) for target in self.targets]


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    format: Format


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        has_targets = any(row.targets for row in self.rows)
        headers = ["", *(column.header for column in self.columns)] + (["target", "met?"] if has_targets else [])
        lines: list[list[str]] = []
        for row in self.rows:
            cells = [row.name, *(_cell(column, row.values.get(column.key)) for column in self.columns)]
            verdicts = row.verdicts()
            if has_targets:
                cells += [
                    "; ".join(target.text for target, _ in verdicts),
                    "; ".join(verdict for _, verdict in verdicts),
                ]
            lines.append(cells)
        widths = [max(len(cells[i]) for cells in [headers, *lines]) for i in range(len(headers))]

        def line(cells: list[str]) -> str:
            first = cells[0].ljust(widths[0])
            rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
            if has_targets:  # target texts read better left-aligned
                rest[-2:] = [cells[-2].ljust(widths[-2]), cells[-1].ljust(widths[-1])]
            return "  ".join([first, *rest]).rstrip()

        out = [f"== {self.title}", line(headers)]
        out += [line(cells) for cells in lines]
        out += [f"   {note}" for note in self.notes]
        return "\n".join(out)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "rows": {
                row.name: {
                    **row.values,
                    "targets": [
                        {"key": target.key, "target": target.text, "verdict": verdict}
                        for target, verdict in row.verdicts()
                    ],
                }
                for row in self.rows
            },
            "notes": self.notes,
        }


def _cell(column: Column, value: Any) -> str:
    return "-" if value is None else column.format(value)


def scaled(unit: str) -> Format:
    factor = {"s": 1.0, "ms": 1e3, "us": 1e6}[unit]
    digits = {"s": 2, "ms": 2, "us": 1}[unit]
    return lambda seconds: f"{seconds * factor:.{digits}f}{unit}"


def times(value: Any) -> str:
    return f"{value:.2f}x"


def number(digits: int = 0) -> Format:
    return lambda value: f"{value:,.{digits}f}"


def text(value: Any) -> str:
    return str(value)


def spread(value: Any) -> str:
    low, high = value
    return f"{low:.2f}-{high:.2f}"


def timing_table(
    key: str,
    title: str,
    samples: Rounds,
    baseline: str,
    unit: str,
    targets: dict[str, list[Target]] | None = None,
    notes: list[str] | None = None,
) -> Table:
    """Median, p90 and p99 per call, and the ratio to `baseline` paired by round (with its interquartile range)."""
    per_call = scaled(unit)
    table = Table(
        key,
        title,
        [
            Column("median", "median", per_call),
            Column("p90", "p90", per_call),
            Column("p99", "p99", per_call),
            Column("ratio", f"vs {baseline}", times),
            Column("ratio_iqr", "ratio IQR", spread),
            Column("n", "calls", number()),
        ],
        notes=list(notes or []),
    )
    for name, rounds in samples.items():
        values: dict[str, Any] = summary(flat(rounds))
        ratio = paired_ratio(rounds, samples[baseline])
        values |= {"ratio": ratio["ratio"], "ratio_iqr": (ratio["ratio_p25"], ratio["ratio_p75"])}
        values["n"] = int(values["n"])
        table.rows.append(Row(name, values, (targets or {}).get(name, [])))
    return table
