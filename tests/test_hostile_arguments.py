"""Every public method of `Skyvern`, one hostile argument at a time: each fails with a typed error naming the
parameter before anything is sent, or is accepted and sent (here, to a port that refuses the connection)."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from skyvern_sync import ApiConnectionError, InvalidParameterError, RunWaitTimeout, Skyvern, SkyvernError
from skyvern_sync import _constants as defaults
from skyvern_sync.resources._base import SubClient
from skyvern_sync.skyvern import api_method, api_methods
from tests import _faults as f

KEY = "sk-hostile-arguments-key"


def nested_list(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def nested_dict(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"k": value}
    return value


class Opaque:
    """A value of no type any parameter takes, whose repr would be costly to print."""

    def __repr__(self) -> str:
        raise AssertionError("a message printed the repr of a user's value")


# values no parameter takes: each must be refused by name
REFUSED: dict[str, Callable[[], Any]] = {
    "an object of no known type": Opaque,
    "10**400": lambda: 10**400,
    "-10**400": lambda: -(10**400),
    "10**5000 (past int-to-str's limit)": lambda: 10**5000,
    "nan": lambda: float("nan"),
    "inf": lambda: float("inf"),
    "-inf": lambda: float("-inf"),
    "a list nested 100,000 deep": lambda: nested_list(100_000),
    "a dict nested 100,000 deep": lambda: nested_dict(100_000),
    "a dict holding nan": lambda: {"k": float("nan")},
    "a list holding an object": lambda: [Opaque()],
}
# values some parameters take (free text, None where optional...): refused by name, or accepted and sent
ODD: dict[str, Callable[[], Any]] = {
    "None": lambda: None,
    "an empty string": lambda: "",
    "a lone surrogate": lambda: "a\ud800b",
    "a NUL": lambda: "a\x00b",
    "10 MB of text": lambda: "x" * 10_000_000,
    "bytes": lambda: b"bytes",
    "a bytearray": lambda: bytearray(b"x"),
    "True": lambda: True,
    "a float": lambda: 3.5,
    "a negative int": lambda: -1,
    "a set": lambda: {"a"},
    "an empty list": lambda: [],
    "a list of None": lambda: [None],
    "a dict of ints": lambda: {1: 2},
}

# what each required parameter is given while another one is hostile
VALID: dict[str, Any] = {
    "run_id": "tsk_1",
    "run_ids": ["tsk_1"],
    "browser_session_id": "pbs_1",
    "name": "n",
    "credential_type": "password",
    "credential": {"username": "u", "password": "p"},
    "profile_id": "bp_1",
    "credential_id": "cred_1",
    "workflow_id": "wpid_1",
    "workflow_permanent_id": "wpid_1",
    "navigation_goal": "get it",
    "artifact_id": "a_1",
    "prompt": "p",
    "totp_identifier": "who@example.com",
    "content": "123456",
    "yaml_definition": "title: x",
    # schedules, scripts, custom_llms
    "workflow_schedule_id": "wfs_1",
    "timezone": "UTC",
    "script_id": "s_1",
    "files": [{"path": "main.py", "content": "cHJpbnQoMSk="}],
    "config": {"display_name": "d", "provider": "openai_compatible", "model_name": "m"},
    "custom_llm_id": "oat_1",
    # workflows, folders
    "workflow_run_id": "wr_1",
    "folder_id": "fld_1",
    "title": "t",
    # runs, server, sdk
    "url": "http://example.com",
    "action": {"type": "extract", "prompt": "p"},
    # browser_sessions, files (issue 17)
    "generate_browser_profile": True,
    "additional_minutes": 5,
    "file_id": "file_1",
    # tags
    "key": "env",
    "value": "prod",
    "color": "teal",
    "new_value": "production",
}
ALSO: dict[str, dict[str, Any]] = {
    "login": {"credential_type": "skyvern", "credential_id": "cred_1"},
    "run_workflow": {"workflow_id": "wpid_1"},  # optional in the signature (or agent_id=), required when called
}


def methods() -> Iterator[tuple[str, str]]:
    """(method, parameter) for every parameter of every public method of Skyvern, and of its constructor."""
    subclients = {name for name in dir(Skyvern) if isinstance(inspect.getattr_static(Skyvern, name), SubClient)}
    # a sub-client is no method; its methods are, by their dotted names (`schedules.get`)
    dotted = sorted(name for name in api_methods() if "." in name)
    for name in ("__init__", *sorted(set(dir(Skyvern)) - subclients), *dotted):
        member = api_methods()[name] if "." in name else getattr(Skyvern, name)
        if (name.startswith("_") and name != "__init__") or not callable(member) or name == "close":
            continue
        for parameter in inspect.signature(member).parameters.values():
            if parameter.name not in ("self", "cls"):
                yield name, parameter.name


def arguments(method: str, hostile: str, value: Any) -> dict[str, Any]:
    signature = inspect.signature(api_methods()[method] if "." in method else getattr(Skyvern, method))
    given = {
        p.name: VALID[p.name]
        for p in signature.parameters.values()
        if p.default is inspect.Parameter.empty and p.name in VALID
    }
    given.update(ALSO.get(method, {}))
    if method in ("create_workflow", "update_workflow"):
        given.setdefault("yaml_definition", "title: x")
        if hostile == "json_definition":
            given.pop("yaml_definition")
    if hostile in ("timeout", "on_progress") and "wait_for_completion" in signature.parameters:
        given["wait_for_completion"] = True  # a start's timeout and on_progress are read only when it waits
    if method in ("wait_for_run", "wait_for_runs"):
        given["timeout"] = 0.2  # an accepted id is polled, refused, and polled again until the wait's end
    if method == "upload_file":
        given["file"] = BytesIO(b"a,b\n")
    given[hostile] = value
    return given


@pytest.fixture(scope="module")
def refused_url() -> Iterator[str]:
    with f.refusing() as url:
        yield url


def attempt(method: str, hostile: str, value: Any, url: str, tmp: Path) -> BaseException | None:
    os.environ["SKYVERN_API_KEY"] = KEY
    os.environ["SKYVERN_BASE_URL"] = url
    if method == "__init__":
        given = {"api_key": KEY, "base_url": url, hostile: value}
        try:
            Skyvern(**given).close()
        except BaseException as error:
            return error
        return None
    if method == "local":
        try:
            Skyvern.local(**{hostile: value}).close()
        except BaseException as error:
            return error
        return None
    client = Skyvern(KEY, base_url=url)
    client._transport.max_retries = 0
    try:
        api_method(client, method)(**arguments(method, hostile, value))
    except BaseException as error:
        return error
    finally:
        client.close()
    return None


# Values whose cost is their size (building and refusing a 10 MB text or a 100,000-deep nesting takes 0.3-1.4 s):
# what refuses them is the check of a parameter's type, so each is tried once per distinct annotation, not on
# every one of the ~500 parameters of 91 operations (which cost 16 minutes of a CI run).
HEAVY = {
    "10 MB of text",
    "a list nested 100,000 deep",
    "a dict nested 100,000 deep",
    "10**5000 (past int-to-str's limit)",
}


def annotation(method: str, parameter: str) -> str:
    function = Skyvern.__init__ if method == "__init__" else api_methods().get(method) or getattr(Skyvern, method)
    return str(inspect.signature(function).parameters[parameter].annotation)


def cases() -> list[tuple[str, str, str]]:
    found, tried = [], set()
    for method, parameter in methods():
        kind = annotation(method, parameter)
        for value in (*REFUSED, *ODD):
            if value in HEAVY and (kind, value) in tried:
                continue
            tried.add((kind, value))
            found.append((method, parameter, value))
    return found


CASES = cases()


@pytest.mark.parametrize(("method", "parameter", "value"), CASES, ids=["-".join(case) for case in CASES])
def test_a_hostile_argument_fails_typed_and_named_before_anything_is_sent(
    method: str, parameter: str, value: str, refused_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(defaults, "RETRY_INITIAL_DELAY", 0.0)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SKYVERN_API_KEY", raising=False)
    monkeypatch.delenv("SKYVERN_BASE_URL", raising=False)
    made = REFUSED.get(value) or ODD[value]
    error = attempt(method, parameter, made(), refused_url, tmp_path)
    if error is None:
        assert value in ODD, f"{method}({parameter}={value}) was accepted"
        return
    called = f"{method}({parameter}={value})"
    assert isinstance(error, SkyvernError), f"{called} raised {type(error).__name__}: {error!s:.300}"
    if isinstance(error, InvalidParameterError):
        assert parameter in str(error) or error.parameter == parameter, str(error)[:300]
        assert len(str(error)) < 1000, f"{method}({parameter}={value}) says {len(str(error))} characters"
    else:
        # accepted: it was sent, and the refused connection is the only error
        assert value in ODD, f"{method}({parameter}={value}) was accepted and sent: {error!s:.300}"
        if isinstance(error, RunWaitTimeout):  # a wait polled, the connection refused each time
            return
        assert type(error) is ApiConnectionError and error.may_have_reached_server is False, repr(error)[:300]


# -- the audit's findings, each by name --------------------------------------------------------------------------


def refusal(make: Callable[[], Any]) -> InvalidParameterError:
    with pytest.raises(InvalidParameterError) as refused:
        make()
    return refused.value


def test_a_deeply_nested_run_with_is_refused_by_name_without_its_repr(refused_url: str) -> None:
    client = Skyvern(KEY, base_url=refused_url)
    error = refusal(lambda: client.run_workflow("wpid_1", run_with=nested_list(100_000)))  # type: ignore[arg-type]
    assert error.parameter == "run_with" and "got a list" in str(error)
    long = refusal(lambda: client.run_workflow("wpid_1", run_with="c" * 10_000_000))
    assert long.parameter == "run_with" and len(str(long)) < 200


def test_an_unclosed_ipv6_base_url_is_refused_by_name() -> None:
    assert refusal(lambda: Skyvern(KEY, base_url="http://[::1")).parameter == "base_url"


@pytest.mark.parametrize(
    "env_file",
    [None, 5, b".env", "x" * 10_000_000, "a\x00b", "directory", "latin-1.env"],
    ids=["None", "int", "bytes", "10 MB name", "NUL", "a directory", "not UTF-8"],
)
def test_an_env_file_that_cannot_be_read_is_refused_by_name(
    env_file: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKYVERN_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "directory").mkdir()
    (tmp_path / "latin-1.env").write_bytes("SKYVERN_API_KEY=cl\xe9\n".encode("latin-1"))
    error = refusal(lambda: Skyvern.local(env_file=env_file))
    assert error.parameter == "env_file" and len(str(error)) < 200, str(error)[:300]


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        ({"path": None}, "path"),
        ({"path": "c.yaml", "record_mode": "x"}, "record_mode"),
        ({"path": "c.yaml", "record_mode": "all", "secrets": 5}, "secrets"),
        ({"path": "c.yaml", "record_mode": "all", "secrets": {"<KEY>": 5}}, "secrets"),
        ({"path": "c.yaml", "record_mode": "all", "block_network": "no"}, "block_network"),
    ],
)
def test_recording_refuses_its_arguments_by_name(
    arguments: dict[str, Any], parameter: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skyvern_sync.testing import recording

    monkeypatch.chdir(tmp_path)

    def record() -> None:
        with recording(**arguments):
            pass

    assert refusal(record).parameter == parameter
    assert not (tmp_path / "c.yaml").exists()
