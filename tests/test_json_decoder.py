"""The `speed` extra's decoder (orjson) gives what the standard library gives: the same values, the same errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from skyvern_sync import _model
from skyvern_sync.errors import ShapeError
from tests._recorded import CASSETTES, endpoint, interactions, is_json, operation_of

orjson = pytest.importorskip("orjson")  # installed with the dev extra, as `skyvern-sync[speed]` installs it

Loads = Callable[[bytes], Any]

# what orjson refuses and json.loads accepts, and bodies neither accepts: each must end the same both ways.
# Each is made as long as a large body (orjson decodes only those), with whitespace JSON allows after a value.
PAD = " " * _model.LARGE
EDGES = [
    b'{"score": NaN, "limit": Infinity, "floor": -Infinity}' + PAD.encode(),
    b'{"id": 123456789012345678901234567890}' + PAD.encode(),  # past 64 bits
    # either side of what orjson reads as an integer (-2**63 and 2**64 - 1): a 19-digit negative is already past it
    b'{"low": -9223372036854775809, "min": -9223372036854775808}' + PAD.encode(),
    b'{"high": 18446744073709551616, "max": 18446744073709551615}' + PAD.encode(),
    b'{"text": "\\ud800"}' + PAD.encode(),  # a lone surrogate
    ("[1, 2]" + PAD).encode("utf-16"),  # json.loads detects UTF-16 and UTF-32
    ("\ufeff[1, 2]" + PAD).encode(),  # a byte-order mark
    b'{"a": 1, "a": 2}' + PAD.encode(),  # a repeated key: the last wins
    b"[" * 5000 + b"]" * 5000 + PAD.encode(),  # nested past both decoders' limits
    b'{"a": 0.1, "b": 1e308, "c": 5e-324, "d": -0.0, "e": 1.7976931348623157e308}' + PAD.encode(),
    b'{"name": "caf\xc3\xa9 \xf0\x9f\x9a\x80"}' + PAD.encode(),
    b'{"key": "sk-echoed-secret-value"' + PAD.encode(),  # cut short
    b'{"a": 1,}' + PAD.encode(),
    b"[1] [2]" + PAD.encode(),
    b"\xff\xfe\x00" + PAD.encode(),
    b'{"password": "hunter2", }' + PAD.encode(),
]
assert all(len(body) >= _model.LARGE for body in EDGES)
INSTALLED = _model.decoder()  # what the client decodes a large body with here, before any test replaces it


def decoders() -> dict[str, Loads]:
    return {"json.loads": _model.stdlib_loads, "orjson, then json.loads": INSTALLED}


def outcome(loads: Loads, body: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    monkeypatch.setattr(_model, "decoder", lambda: loads)
    try:
        return "value", _model.json_body(body)
    except ShapeError as error:
        return "error", str(error)


def test_the_extra_is_the_decoder_when_installed_and_orjson_alone_would_differ() -> None:
    assert INSTALLED is not _model.stdlib_loads and INSTALLED.__name__ == "orjson_loads"
    # the fallbacks are what keep the results identical: orjson alone refuses or misreads bodies json.loads reads
    differs = []
    for body in EDGES[:7]:
        try:
            differs.append(repr(orjson.loads(body)) != repr(json.loads(body)))  # the big integers: floats
        except orjson.JSONDecodeError:
            differs.append(True)
    assert differs == [True] * 7


@pytest.mark.parametrize("body", EDGES, ids=range(len(EDGES)))
def test_a_body_decodes_to_the_same_value_or_the_same_error_either_way(
    body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = {name: outcome(loads, body, monkeypatch) for name, loads in decoders().items()}
    stdlib, fast = results.values()
    assert repr(stdlib) == repr(fast), results  # repr: NaN is not equal to itself
    assert "hunter2" not in repr(results) and "sk-echoed" not in repr(results)


def recorded_json_bodies() -> Iterator[tuple[str, int, bytes]]:
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        for interaction in interactions(cassette):
            response = interaction["response"]
            text = response["body"]["string"]
            status = response["status"]["code"]
            if text and is_json(response) and 200 <= status < 300:
                raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")
                yield operation_of(interaction["request"]["method"], interaction["request"]["uri"]), status, raw


def test_every_recorded_body_builds_the_same_models_either_way() -> None:
    seen = 0
    for operation, _status, raw in recorded_json_bodies():
        parse = getattr(endpoint(operation), "parse", None)
        if parse is None:  # the operation answers nothing typed (close_browser_session's {})
            continue
        assert parse(INSTALLED(raw)) == parse(json.loads(raw)), operation
        seen += 1
    assert seen > 300


def test_a_small_body_never_loads_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    # importing orjson costs a command line 10 ms; it is only worth it for a large body
    def no(_content: bytes) -> Any:
        raise AssertionError("orjson decoded a small body")

    monkeypatch.setattr(_model, "decoder", lambda: no)
    assert _model.json_body(b'{"run_id": "tsk_1"}' + b" " * (_model.LARGE - 20)) == {"run_id": "tsk_1"}
    with pytest.raises(AssertionError):
        _model.json_body(b'{"run_id": "tsk_1"}' + b" " * _model.LARGE)
