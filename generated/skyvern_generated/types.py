"""What every model shares: the `Model` base, file parts, the response wrapper, and the checks from_dict runs.

The checks are the slow path of tools/templates/structure.jinja's generated code: a value of the expected
JSON type never reaches them. Their messages name the JSON path and the type found, never the value,
which may be a secret.
"""

import datetime
import gc
import json
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, TypeVar
from urllib.parse import quote
from uuid import UUID

from attrs import define
from skyvern_sync.redaction import RULE as SECRETS

from .errors import ShapeError


class _Missing:
    """A key the JSON does not have (`dict.get(key, MISSING)`); unlike None, never a JSON value."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

# The file types that `requests` accepts in `files=`.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file for a multipart upload: its content, and the name and type the part announces."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (filename, file, content type) tuple requests takes for a multipart part."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A 2xx response of an endpoint, with its body parsed."""

    status_code: int  # any 2xx, including ones HTTPStatus does not name (299)
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


class Model:
    """Base of every generated model: unknown JSON fields are kept in `additional_properties`."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        """The names of the fields this client does not know."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def _repr_html_(self) -> str:
        """What Jupyter shows for a model: a run's status, output, failure reason and links, or a table of fields.

        Secrets are masked as in the repr, and every value is escaped: it came from a server.
        """
        return model_card(self)


# -- reprs ---------------------------------------------------------------------------------------------


def hidden(value: object) -> str:
    """The repr of a secret field: whether it is set, never what it is."""
    return "None" if value is None else "'***'"


def secret_extras(extras: Mapping[str, Any]) -> frozenset[str]:
    """The unknown fields whose values are hidden: the secret rule's (a newer server may send a secret field in a
    model that does not declare it)."""
    totp = SECRETS.in_totp_object(extras)
    return frozenset(key for key in extras if SECRETS.is_secret(key, totp))


def extra_repr(extras: Mapping[str, Any]) -> str:
    """The repr of unknown fields, with the values of secret fields hidden."""
    secret = secret_extras(extras)
    return repr(
        {key: "***" if key in secret else value for key, value in extras.items()}
    )


# -- notebooks: _repr_html_ --------------------------------------------------------------------------

_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}
)
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
LINK_SCHEMES = ("http://", "https://", "file://")
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
    return (
        text
        if len(text) <= limit
        else f"{text[:limit]}... ({len(text) - limit} more characters)"
    )


def short(text: str, limit: int = 72) -> str:
    """A long URL as a link's label: its start and its end (the file name), the middle elided."""
    return (
        text
        if len(text) <= limit
        else f"{text[: limit // 2 - 1]}...{text[-(limit // 2 - 2) :]}"
    )


def badge(status: object) -> Html:
    colour = STATUS_COLOURS.get(str(wire(status)), "#6e7781")
    style = (
        f"background:{colour};color:#fff;border-radius:9px;padding:0 8px;font-size:12px"
    )
    return Html(f'<span style="{style}">{escape(wire(status))}</span>')


def link(url: object, label: object) -> Html:
    text = str(url)
    if not text.lower().startswith(LINK_SCHEMES):
        return Html(f"{escape(label)} <code>{escape(clip(text))}</code>")
    return Html(
        f'<a href="{escape(text)}" target="_blank" rel="noopener noreferrer">{escape(label)}</a>'
    )


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
    return Html(
        f'<table style="border-collapse:collapse;margin:0">{cells}</table>'
        if cells
        else ""
    )


def html_card(
    title: str,
    rows: list[tuple[str, object]],
    *,
    status: object = None,
    footer: str = "",
) -> Html:
    """A card: the title (and a coloured status), a table of rows, then `footer` (markup)."""
    heading = f"<b>{escape(title)}</b>" + (
        f" {badge(status)}" if status is not None else ""
    )
    return Html(
        f'<div class="skyvern-card" style="{_CARD}"><div>{heading}</div>{html_table(rows)}{footer}</div>'
    )


def _attributes(model: "Model") -> Any:
    """The attrs fields of a model's class (every generated model is an attrs class; Model itself is not)."""
    return type(model).__attrs_attrs__  # type: ignore[attr-defined]


def _nested(model: "Model") -> str:
    """A nested model in one line: its class and its id, if it has one."""
    for attribute in _attributes(model):
        name = attribute.name
        if (name == "id" or name.endswith("_id")) and attribute.repr is not hidden:
            value = getattr(model, name)
            if isinstance(value, str):
                return f"{type(model).__name__} {value}"
    return type(model).__name__


def _cell(name: str, value: object) -> object:
    """One field's value in a table cell: links for URLs, nested models collapsed, JSON in one line."""
    if isinstance(value, Model):
        return code(_nested(value))
    if (
        isinstance(value, list)
        and value
        and all(isinstance(item, Model) for item in value)
    ):
        shown = ", ".join(_nested(item) for item in value[:MAX_ITEMS])
        more = f" and {len(value) - MAX_ITEMS} more" if len(value) > MAX_ITEMS else ""
        return code(f"[{len(value)}] {shown}{more}")
    if name.endswith("_url") and isinstance(value, str):
        return link(value, short(value))
    if (
        name.endswith("_urls")
        and isinstance(value, list)
        and all(isinstance(item, str) for item in value)
    ):
        return _links(value, "")
    if isinstance(value, dict | list):
        return code(_compact_json(value))
    if isinstance(value, Enum):
        return code(value.value)
    return code(value)


def _links(urls: list[str], label: str) -> Html:
    parts = [
        link(url, f"{label} {index}" if label else short(url))
        for index, url in enumerate(urls[:MAX_ITEMS], 1)
    ]
    if len(urls) > MAX_ITEMS:
        parts.append(escape(f"and {len(urls) - MAX_ITEMS} more"))
    return Html(" · ".join(parts))


def field_rows(model: "Model") -> tuple[list[tuple[str, object]], list[str]]:
    """The table rows of a model's fields (secrets masked as its repr masks them) and the names of those that
    are None, which the table leaves out."""
    rows: list[tuple[str, object]] = []
    empty: list[str] = []
    for attribute in _attributes(model):
        name = attribute.name
        if name == "additional_properties" or attribute.repr is False:
            continue
        value = getattr(model, name)
        if value is None:
            empty.append(name)
        elif attribute.repr is hidden:
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


def model_card(model: "Model") -> Html:
    """`Model._repr_html_`: a run card for anything with `run_id` and `status`, else a table of fields."""
    title = type(model).__name__
    rows, empty = field_rows(model)
    run_id, status = getattr(model, "run_id", None), getattr(model, "status", None)
    if not isinstance(run_id, str) or status is None:
        return html_card(title, rows, footer=_empty_footer(empty))
    # the summary reads fields by name: one the repr hides stays hidden here too
    secret = {
        attribute.name for attribute in _attributes(model) if attribute.repr is hidden
    }

    def field(name: str) -> Any:
        return None if name in secret else getattr(model, name, None)

    summary: list[tuple[str, object]] = [("run id", code(run_id))]
    output = field("output")
    if output is not None:
        text = clip(
            json.dumps(output, indent=2, ensure_ascii=False, default=str), MAX_OUTPUT
        )
        pre = "margin:0;padding:4px 6px;max-height:24em;overflow:auto;white-space:pre-wrap;background:rgba(128,128,128,.1)"
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


# -- from_dict's slow path -----------------------------------------------------------------------------


def json_type(value: object) -> str:
    """What a value is, in JSON's words: never the value itself."""
    if value is MISSING:
        return "nothing (the field is missing)"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


def invalid(value: object, expected: object, key: str | int) -> ShapeError:
    if value is MISSING:
        return missing(key)
    if isinstance(expected, str) and not expected.startswith(("a ", "an ", "null")):
        expected = repr(expected)
    return ShapeError(f"expected {expected}, got {json_type(value)}").within(key)


def missing(key: str | int) -> ShapeError:
    return ShapeError("is missing").within(key)


def as_str(value: object, key: str | int) -> str:
    if isinstance(value, str):
        return value
    raise invalid(value, "a string", key)


def as_int(value: object, key: str | int) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise invalid(value, "an integer", key)


def as_float(value: object, key: str | int) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise invalid(value, "a number", key)


def as_bool(value: object, key: str | int) -> bool:
    if isinstance(value, bool):
        return value
    raise invalid(value, "a boolean", key)


def as_none(value: object, key: str | int) -> None:
    if value is not None:
        raise invalid(value, "null", key)


def as_datetime(value: object, key: str | int) -> datetime.datetime:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            raise ShapeError(
                "expected an ISO 8601 date and time, got a string that is not one"
            ).within(key) from None
    raise invalid(value, "an ISO 8601 date and time", key)


def as_date(value: object, key: str | int) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ShapeError(
                "expected an ISO 8601 date, got a string that is not one"
            ).within(key) from None
    raise invalid(value, "an ISO 8601 date", key)


def as_uuid(value: object, key: str | int) -> UUID:
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ShapeError("expected a UUID, got a string that is not one").within(
                key
            ) from None
    raise invalid(value, "a UUID", key)


E = TypeVar("E", bound=Enum)


def as_enum(enum: type[E], value: object, key: str | int) -> E:
    """A member of `enum`; a string it does not know becomes a member that keeps it (a newer server's value)."""
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        return enum(value)
    raise invalid(value, "a string", key)


def as_object(value: object, key: str | int) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, Mapping):
        return dict(value)
    raise invalid(value, "an object", key)


def as_string_map(value: object, key: str | int) -> dict[str, str]:
    mapping = as_object(value, key)
    for name, item in mapping.items():
        if not isinstance(item, str):
            raise invalid(item, "a string", name).within(key)
    return mapping


def as_list(value: object, key: str | int) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    raise invalid(value, "an array", key)


JSON_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "a boolean"}


def check_items(items: list[Any], kind: type, key: str | int) -> None:
    """Every item is a `kind` (str, int, float or bool, as JSON gives them)."""
    for index, item in enumerate(items):
        if item.__class__ is not kind and not (kind is float and item.__class__ is int):
            raise invalid(item, JSON_NAMES[kind], index).within(key)


def locate(items: list[Any], parse: Callable[[Any], Any], key: str | int) -> ShapeError:
    """The error of the first item `parse` refuses, with its index in the path (only called on failure)."""
    for index, item in enumerate(items):
        try:
            parse(item)
        except ShapeError as error:
            return error.within(index).within(key)
    return ShapeError("an item does not fit").within(key)


# -- to_dict and requests ------------------------------------------------------------------------------


def wire(value: Any) -> Any:
    """An enum member's value; anything else as it is."""
    return value.value if isinstance(value, Enum) else value


def query_value(value: Any) -> Any:
    """A query parameter as requests should send it: JSON's `true`/`false`, enum values, lists item by item."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return [query_value(item) for item in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return wire(value)


def path_segment(value: Any) -> str:
    """A path parameter as one percent-encoded segment: `/` is encoded and a dot segment cannot climb."""
    segment = quote(str(wire(value)), safe="")
    # urllib3 removes `.` and `..` segments (RFC 3986); encoded, they stay the literal id the caller gave
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def json_body(content: bytes) -> Any:
    """The JSON of a response body; ShapeError when there is none or it is not JSON."""
    if (
        not content or content.isspace()
    ):  # isspace, not strip: a 3 MB list would be copied to be looked at
        raise ShapeError("the body is empty where JSON was expected")
    try:
        return json.loads(content)
    except RecursionError:
        raise ShapeError("the body's JSON is nested too deeply to parse") from None
    except ValueError as error:
        # the position, never the text: the body may hold a secret
        where = (
            f" (at character {error.pos})"
            if isinstance(error, json.JSONDecodeError)
            else ""
        )
        raise ShapeError(f"the body is not JSON{where}") from None


LARGE = (
    64 * 1024
)  # a body at least this long is decoded and built with the cyclic collector held off


def collected_later(work: Callable[[], T]) -> T:
    """`work()` with the cyclic garbage collector held off, for decoding and building a large body.

    A list of 1,000 workflows allocates some 70,000 containers, each of which counts towards a collection that
    then walks them all: holding the collector for those milliseconds halves their time and removes its pauses.
    Nothing is lost: what the collector would have found it finds at its next run. The collector is left as it
    was found (a program that disabled it keeps it disabled).
    """
    if not gc.isenabled():
        return work()
    gc.disable()
    try:
        return work()
    finally:
        gc.enable()


def json_or_none(content: bytes) -> Any:
    """What an operation that answers with nothing to read (a cancel, a delete) said: its JSON, or None when
    the body is empty. A body that is not JSON is not Skyvern's answer (a proxy's page): ShapeError."""
    return None if not content or content.isspace() else json_body(content)


__all__ = ["MISSING", "File", "FileTypes", "Model", "RequestFiles", "Response"]
