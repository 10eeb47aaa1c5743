"""What Jupyter shows for a model or an error (`_repr_html_`): a card with a status badge, links and a table."""

# Outside the generated package: cards do not vary with the schema, and errors show them too. Loaded with the
# first card shown. Every value is escaped (it came from a server); secret fields are masked as in a repr.

from __future__ import annotations

import json
from enum import Enum
from typing import Any

from skyvern_sync._model import Model, secret_extras, wire

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})
# a run's outcome at a glance; a status this client does not know stays grey
STATUS_COLOURS = {
    "completed": "#1a7f37",
    "failed": "#cf222e",
    "terminated": "#cf222e",
    "timed_out": "#cf222e",
    "canceled": "#6e7781",
    "created": "#9a6700",
    "queued": "#9a6700",
    "running": "#0969da",
    "paused": "#9a6700",
}
MAX_OUTPUT = 4000  # characters of a run's output in its card; the model holds all of it
MAX_VALUE = 200  # characters of one field in a table
MAX_ITEMS = 5  # links or nested models listed before "and N more"
# javascript: or data: URLs from a server are shown as text, never made links
# a file:// link is shown as its path, not a link: a notebook served over http may not open it (browsers refuse),
# and in a replayed session it names a placeholder (file:///LOCAL/...), not a file of this machine
LINK_SCHEMES = ("http://", "https://")
_CARD = (
    "border:1px solid rgba(128,128,128,.45);border-radius:6px;padding:6px 10px;margin:2px 0;"
    "font-family:system-ui,sans-serif;font-size:13px;line-height:1.45;max-width:60em"
)
# Jupyter's own stylesheet right-aligns table cells: a card says where its text goes
_TH = "text-align:left;vertical-align:top;padding:1px 12px 1px 0;font-weight:600;white-space:nowrap"
_TD = "text-align:left;vertical-align:top;padding:1px 0"


class Html(str):
    """Markup built here, every value in it already escaped: a card inserts it as it is (any other str is escaped)."""

    __slots__ = ()


def escape(value: object) -> Html:
    """Text safe inside HTML elements and quoted attributes."""
    return Html(str(value).translate(_ESCAPES))


def clip(text: str, limit: int = MAX_VALUE) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text) - limit} more characters)"


def short(text: str, limit: int = 72) -> str:
    """A long URL as a link's label: its start and its end (the file name), the middle elided."""
    return text if len(text) <= limit else f"{text[: limit // 2 - 1]}...{text[-(limit // 2 - 2) :]}"


def badge(status: object) -> Html:
    colour = STATUS_COLOURS.get(str(wire(status)), "#6e7781")
    style = f"background:{colour};color:#fff;border-radius:9px;padding:0 8px;font-size:12px"
    return Html(f'<span style="{style}">{escape(wire(status))}</span>')


def link(url: object, label: object) -> Html:
    text = str(url)
    if not text.lower().startswith(LINK_SCHEMES):
        if str(label) in (text, clip(text)):  # a field's cell, labelled with its own URL: once is enough
            return code(text)
        return Html(f"{escape(label)} <code>{escape(clip(text))}</code>")
    return Html(f'<a href="{escape(text)}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>')


def code(value: object) -> Html:
    return Html(f"<code>{escape(clip(str(value)))}</code>")


def _compact_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def html_table(rows: list[tuple[str, object]]) -> Html:
    """One row per (label, value); a value is escaped unless it is `Html`."""
    cells = "".join(
        f'<tr><th style="{_TH}">{escape(label)}</th>'
        f'<td style="{_TD}">{value if isinstance(value, Html) else escape(clip(str(value)))}</td></tr>'
        for label, value in rows
    )
    return Html(f'<table style="border-collapse:collapse;margin:0">{cells}</table>' if cells else "")


def html_card(title: str, rows: list[tuple[str, object]], *, status: object = None, footer: str = "") -> Html:
    """A card: the title (and a coloured status), a table of rows, then `footer` (markup)."""
    heading = f"<b>{escape(title)}</b>" + (f" {badge(status)}" if status is not None else "")
    return Html(f'<div class="skyvern-card" style="{_CARD}"><div>{heading}</div>{html_table(rows)}{footer}</div>')


def _nested(model: Model) -> str:
    """A nested model in one line: its class and its id, if it has one."""
    for name in model._fields:
        if (name == "id" or name.endswith("_id")) and name not in model._secrets:
            value = getattr(model, name)
            if isinstance(value, str):
                return f"{type(model).__name__} {value}"
    return type(model).__name__


def _cell(name: str, value: object) -> object:
    """One field's value in a table cell: links for URLs, nested models collapsed, JSON in one line."""
    if isinstance(value, Model):
        return code(_nested(value))
    if isinstance(value, list) and value and all(isinstance(item, Model) for item in value):
        shown = ", ".join(_nested(item) for item in value[:MAX_ITEMS])
        more = f" and {len(value) - MAX_ITEMS} more" if len(value) > MAX_ITEMS else ""
        return code(f"[{len(value)}] {shown}{more}")
    if name.endswith("_url") and isinstance(value, str):
        return link(value, short(value))
    if name.endswith("_urls") and isinstance(value, list) and all(isinstance(item, str) for item in value):
        return _links(value, "")
    if isinstance(value, dict | list):
        return code(_compact_json(value))
    if isinstance(value, Enum):
        return code(value.value)
    return code(value)


def _links(urls: list[str], label: str) -> Html:
    parts = [link(url, f"{label} {index}" if label else short(url)) for index, url in enumerate(urls[:MAX_ITEMS], 1)]
    if len(urls) > MAX_ITEMS:
        parts.append(escape(f"and {len(urls) - MAX_ITEMS} more"))
    return Html(" · ".join(parts))


def field_rows(model: Model) -> tuple[list[tuple[str, object]], list[str]]:
    """The table rows of a model's fields (secrets masked as its repr masks them) and the names of those that
    are None, which the table leaves out."""
    rows: list[tuple[str, object]] = []
    empty: list[str] = []
    for name in model._fields:
        value = getattr(model, name)
        if value is None:
            empty.append(name)
        elif name in model._secrets:
            rows.append((name, code("***")))
        else:
            rows.append((name, _cell(name, value)))
    secret = secret_extras(model.additional_properties)
    for key, value in model.additional_properties.items():
        rows.append((key, code("***") if key in secret else _cell(key, value)))
    return rows, empty


def _empty_footer(empty: list[str]) -> str:
    if not empty:
        return ""
    return f'<div style="opacity:.65;font-size:12px">None: {escape(", ".join(empty))}</div>'


def model_card(model: Model) -> Html:
    """`Model._repr_html_`: a run card for anything with `run_id` and `status`, else a table of fields."""
    title = type(model).__name__
    rows, empty = field_rows(model)
    run_id, status = getattr(model, "run_id", None), getattr(model, "status", None)
    if not isinstance(run_id, str) or status is None:
        return html_card(title, rows, footer=_empty_footer(empty))
    # the summary reads fields by name: one the repr hides stays hidden here too
    secret = model._secrets

    def field(name: str) -> Any:
        return None if name in secret else getattr(model, name, None)

    summary: list[tuple[str, object]] = [("run id", code(run_id))]
    output = field("output")
    if output is not None:
        text = clip(json.dumps(output, indent=2, ensure_ascii=False, default=str), MAX_OUTPUT)
        pre = (
            "margin:0;padding:4px 6px;max-height:24em;overflow:auto;white-space:pre-wrap;"
            "background:rgba(128,128,128,.1)"
        )
        summary.append(("output", Html(f'<pre style="{pre}">{escape(text)}</pre>')))
    else:
        masked = "output" in secret and getattr(model, "output", None) is not None
        summary.append(("output", code("***" if masked else "None")))
    failure = field("failure_reason")
    if failure is not None:
        summary.append(("failure reason", escape(clip(str(failure), MAX_OUTPUT))))
    links: list[Html] = []
    recording = field("recording_url")
    if isinstance(recording, str):
        links.append(link(recording, "recording"))
    screenshots = field("screenshot_urls")
    if isinstance(screenshots, list) and screenshots:
        links.append(_links([str(url) for url in screenshots], "screenshot"))
    app = field("app_url")
    if isinstance(app, str):
        links.append(link(app, "open in the Skyvern app"))
    if links:
        summary.append(("links", Html(" · ".join(links))))
    fields = f"{html_table(rows)}{_empty_footer(empty)}"
    details = f'<details><summary style="cursor:pointer;opacity:.8">all fields</summary>{fields}</details>'
    return html_card(title, summary, status=status, footer=details)
