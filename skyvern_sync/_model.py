"""What every generated model and endpoint shares: the `Model` base, reprs, the checks from_dict runs."""

# Code that does not vary with the schema is an ordinary module, not a template of tools/templates: the
# generated modules import it (it ships in the same wheel), and the generated package's `types` and `errors`
# re-export its public names. The checks are the slow path of tools/templates/structure.jinja's generated
# code: a value of the expected JSON type never reaches them. Their messages name the JSON path and the type
# found, never the value, which may be a secret.

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, BinaryIO, ClassVar, Generic, TypeVar
from urllib.parse import quote

from skyvern_sync import _collector
from skyvern_sync.errors import ShapeError, SkyvernError
from skyvern_sync.redaction import RULE as SECRETS

if TYPE_CHECKING:
    from uuid import UUID


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


class File:
    """A file for a multipart upload: its content, and the name and type the part announces."""

    __slots__ = ("file_name", "mime_type", "payload")

    def __init__(self, payload: BinaryIO, file_name: str | None = None, mime_type: str | None = None) -> None:
        self.payload = payload
        self.file_name = file_name
        self.mime_type = mime_type

    def to_tuple(self) -> FileTypes:
        """The (filename, file, content type) tuple requests takes for a multipart part."""
        return self.file_name, self.payload, self.mime_type

    def __repr__(self) -> str:
        return f"File(payload={self.payload!r}, file_name={self.file_name!r}, mime_type={self.mime_type!r})"


T = TypeVar("T")


class Response(Generic[T]):
    """A 2xx response of an endpoint, with its body parsed."""

    __slots__ = ("content", "headers", "parsed", "status_code")

    def __init__(self, *, status_code: int, content: bytes, headers: MutableMapping[str, str], parsed: T) -> None:
        self.status_code = status_code  # any 2xx, including ones HTTPStatus does not name (299)
        self.content = content
        self.headers = headers
        self.parsed = parsed

    def __repr__(self) -> str:
        return f"Response(status_code={self.status_code!r}, parsed={self.parsed!r})"


class Model:
    """Base of every generated model: unknown JSON fields are kept in `additional_properties`.

    A model is a plain class the generator writes out (slots, a keyword-only `__init__`), not an attrs class:
    attrs would write the same methods again at every import, and importing attrs and building the classes one
    call needs cost a command line a third more than its request (tools/templates/model.py.jinja says more).
    Each class names its fields once, in `_fields` (in the schema's order), and its secret ones in `_secrets`.
    """

    # `__weakref__`: a model can be weakly referenced (a cache keyed by run), as an attrs class could
    __slots__ = ("__weakref__", "additional_properties")
    _fields: ClassVar[tuple[str, ...]] = ()
    _secrets: ClassVar[frozenset[str]] = frozenset()
    additional_properties: dict[str, Any]
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: not a dict key

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

    def __eq__(self, other: object) -> bool:
        """Equal when of the same class with equal fields, unknown ones included (as attrs compares)."""
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._fields) and (
            self.additional_properties == other.additional_properties
        )

    def __getstate__(self) -> dict[str, Any]:
        """Pickled by its fields (every protocol: a class with slots has no __dict__ for protocols 0 and 1)."""
        state = {name: getattr(self, name) for name in self._fields}
        state["additional_properties"] = self.additional_properties
        return state

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name, value in state.items():
            setattr(self, name, value)

    def __repr__(self) -> str:
        """The fields that are set: a run's dozen None fields (and a nested request's two dozen more) are left
        out, so the repr can be read at a glance; secrets show as `'***'`."""
        shown = []
        for name in self._fields:
            value = getattr(self, name)
            if value is not None:
                shown.append(f"{name}={hidden(value) if name in self._secrets else repr(value)}")
        if self.additional_properties:
            shown.append(f"additional_properties={extra_repr(self.additional_properties)}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def _repr_html_(self) -> str:
        """What Jupyter shows for a model: a run's status, output, failure reason and links, or a table of fields.

        Secrets are masked as in the repr, and every value is escaped: it came from a server.
        """
        from skyvern_sync._cards import model_card  # a notebook's; a program that never shows one never loads it

        return model_card(self)


def is_model(value: object) -> bool:
    """Whether `value` is a generated model class."""
    return isinstance(value, type) and issubclass(value, Model) and value is not Model


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
    return repr({key: "***" if key in secret else value for key, value in extras.items()})


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
            raise ShapeError("expected an ISO 8601 date and time, got a string that is not one").within(key) from None
    raise invalid(value, "an ISO 8601 date and time", key)


def as_date(value: object, key: str | int) -> datetime.date:
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise ShapeError("expected an ISO 8601 date, got a string that is not one").within(key) from None
    raise invalid(value, "an ISO 8601 date", key)


def as_uuid(value: object, key: str | int) -> UUID:
    from uuid import UUID  # on first use: uuid imports platform, which a call without a UUID field never needs

    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ShapeError("expected a UUID, got a string that is not one").within(key) from None
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


def locate_value(mapping: dict[str, Any], parse: Callable[[Any], Any], key: str | int) -> ShapeError:
    """The error of the first value of a map `parse` refuses, with its name in the path (only called on failure)."""
    for name, item in mapping.items():
        try:
            parse(item)
        except ShapeError as error:
            return error.within(name).within(key)
    return ShapeError("a value does not fit").within(key)


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


def stdlib_loads(content: bytes) -> Any:
    """The standard library's decoder: the default, and the judge of every body orjson refuses."""
    return json.loads(content)


@functools.cache  # chosen on the first large body: importing orjson is a cost only then
def decoder() -> Callable[[bytes], Any]:
    """The decoder of a large body: orjson's where the `speed` extra installed it (it decodes a large list in half
    the time), else the standard library's. A body under LARGE is json.loads' alone: there orjson saves
    microseconds, and importing it (it imports dataclasses and inspect) costs a command line 10 ms.

    Both give the same values and the same errors: orjson refuses some of what `json.loads` accepts (NaN, lone
    surrogates, UTF-16, a byte-order mark) and words its errors its own way, so whatever it refuses goes to
    `json.loads`; and it reads an integer below -2**63 or above 2**64 - 1 as a float, so a body with a run of 19
    digits anywhere goes there too (-9223372036854775809 has 19; in a string too: a cheap look, 2 ms a megabyte,
    where telling a number from a string would be a parse). One difference is left: nesting. orjson reads 1,024
    levels wherever it is called; json.loads stops at the recursion limit less the caller's own depth (some 950
    levels), so a body nested between the two is read with the extra and refused (ShapeError) without it."""
    try:
        import orjson
    except ImportError:
        return stdlib_loads
    fast, refused = orjson.loads, orjson.JSONDecodeError
    digits_as_zeros = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
    nineteen_digits = b"0" * 19

    def orjson_loads(content: bytes) -> Any:
        if nineteen_digits in content.translate(digits_as_zeros):
            return json.loads(content)  # may hold an integer orjson would make a float
        try:
            return fast(content)
        except refused:
            return json.loads(content)

    return orjson_loads


def json_body(content: bytes) -> Any:
    """The JSON of a response body; ShapeError when there is none or it is not JSON."""
    if not content or content.isspace():  # isspace, not strip: a 3 MB list would be copied to be looked at
        raise ShapeError("the body is empty where JSON was expected")
    try:
        with _collector.collector_held:  # a short body too may be nested to the recursion limit
            return (decoder() if len(content) >= LARGE else stdlib_loads)(content)
    except RecursionError:
        raise ShapeError("the body's JSON is nested too deeply to parse") from None
    except ValueError as error:
        # the position, never the text: the body may hold a secret
        where = f" (at character {error.pos})" if isinstance(error, json.JSONDecodeError) else ""
        raise ShapeError(f"the body is not JSON{where}") from None


LARGE = 64 * 1024  # a body at least this long is decoded by decoder()
collector_held = _collector.collector_held  # what a generated endpoint holds while it decodes and builds a body


def json_or_none(content: bytes) -> Any:
    """What an operation that answers with nothing to read (a cancel, a delete) said: its JSON, or None when
    the body is empty. A body that is not JSON is not Skyvern's answer (a proxy's page): ShapeError."""
    return None if not content or content.isspace() else json_body(content)


# -- the plain generated `Client`'s errors (the facade maps statuses and bodies itself) -----------------


class UnexpectedBody(SkyvernError):
    """A 2xx response whose body does not fit the schema (raised by the generated layer's plain `Client`; the
    facade raises ResponseValidationError instead)."""

    def __init__(self, status_code: int, content: bytes, problem: Exception) -> None:
        self.status_code = status_code
        self.content = content
        self.problem = problem
        super().__init__(f"a {status_code} response whose body does not fit: {problem}")


class UnexpectedStatus(SkyvernError):
    """A status other than 2xx (raised by the generated layer's plain `Client`, which maps no error status; the
    facade's transport raises the ApiError of the status before this could be)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected status code: {status_code}")


__all__ = [
    "MISSING",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "Response",
    "ShapeError",
    "UnexpectedBody",
    "UnexpectedStatus",
]
