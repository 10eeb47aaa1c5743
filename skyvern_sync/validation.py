"""Checks that fail bad input before anything is sent, each naming the parameter at fault.

Every check raises `InvalidParameterError` (a `SkyvernError` and a `ValueError`; `InvalidParameterTypeError`,
also a `TypeError`, for a value of the wrong type). Messages name the parameter and what was wrong with it,
never a secret value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Any, NoReturn, TypeVar
from urllib.parse import urlsplit

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError

E = TypeVar("E", bound=Enum)

# a header name is an RFC 9110 token; a value is Latin-1 text on one line that does not start with
# whitespace (what requests and http.client will send), or nothing
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
HEADER_VALUE = re.compile(r"(?:[\x21-\x7e\x80-\x84\x86-\x9f\xa1-\xff][\t\x20-\x7e\x80-\xff]*)?")


def _type_name(value: object) -> str:
    return type(value).__name__


CLIP = 40


def shown(value: object) -> str:
    """A user's value as a message may show it: text clipped, a number if it is short, else only its type.

    A whole repr could recurse (a list nested 100,000 deep), run to megabytes, fail (an int of more than 4300
    digits) or run the user's own code.
    """
    if isinstance(value, str):
        return str.__repr__(str(value[:CLIP])) + ("..." if len(value) > CLIP else "")
    if isinstance(value, bool | float):
        return repr(bool(value) if isinstance(value, bool) else float(value))
    if isinstance(value, int) and -(10**20) < value < 10**20:
        return str(int(value))
    return f"a {_type_name(value)}" if not isinstance(value, int) else "a number of more than 20 digits"


def check_text(name: str, value: object) -> str:
    """A non-empty string."""
    if not isinstance(value, str):
        raise InvalidParameterTypeError(name, f"must be a string, got {_type_name(value)}")
    if not value.strip():
        raise InvalidParameterError(name, "must not be empty")
    return _encodable(name, value)


def _encodable(name: str, text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(name, "must be text that UTF-8 can encode (it holds a lone surrogate)") from None
    return text


def check_optional_text(name: str, value: object) -> str | None:
    """None (not sent), or a string."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidParameterTypeError(name, f"must be a string or None, got {_type_name(value)}")
    return _encodable(name, value)


ID = re.compile(r"[^\x00-\x20\x7f/\\][^\x00-\x1f\x7f/\\]*(?<! )")


MAX_ID = 1024  # longer than any id Skyvern makes; a megabyte id would take seconds to check, and no server reads it


def check_id(name: str, value: object) -> str:
    """An id that becomes one path segment: non-empty text, no `/`, not `.` or `..`, no control characters."""
    if isinstance(value, str) and len(value) > MAX_ID:
        raise InvalidParameterError(name, f"must be an id of at most {MAX_ID} characters, got {len(value)}")
    if isinstance(value, str) and ID.fullmatch(value) and value not in (".", ".."):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return value  # the common case, checked at once; what fails is explained below
    text = check_text(name, value)
    if text != text.strip():
        raise InvalidParameterError(name, "must not start or end with whitespace")
    if "/" in text or "\\" in text:
        raise InvalidParameterError(name, "must not contain '/' or '\\' (it is one segment of the URL path)")
    if text in (".", ".."):
        raise InvalidParameterError(name, f"must be an id, not the path segment {text!r}")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in text):
        raise InvalidParameterError(name, "must not contain control characters")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(name, "must be text that UTF-8 can encode (it holds a lone surrogate)") from None
    return text


def check_ids(name: str, values: object) -> list[str]:
    """Several ids: a list, tuple, set or other iterable of them (a lone string is refused, not split)."""
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidParameterTypeError(name, f"must be a list of ids, got {_type_name(values)}")
    ids = [check_id(name, value) for value in values]
    if not ids:
        raise InvalidParameterError(name, "must name at least one run")
    return ids


def check_seconds(name: str, value: object, *, optional: bool = False) -> float | None:
    """A positive number of seconds up to MAX_SECONDS (an int or a float; not a bool, not a string)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterTypeError(name, f"must be a number of seconds, got {_type_name(value)}")
    if (isinstance(value, float) and math.isnan(value)) or value <= 0:
        raise InvalidParameterError(name, f"must be a positive, finite number of seconds, got {shown(value)}")
    # before anything is sent: a socket or a sleep refuses a longer one only after the request has left
    if value > defaults.MAX_SECONDS:
        raise InvalidParameterError(
            name, f"must be at most {defaults.MAX_SECONDS:.0f} seconds (30 days), got {shown(value)}"
        )
    return float(value)


def check_int(name: str, value: object, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    """None (not sent), or an int within [minimum, maximum] (not a bool)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameterTypeError(name, f"must be an int, got {_type_name(value)}")
    if not -(2**63) <= value < 2**63:  # what the server's integers hold; past 4300 digits a URL could not show it
        raise InvalidParameterError(name, f"must fit in 64 bits, got {shown(value)}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = f"{minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
        raise InvalidParameterError(name, f"must be {bounds}, got {shown(value)}")
    return value


def check_bool(name: str, value: object, *, optional: bool = True) -> bool | None:
    if value is None and optional:
        return None
    if not isinstance(value, bool):
        raise InvalidParameterTypeError(name, f"must be True or False, got {_type_name(value)}")
    return value


def check_enum(name: str, value: object, enum: type[E]) -> E:
    """A member of `enum` given as the member or its wire value; a value the enum does not know is refused."""
    members: dict[object, E] = enum._value2member_map_  # type: ignore[assignment]
    if isinstance(value, enum) and value.value in members:
        return members[value.value]
    if isinstance(value, str) and value in members:
        return members[value]
    known = ", ".join(repr(member.value) for member in enum)
    if not isinstance(value, str | Enum):
        raise InvalidParameterTypeError(name, f"must be a {enum.__name__} or one of {known}; got {_type_name(value)}")
    return _refuse(name, value, enum, known)


def _refuse(name: str, value: object, enum: type[Enum], known: str) -> NoReturn:
    given = value.value if isinstance(value, Enum) else value
    raise InvalidParameterError(name, f"{shown(given)} is not a {enum.__name__}; one of {known}")


def check_enums(name: str, value: object, enum: type[E]) -> list[E] | None:
    """None, one member (or wire value), or a list of them."""
    if value is None:
        return None
    if isinstance(value, str | Enum):
        return [check_enum(name, value, enum)]
    if not isinstance(value, list | tuple | set | frozenset):
        raise InvalidParameterTypeError(name, f"must be a {enum.__name__} or a list of them, got {_type_name(value)}")
    return [check_enum(name, item, enum) for item in value]


def check_mapping(name: str, value: object, *, values: type | None = None) -> dict[str, Any] | None:
    """None, or a dict with string keys (and, with `values`, values of that type)."""
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidParameterTypeError(name, f"must be a dict, got {_type_name(value)}")
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidParameterTypeError(name, f"keys must be strings, got {_type_name(key)}")
        if values is not None and not isinstance(item, values):
            raise InvalidParameterTypeError(name, f"[{shown(key)}] must be a {values.__name__}, got {_type_name(item)}")
    _check_json(name, value)
    return dict(value)


def _check_json(name: str, value: object, depth: int = 0) -> None:
    """What json.dumps would refuse or the server could not read: NaN and infinities, non-JSON types."""
    if depth > 100:
        raise InvalidParameterError(name, "is nested more than 100 levels deep")
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidParameterError(name, f"holds {shown(value)}, which JSON cannot carry")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidParameterTypeError(name, f"holds an object key that is not a string ({_type_name(key)})")
            _check_json(name, item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            _check_json(name, item, depth + 1)
    elif value is not None and not isinstance(value, str | int | float | bool):
        raise InvalidParameterTypeError(name, f"holds a {_type_name(value)}, which is not JSON")


def check_json(name: str, value: object) -> Any:
    """Any JSON value (dict, list, str, number, bool, None) that json.dumps can write."""
    _check_json(name, value)
    return value


def check_headers(name: str, value: object) -> dict[str, str] | None:
    """HTTP headers: names are tokens, values are one line of Latin-1 text (no CR or LF)."""
    headers = check_mapping(name, value, values=str)
    for key, item in (headers or {}).items():
        if not HEADER_NAME.fullmatch(key):
            raise InvalidParameterError(name, f"has a header name that is not an HTTP token: {shown(key)}")
        if not HEADER_VALUE.fullmatch(item):
            raise InvalidParameterError(
                name,
                f"[{shown(key)}] must be one line of Latin-1 text, not starting with whitespace (no CR, LF or NUL)",
            )
    return headers


def check_header_value(name: str, value: object) -> str | None:
    """None, or text that can travel in an HTTP header."""
    text = check_optional_text(name, value)
    if text is not None and not HEADER_VALUE.fullmatch(text):
        raise InvalidParameterError(
            name, "must be one line of Latin-1 text, not starting with whitespace (no CR or LF)"
        )
    return text


def check_api_key(api_key: object) -> str:
    """The key as it will travel in a header: refused (without echoing it) when it cannot."""
    if not isinstance(api_key, str):
        raise InvalidParameterTypeError("api_key", f"must be a string, got {type(api_key).__name__}")
    if not api_key.strip():
        raise InvalidParameterError("api_key", "must not be empty")
    if api_key != api_key.strip():
        raise InvalidParameterError("api_key", "has whitespace (a newline?) before or after it")
    if any(not 0x21 <= ord(char) <= 0x7E for char in api_key):
        raise InvalidParameterError("api_key", "must be printable ASCII without spaces, as Skyvern's keys are")
    return api_key


def check_base_url(base_url: object) -> str:
    """An http:// or https:// URL with a host and nothing a log would leak; returned without a trailing `/`."""
    if not isinstance(base_url, str):
        raise InvalidParameterTypeError("base_url", f"must be a string, got {type(base_url).__name__}")
    try:
        parts = urlsplit(base_url.strip())
    except ValueError:  # an unclosed IPv6 bracket, say
        raise InvalidParameterError("base_url", "is not a readable URL (an IPv6 host's '[' left open?)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        got = f"a {parts.scheme}:// URL" if parts.scheme else "no scheme"
        raise InvalidParameterError("base_url", f"must be an http:// or https:// URL with a host (got {got})")
    if parts.username or parts.password:
        raise InvalidParameterError("base_url", "must not hold credentials (user:password@); they would show in logs")
    if parts.query or parts.fragment:
        raise InvalidParameterError("base_url", "must not have a query or fragment")
    try:
        parts.port  # noqa: B018 (a port that is not a number raises here)
    except ValueError:
        raise InvalidParameterError("base_url", "has a port that is not a number") from None
    return base_url.strip().rstrip("/")


def check_one_definition(json_definition: object, yaml_definition: object) -> None:
    if (json_definition is None) == (yaml_definition is None):
        raise InvalidParameterError("json_definition", "pass exactly one of json_definition and yaml_definition")
    if json_definition is not None:
        check_mapping("json_definition", json_definition)
    if yaml_definition is not None:
        check_text("yaml_definition", yaml_definition)
