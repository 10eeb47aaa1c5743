"""Workflows (agents): create, read, list, version, update, run with parameters, delete."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skyvern_sync import InvalidParameterError, NotFoundError, Skyvern, UnprocessableEntityError
from tests._recorded import workflow_definition as definition

YAML_DEFINITION = """\
title: Products from YAML
workflow_definition:
  parameters:
    - key: target_url
      parameter_type: workflow
      workflow_parameter_type: string
  blocks:
    - block_type: extraction
      label: extract
      url: "{{ target_url }}"
      data_extraction_goal: Extract the product names
"""


def test_workflow_lifecycle(skyvern: Skyvern, site_url: str) -> None:
    created = skyvern.create_workflow(json_definition=definition("Lifecycle"))
    wpid = created.workflow_permanent_id
    assert wpid.startswith("wpid_") and created.workflow_id.startswith("w_")
    assert created.version == 1
    assert created.title == "Lifecycle"

    fetched = skyvern.get_workflow(wpid)
    assert fetched.workflow_id == created.workflow_id
    assert [block.label for block in fetched.workflow_definition.blocks] == ["extract"]
    assert str(fetched.workflow_definition.blocks[0].block_type) == "extraction"

    listed = skyvern.get_workflows(title="Lifecycle", page=1, page_size=10)
    assert wpid in [w.workflow_permanent_id for w in listed]

    # the server updates by permanent id (server-behaviour.md), making version 2
    updated = skyvern.update_workflow(wpid, json_definition=definition("Lifecycle v2"))
    assert updated.version == 2 and updated.title == "Lifecycle v2"
    assert skyvern.get_workflow(wpid, version=1).title == "Lifecycle"
    versions = skyvern.get_workflow_versions(wpid)
    assert sorted(w.version for w in versions) == [1, 2]

    skyvern.delete_workflow(wpid)
    with pytest.raises(NotFoundError):
        skyvern.get_workflow(wpid)


def test_create_workflow_from_yaml(skyvern: Skyvern) -> None:
    created = skyvern.create_workflow(yaml_definition=YAML_DEFINITION)
    assert created.title == "Products from YAML"
    assert [block.label for block in created.workflow_definition.blocks] == ["extract"]
    skyvern.delete_workflow(created.workflow_permanent_id)


def test_run_workflow_with_parameters_completes(skyvern: Skyvern, site_url: str) -> None:
    workflow = skyvern.create_workflow(json_definition=definition("Run me"))
    run = skyvern.run_workflow(
        workflow.workflow_permanent_id,
        parameters={"target_url": f"{site_url}/products"},
        wait_for_completion=True,
        timeout=300,
    )
    assert run.status == "completed", run.failure_reason
    assert run.run_type == "workflow_run"
    assert run.run_id.startswith("wr_")
    assert isinstance(run.output, dict)
    assert "extract_output" in run.output
    timeline = skyvern.get_run_timeline(run.run_id)
    assert [str(item.type) for item in timeline] == ["block"]
    skyvern.delete_workflow(workflow.workflow_permanent_id)


def test_cancel_a_running_workflow_run(skyvern: Skyvern, site_url: str) -> None:
    workflow = skyvern.create_workflow(
        json_definition=definition("Slow", "Extract the product names [[stub:delay=60]]")
    )
    run = skyvern.run_workflow(workflow.workflow_permanent_id, parameters={"target_url": f"{site_url}/products"})
    skyvern.cancel_run(run.run_id)
    assert skyvern.wait_for_run(run.run_id, timeout=120).status == "canceled"
    skyvern.delete_workflow(workflow.workflow_permanent_id)


def test_unknown_workflow_is_not_found(skyvern: Skyvern) -> None:
    with pytest.raises(NotFoundError) as missing:
        skyvern.get_workflow("wpid_000000000000000000")
    assert missing.value.status_code == 404
    with pytest.raises(NotFoundError):
        skyvern.run_workflow("wpid_000000000000000000")


def test_an_invalid_definition_is_unprocessable(skyvern: Skyvern) -> None:
    # a JSON definition is checked against the server's schema before anything is sent
    with pytest.raises(InvalidParameterError, match=r"json_definition .*\$\.workflow_definition: is missing"):
        skyvern.create_workflow(json_definition={"title": "No definition"})
    # YAML is the server's to read: it answers 422, naming the field
    with pytest.raises(UnprocessableEntityError) as invalid:
        skyvern.create_workflow(yaml_definition="title: No definition\n")
    assert invalid.value.status_code == 422
    assert "workflow_definition" in str(invalid.value)


def test_where_the_server_contradicts_the_reference_on_workflow_ids(skyvern: Skyvern) -> None:
    created = skyvern.create_workflow(json_definition=definition("Ids"))
    # the reference says update_workflow takes the version id (w_...): the server answers 404 for it
    with pytest.raises(NotFoundError):
        skyvern.update_workflow(created.workflow_id, json_definition=definition("Ids v2"))
    # deleting an unknown permanent id is a silent 200 (and a version id would be too: the client refuses those)
    skyvern.delete_workflow("wpid_000000000000000000")  # no error
    with pytest.raises(ValueError, match="wpid_"):
        skyvern.delete_workflow(created.workflow_id)
    # unknown ids list nothing rather than 404
    assert skyvern.get_workflow_versions("wpid_000000000000000000") == []
    one = skyvern.get_workflows(page=1, page_size=1)
    assert len(one) == 1
    skyvern.delete_workflow(created.workflow_permanent_id)


def test_create_workflow_with_a_repeated_idempotency_key(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    key = unique("key").replace(" ", "-")  # visible ASCII, no spaces
    first = skyvern.create_workflow(json_definition=definition("Keyed"), idempotency_key=key)
    # the permanent id is derived from the key: the same key names the same workflow
    again = skyvern.create_workflow(json_definition=definition("Keyed"), idempotency_key=key)
    assert again.workflow_permanent_id == first.workflow_permanent_id and again.workflow_id == first.workflow_id
    # another body under the same key is not a new workflow either: the server returns the first one, unchanged
    other = skyvern.create_workflow(json_definition=definition("Keyed, another body"), idempotency_key=key)
    assert other.workflow_id == first.workflow_id and other.title == "Keyed"
    # even once the workflow is updated, the key answers with its version 1
    skyvern.update_workflow(first.workflow_permanent_id, json_definition=definition("Keyed v2"))
    after_update = skyvern.create_workflow(json_definition=definition("Keyed"), idempotency_key=key)
    assert after_update.version == 1 and after_update.workflow_id == first.workflow_id
    # calls without a key (each call makes a fresh one) make a workflow each
    fresh = skyvern.create_workflow(json_definition=definition("Unkeyed"))
    other_fresh = skyvern.create_workflow(json_definition=definition("Unkeyed"))
    assert fresh.workflow_permanent_id != other_fresh.workflow_permanent_id
    for wpid in (first.workflow_permanent_id, fresh.workflow_permanent_id, other_fresh.workflow_permanent_id):
        skyvern.delete_workflow(wpid)
    # and a deleted workflow's key still answers with it
    deleted = skyvern.create_workflow(json_definition=definition("Keyed"), idempotency_key=key)
    assert deleted.workflow_id == first.workflow_id


def test_workflow_runs_listed_and_retried(skyvern: Skyvern, site_url: str, unique: Callable[[str], str]) -> None:
    workflow = skyvern.create_workflow(json_definition=definition(unique("Listed runs")))
    wpid = workflow.workflow_permanent_id
    run = skyvern.run_workflow(
        wpid, parameters={"target_url": f"{site_url}/products"}, wait_for_completion=True, timeout=300
    )
    assert run.status == "completed", run.failure_reason

    retried = skyvern.retry_workflow_run(run.run_id, wait_for_completion=True, timeout=300)
    assert retried.run_id != run.run_id and retried.run_id.startswith("wr_")
    assert retried.status == "completed", retried.failure_reason

    # the retry is a run of the same workflow (1.0.56 leaves its retried_from_workflow_run_id empty)
    runs = skyvern.get_workflow_runs_by_id(wpid, page=1, page_size=10)
    assert {r.workflow_run_id for r in runs} == {run.run_id, retried.run_id}
    completed = skyvern.get_workflow_runs_by_id(wpid, status=["completed"], include_child_runs=False)
    assert len(completed) == 2
    assert skyvern.get_workflow_runs_by_id(wpid, status="failed") == []
    one = skyvern.get_workflow_runs_by_id(wpid, page=1, page_size=1)
    assert len(one) == 1

    everywhere = skyvern.get_workflow_runs(page=1, page_size=50, status="completed", search_key=run.run_id)
    assert [r.workflow_run_id for r in everywhere] == [run.run_id]
    assert skyvern.get_workflow_runs(search_key=run.run_id, error_code="NO_SUCH_CODE") == []
    skyvern.delete_workflow(wpid)


def test_retrying_an_unknown_run_is_not_found(skyvern: Skyvern) -> None:
    with pytest.raises(NotFoundError):
        skyvern.retry_workflow_run("wr_000000000000000000")


def test_reset_workflow_browser_profile(skyvern: Skyvern) -> None:
    workflow = skyvern.create_workflow(json_definition=definition("Persisted", persist=True))
    assert workflow.persist_browser_session is True
    # nothing was saved yet: resetting forgets nothing, and says nothing (204)
    skyvern.agents.reset_workflow_browser_profile(workflow.workflow_permanent_id)
    with pytest.raises(NotFoundError):
        skyvern.agents.reset_workflow_browser_profile("wpid_000000000000000000")
    skyvern.delete_workflow(workflow.workflow_permanent_id)
