"""A program written against the official sync client `skyvern.client.Skyvern` 1.0.56 runs with `skyvern_sync.Skyvern`.

What the official client offers is read from tools/official-surface-1.0.56.json, which `python -m
tools.official_surface` writes from the installed official SDK (the test venv has none): its constructor, every
method of the client and of its sub-clients, each parameter's name, kind and whether it is required, and
the official type names the signatures use.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest
from skyvern_generated.operations import OPERATIONS

import skyvern_sync.types
from skyvern_sync import ApiConnectionError, InvalidParameterError, NotFoundError, RedirectError, Skyvern
from skyvern_sync.skyvern import api_methods
from tests import _faults as f
from tests._faults import KEY
from tools.official_surface import SNAPSHOT, SUBCLIENTS

Official = dict[str, Any]
POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")


@cache
def official() -> Official:
    surface: Official = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return surface


def official_methods() -> dict[str, Official]:
    methods: dict[str, Official] = official()["methods"]
    return methods


def official_types() -> list[str]:
    return sorted({name for names in official()["types"].values() for name in names})


def test_the_snapshot_is_the_official_clients_whole_surface() -> None:
    surface = official()
    # a snapshot that silently lost its methods would make every test below pass vacuously
    assert (surface["sdk"], surface["version"], surface["client"]) == ("skyvern", "1.0.56", "skyvern.client.Skyvern")
    assert surface["subclients"] == list(SUBCLIENTS)
    methods = official_methods()
    assert len(methods) == 85  # 73 on the client, 12 on its four sub-clients
    assert sum("." in name for name in methods) == 12
    assert {name.partition(".")[0] for name in methods if "." in name} == set(SUBCLIENTS)
    assert [p["name"] for p in surface["constructor"]] == [
        "base_url", "environment", "api_key", "headers", "timeout", "follow_redirects", "httpx_client",
    ]  # fmt: skip
    get = methods["schedules.get"]["parameters"]
    assert [(p["name"], p["kind"], p["required"]) for p in get] == [
        ("workflow_permanent_id", "POSITIONAL_OR_KEYWORD", True),
        ("workflow_schedule_id", "POSITIONAL_OR_KEYWORD", True),
        ("request_options", "KEYWORD_ONLY", False),
    ]
    assert methods["schedules.get"]["returns"] == ["WorkflowScheduleResponse"]
    assert "SchedulesListAllRequestStatus" in surface["types"]["skyvern.client.schedules.types"]
    assert len(official_types()) > 50


def test_every_official_method_is_an_operation_of_the_table() -> None:
    # the table's `client` column is where each operation is served; an official method outside it would
    # never be added by anyone
    served = {operation.client for operation in OPERATIONS.values()}
    assert set(official_methods()) <= served, sorted(set(official_methods()) - served)


def _ours(name: str) -> inspect.Signature:
    methods = api_methods()
    assert name in methods, f"Skyvern has no {name} (the official client has client.{name})"
    return inspect.signature(methods[name])


# an official required parameter ours takes under either of two names (the reference's and the official's), both
# optional in the signature and one of them required when called (tests/test_surface.py holds the other side)
EITHER = {"run_workflow": ("agent_id",)}


def signature_problems(name: str, theirs: list[Official], ours: inspect.Signature) -> list[str]:
    """Where a call written for the official method's signature would fail with ours (empty: none)."""
    parameters = list(ours.parameters.values())[1:]  # without self
    by_name = {p.name: p for p in parameters}
    positional = [p.name for p in parameters if p.kind.name in POSITIONAL]
    problems: list[str] = []
    official_positional = [p["name"] for p in theirs if p["kind"] in POSITIONAL]
    if positional[: len(official_positional)] != official_positional:
        problems.append(f"positional parameters {positional} do not start with the official {official_positional}")
    for parameter in theirs:
        mine = by_name.get(parameter["name"])
        if mine is None:
            problems.append(f"no parameter {parameter['name']}")
            continue
        if mine.kind.name in ("POSITIONAL_ONLY", "VAR_POSITIONAL", "VAR_KEYWORD"):
            problems.append(f"{mine.name} cannot be passed by keyword")
        required = mine.default is inspect.Parameter.empty
        if required != parameter["required"] and parameter["name"] not in EITHER.get(name, ()):
            problems.append(f"{mine.name} is {'required' if required else 'optional'}, officially not")
    named = {p["name"] for p in theirs}
    extra_required = [
        p.name for p in parameters if p.default is inspect.Parameter.empty and p.name not in named
        and p.kind.name not in ("VAR_POSITIONAL", "VAR_KEYWORD")
    ]  # fmt: skip
    if extra_required:
        problems.append(f"requires {extra_required}, which the official client does not take")
    return problems


@pytest.mark.parametrize("name", sorted(official_methods()))
def test_each_official_method_takes_the_official_parameters(name: str) -> None:
    problems = signature_problems(name, official_methods()[name]["parameters"], _ours(name))
    assert not problems, f"{name}: " + "; ".join(problems)


def test_the_signature_comparison_catches_each_kind_of_difference() -> None:
    theirs = [
        {"name": "run_id", "kind": "POSITIONAL_OR_KEYWORD", "required": True},
        {"name": "page", "kind": "KEYWORD_ONLY", "required": False},
        {"name": "request_options", "kind": "KEYWORD_ONLY", "required": False},
    ]

    def same(self: object, run_id: str, page: int | None = None, request_options: Any = None) -> None: ...
    def keyword_first(self: object, run_id: str, *, page: int | None = None, request_options: Any = None) -> None: ...
    def renamed(self: object, run_id: str, *, number: int | None = None, request_options: Any = None) -> None: ...
    def moved(self: object, page: int | None = None, *, run_id: str, request_options: Any = None) -> None: ...
    def required(self: object, run_id: str, *, page: int, request_options: Any = None) -> None: ...
    def demands(self: object, run_id: str, *, page: int = 1, key: str, request_options: Any = None) -> None: ...
    def only_positional(self: object, run_id: str, page: int = 1, /, request_options: Any = None) -> None: ...

    fine_ones: tuple[Callable[..., None], ...] = (same, keyword_first)
    for fine in fine_ones:
        assert signature_problems("x", theirs, inspect.signature(fine)) == []
    expected: dict[Callable[..., None], str] = {
        renamed: "no parameter page",
        moved: "do not start with the official ['run_id']",
        required: "page is required, officially not",
        demands: "requires ['key']",
        only_positional: "page cannot be passed by keyword",
    }
    for wrong, problem in expected.items():
        assert any(problem in found for found in signature_problems("x", theirs, inspect.signature(wrong))), wrong


@pytest.mark.parametrize("name", official_types())
def test_each_official_type_name_is_importable_from_skyvern_sync_types(name: str) -> None:
    value = getattr(skyvern_sync.types, name, None)
    assert value is not None, f"skyvern_sync.types has no {name} (the official client's signatures use it)"
    assert name in skyvern_sync.types.__all__
    # an official model is ours of the same meaning: a class, or a union of what the parameter takes
    assert inspect.isclass(value) or isinstance(value, type(int | str)), f"{name} is {value!r}"


def test_an_official_alias_means_what_its_parameter_takes() -> None:
    types = skyvern_sync.types
    assert types.TotpCode is types.TOTPCode and types.WorkflowCreateYamlRequest is types.WorkflowCreateYAMLRequest
    assert types.CustomLlmConfig is types.CustomLLMConfig
    assert types.TaskRunRequestInputProxyLocation == types.ProxyLocation | types.GeoTarget | dict[str, Any]
    # the enum-like literals: ours, or their values as plain strings (the official client's `Literal | Any`)
    assert types.OtpType == types.OTPType | str
    assert {member.value for member in types.SkyvernForgeSdkSchemasCredentialsCredentialType.__args__[0]} == {
        "password", "credit_card", "secret",
    }  # fmt: skip
    assert {member.value for member in types.SkyvernSchemasCredentialTypeCredentialType.__args__[0]} == {
        "skyvern", "bitwarden", "1password", "azure_vault",
    }  # fmt: skip


# --- the constructor


def test_the_constructor_takes_every_official_parameter_by_keyword() -> None:
    ours = inspect.signature(Skyvern.__init__).parameters
    for parameter in official()["constructor"]:
        assert parameter["name"] in ours, parameter["name"]
        assert ours[parameter["name"]].kind.name in ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")
    # the one difference: our api_key is required (the official one sends no key when it is None)
    required = [name for name, p in ours.items() if name != "self" and p.default is inspect.Parameter.empty]
    assert required == ["api_key"]


def test_the_constructors_headers_go_with_every_request_and_never_show(server: f.FaultServer) -> None:
    server.script(f.status(404, {"detail": "Not Found"}))
    secret = "sk-live-0123456789abcdef"
    client = Skyvern(api_key=KEY, base_url=server.url, headers={"X-Tenant": "acme", "Authorization": secret})
    with pytest.raises(NotFoundError) as info:
        client.get_run(run_id="tsk_1", request_options={"additional_headers": {"X-Trace": "t1"}})
    sent = server.received[0].headers
    assert (sent["X-Tenant"], sent["Authorization"], sent["X-Trace"], sent["x-api-key"]) == ("acme", secret, "t1", KEY)
    for shown in (repr(client), repr(client._transport), str(info.value), repr(info.value)):
        assert secret not in shown and KEY not in shown


def test_a_header_echoed_back_by_the_server_is_masked_in_the_error(server: f.FaultServer) -> None:
    secret = "sk-live-0123456789abcdef"
    server.script(f.status(404, {"detail": f"no such tenant {secret}"}))
    client = Skyvern(api_key=KEY, base_url=server.url, headers={"Authorization": secret})
    with pytest.raises(NotFoundError) as info:
        client.get_run("tsk_1")
    assert secret not in str(info.value) and secret not in repr(info.value.body)


def test_the_constructors_headers_may_not_replace_the_key_nor_be_malformed() -> None:
    with pytest.raises(InvalidParameterError, match="headers must not hold x-api-key"):
        Skyvern(api_key=KEY, base_url="http://127.0.0.1:9", headers={"X-API-Key": "other"})
    with pytest.raises(InvalidParameterError) as info:
        Skyvern(api_key=KEY, base_url="http://127.0.0.1:9", headers={"X-Bad": "line\r\nInjected: 1"})
    assert info.value.parameter == "headers"


def test_follow_redirects_false_follows_none_and_true_follows_the_same_origin(server: f.FaultServer) -> None:
    sessions = f.status(200, [])
    server.script(f.redirect(307, "/v1/browser_sessions?moved=1"), sessions)
    assert Skyvern(api_key=KEY, base_url=server.url, follow_redirects=True).get_browser_sessions() == []
    assert len(server.received) == 2
    for refused in (False, None):
        server.reset().script(f.redirect(307, "/v1/browser_sessions?moved=1"))
        with pytest.raises(RedirectError) as info:
            Skyvern(api_key=KEY, base_url=server.url, follow_redirects=refused).get_browser_sessions()
        assert info.value.status_code == 307 and "follow_redirects=False" in str(info.value)
        assert len(server.received) == 1


def test_follow_redirects_true_still_never_follows_another_origin(server: f.FaultServer) -> None:
    server.script(f.redirect(302, "https://elsewhere.example/v1/browser_sessions"))
    with pytest.raises(RedirectError, match="another origin"):
        Skyvern(api_key=KEY, base_url=server.url, follow_redirects=True).get_browser_sessions()


def test_an_httpx_client_is_refused_saying_why() -> None:
    with pytest.raises(InvalidParameterError, match="not httpx") as info:
        Skyvern(api_key=KEY, base_url="http://127.0.0.1:9", httpx_client=object())
    assert info.value.parameter == "httpx_client"
    with pytest.raises(InvalidParameterError) as bad:
        Skyvern(api_key=KEY, base_url="http://127.0.0.1:9", follow_redirects="yes")  # type: ignore[arg-type]
    assert bad.value.parameter == "follow_redirects"


# --- a program written for the official client

# Calls as the official client's examples write them: keyword arguments, plain values. Each reaches the
# server (here answering 404 to all) with the query the official client would send.
# `client` is Any: mypy would refuse a method this branch does not have yet, which the test reports by name
OFFICIAL_PROGRAM: dict[str, tuple[Callable[[Any], object], str, dict[str, list[str]]]] = {
    "get_runs_v2": (
        lambda client: client.get_runs_v2(page=1, page_size=10, status=["completed"], search_key="invoice"),
        "/v1/runs",
        {"page": ["1"], "page_size": ["10"], "status": ["completed"], "search_key": ["invoice"]},
    ),
    "get_run": (lambda client: client.get_run(run_id="tsk_1"), "/v1/runs/tsk_1", {}),
    "get_workflows": (
        lambda client: client.get_workflows(page=1, page_size=10, only_workflows=True, search_key="report"),
        "/v1/agents",
        {"page": ["1"], "page_size": ["10"], "only_workflows": ["true"], "search_key": ["report"]},
    ),
    "get_browser_sessions": (lambda client: client.get_browser_sessions(), "/v1/browser_sessions", {}),
    "get_credentials": (lambda client: client.get_credentials(page=1, page_size=5), "/v1/credentials", {}),
    "schedules.list_all": (
        lambda client: client.schedules.list_all(page=1, page_size=10),
        "/v1/schedules",
        {"page": ["1"], "page_size": ["10"]},
    ),
    "schedules.get": (
        lambda client: client.schedules.get(workflow_permanent_id="wpid_1", workflow_schedule_id="wsc_1"),
        "/v1/agents/wpid_1/schedules/wsc_1",
        {},
    ),
}


@pytest.mark.parametrize("name", sorted(OFFICIAL_PROGRAM))
def test_an_official_style_call_is_accepted_up_to_sending(name: str, server: f.FaultServer) -> None:
    call, path, query = OFFICIAL_PROGRAM[name]
    assert name in official_methods()
    server.default = f.status(404, {"detail": "Not Found"})
    client = Skyvern(api_key=KEY, base_url=server.url, timeout=10, headers={"X-Team": "a"}, follow_redirects=True)
    # a signature that refused the official call would raise TypeError (or AttributeError) before sending
    with pytest.raises(NotFoundError):
        call(client)
    assert len(server.received) == 1
    sent = server.received[0]
    assert sent.path == path and sent.headers["X-Team"] == "a"
    assert {key: sent.params[key] for key in query} == query


def test_an_official_style_call_to_a_refused_port_fails_as_a_connection_error_not_a_type_error() -> None:
    client = Skyvern(api_key=KEY, base_url="http://127.0.0.1:9")
    with pytest.raises(ApiConnectionError) as info:
        client.get_run(run_id="tsk_1", request_options={"max_retries": 0})
    assert info.value.may_have_reached_server is False


def test_run_workflow_takes_the_workflow_under_either_name_and_requires_one() -> None:
    client = Skyvern("k", base_url="http://127.0.0.1:9")
    with pytest.raises(InvalidParameterError, match=r"workflow_id.*agent_id") as refused:
        client.run_workflow()
    assert refused.value.parameter == "workflow_id"
    with pytest.raises(ApiConnectionError):  # accepted, and sent to a port that refuses
        client.run_workflow(agent_id="wpid_1")
    with pytest.raises(ApiConnectionError):
        client.run_workflow("wpid_1")
