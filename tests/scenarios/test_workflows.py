"""Workflows (agents): create, read, list, version, update, run with parameters, delete."""

from __future__ import annotations

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
