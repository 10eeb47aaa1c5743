"""Idempotency keys: an operation the table gives an `idempotency_key` header sends one key per call, the same
on every attempt, and is resent after a dropped connection although its kind (create) is not."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from skyvern_generated.operations import OPERATIONS, RESENDABLE

from skyvern_sync import ApiConnectionError, InvalidParameterError, Skyvern
from skyvern_sync import _constants as defaults
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import ROOT, recorded_body

UPSTREAM = ROOT.parent / "shared" / "upstream" / "skyvern-1.0.56-openapi.json"


@pytest.fixture(autouse=True)
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(defaults, "RETRY_INITIAL_DELAY", 0.0)


def keys_sent(server: f.FaultServer) -> list[str | None]:
    return [request.headers.get("Idempotency-Key") for request in server.received]


def test_create_workflow_dropped_after_sending_is_resent_with_the_same_key_and_succeeds(
    server: f.FaultServer,
) -> None:
    created = recorded_body("create_workflow")
    server.script(f.reset_before_response(), f.close_before_response(), f.status(200, created))
    with Skyvern(KEY, base_url=server.url) as client:
        workflow = client.create_workflow(yaml_definition="title: x")
    assert workflow.workflow_permanent_id == created["workflow_permanent_id"]
    sent = keys_sent(server)
    assert len(sent) == 3 and sent[0] and sent.count(sent[0]) == 3  # one key, on every attempt
    assert all(request.body == server.received[0].body for request in server.received)


def test_without_the_key_mechanism_the_same_drop_raises(server: f.FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cell above with the table's idempotency_key ignored: create_workflow is a plain create again."""
    monkeypatch.setattr("skyvern_sync.transport._idempotency_header", lambda operation: None)
    server.script(f.reset_before_response(), f.close_before_response(), f.status(200, recorded_body("create_workflow")))
    with Skyvern(KEY, base_url=server.url) as client, pytest.raises(ApiConnectionError) as dropped:
        client.create_workflow(yaml_definition="title: x")
    assert dropped.value.may_have_reached_server is True and len(server.received) == 1


def test_each_call_has_a_key_of_its_own_and_the_callers_key_is_sent_as_given(server: f.FaultServer) -> None:
    created = recorded_body("create_workflow")
    server.script(f.status(200, created), f.status(200, created), f.status(200, created))
    with Skyvern(KEY, base_url=server.url) as client:
        client.create_workflow(yaml_definition="title: x")
        client.create_workflow(yaml_definition="title: x")
        client.create_workflow(yaml_definition="title: x", idempotency_key="order-42")
    first, second, given = keys_sent(server)
    assert first and second and first != second and given == "order-42"


def test_without_the_key_the_same_drop_is_not_resent(server: f.FaultServer) -> None:
    """What the key buys: the request another create sends (no key) may have arrived, so it is not resent."""
    server.script(f.reset_before_response(), f.reset_before_response(), f.reset_before_response())
    with Skyvern(KEY, base_url=server.url) as client, pytest.raises(ApiConnectionError) as dropped:
        client.create_folder(title="t")
    assert dropped.value.may_have_reached_server is True
    assert len(server.received) == 1 and keys_sent(server) == [None]


def test_the_key_makes_the_resend_not_the_kind(server: f.FaultServer) -> None:
    """create_workflow stays a create: a key given by request_options' headers counts, none at all would not."""
    assert OPERATIONS["create_workflow"].kind == "create" and "create_workflow" not in RESENDABLE
    from skyvern_sync.transport import _carries_idempotency_key

    assert _carries_idempotency_key("create_workflow", {"idempotency-key": "k"})
    assert not _carries_idempotency_key("create_workflow", {"Content-Type": "application/json"})
    assert not _carries_idempotency_key("create_folder", {"Idempotency-Key": "k"})  # a header it does not read


@pytest.mark.parametrize(
    "key",
    ["", " ", "with space", "caf\u00e9", "x" * 256, "a\nb", 5],
    ids=["empty", "blank", "space", "not ASCII", "256 characters", "newline", "int"],
)
def test_a_key_the_server_would_refuse_is_refused_by_name_before_sending(key: Any) -> None:
    client = Skyvern(KEY, base_url="http://127.0.0.1:9")  # nothing listens: a request sent would fail otherwise
    with pytest.raises(InvalidParameterError) as refused:
        client.create_workflow(yaml_definition="title: x", idempotency_key=key)
    assert refused.value.parameter == "idempotency_key"


def test_every_operation_whose_upstream_document_takes_an_idempotency_key_declares_it() -> None:
    if not UPSTREAM.exists():
        pytest.skip("../shared/upstream is not beside the project")
    document = json.loads(UPSTREAM.read_text(encoding="utf-8"))
    keyed = {
        operation["x-fern-sdk-method-name"] if "x-fern-sdk-method-name" in operation else operation["operationId"]
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
        and any(
            p.get("in") == "header" and p["name"].lower() == "idempotency-key" for p in operation.get("parameters", [])
        )
    }
    declared = {name for name, operation in OPERATIONS.items() if operation.idempotency_key}
    assert keyed == declared == {"create_workflow"}
    ours = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert ours["paths"]["/v1/agents"]["post"]["operationId"] == "create_workflow"
