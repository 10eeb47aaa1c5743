"""Tags on workflows and workflow runs, the organization's tag keys and values, history, batch reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from skyvern_sync import BadRequestError, ConflictError, NotFoundError, Skyvern
from tests._recorded import workflow_definition as definition


def tag_key(unique: Callable[[str], str], prefix: str) -> str:
    # a key is org-wide and must match ^[A-Za-z0-9][A-Za-z0-9_.-]*$: no space
    return unique(prefix).replace(" ", "-")


def test_workflow_tags_keys_and_values(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    key = tag_key(unique, "env")
    workflow = skyvern.create_workflow(json_definition=definition("Tagged"))
    wpid = workflow.workflow_permanent_id

    applied = skyvern.apply_workflow_tags(
        wpid, tags=[{"key": key, "value": "prod"}, {"value": "nightly"}], colors={key: "teal"}
    )
    assert applied.workflow_permanent_id == wpid
    assert {(tag.key, tag.value) for tag in applied.tags} == {(key, "prod"), (None, "nightly")}
    assert {(tag.key, tag.value) for tag in skyvern.get_workflow_tags(wpid).tags} == {(key, "prod"), (None, "nightly")}

    history = skyvern.get_workflow_tag_history(wpid, limit=10, key=key)
    assert history.workflow_permanent_id == wpid
    assert [(event.key, event.value) for event in history.events] == [(key, "prod")]
    assert skyvern.get_workflow_tag_history(wpid, since=dt.datetime(2100, 1, 1, tzinfo=dt.UTC)).events == []

    batch = skyvern.batch_get_workflow_tags(workflow_permanent_ids=[wpid])
    assert [tag.value for tag in batch.workflow_tags[wpid] if tag.key == key] == ["prod"]
    posted = skyvern.batch_get_workflow_tags_post(workflow_permanent_ids=[wpid])
    assert posted.workflow_tags.keys() == batch.workflow_tags.keys() == {wpid}

    assert key in [one.key for one in skyvern.list_tag_keys()]
    described = skyvern.update_tag_key(key, description="Where it runs")
    assert described.key == key and described.description == "Where it runs"
    values = skyvern.list_tag_values(key=key)
    assert [(one.value, one.color) for one in values] == [("prod", "teal")]

    registered = skyvern.create_tag_value(key=key, value="staging", color="amber")
    assert (registered.key, registered.value, registered.color) == (key, "staging", "amber")
    assert skyvern.update_tag_value(key, value="staging", color="purple").color == "purple"
    renamed = skyvern.rename_tag_value(key, value="prod", new_value="production")
    assert (renamed.key, renamed.value) == (key, "production")
    assert renamed.renamed_workflow_count == 1
    assert {(tag.key, tag.value) for tag in skyvern.get_workflow_tags(wpid).tags} == {
        (key, "production"),
        (None, "nightly"),
    }
    removed = skyvern.delete_tag_value(key, value="staging")
    assert (removed.key, removed.value) == (key, "staging")
    assert sorted(one.value for one in skyvern.list_tag_values(key=key)) == ["production"]

    dropped = skyvern.delete_workflow_tag(wpid, key)
    assert {(tag.key, tag.value) for tag in dropped.tags} == {(None, "nightly")}
    cleared = skyvern.apply_workflow_tags(wpid, tags_to_delete=[{"value": "nightly"}])
    assert cleared.tags == []
    gone = skyvern.delete_tag_key(key)
    assert gone.key == key
    assert key not in [one.key for one in skyvern.list_tag_keys()]
    skyvern.delete_workflow(wpid)


def test_run_tags_history_batches_and_suggestions(
    skyvern: Skyvern, site_url: str, unique: Callable[[str], str]
) -> None:
    key = tag_key(unique, "team")
    workflow = skyvern.create_workflow(
        json_definition=definition("Tagged run", "Extract the product names [[stub:delay=60]]")
    )
    run = skyvern.run_workflow(workflow.workflow_permanent_id, parameters={"target_url": f"{site_url}/products"})
    run_id = run.run_id
    assert run_id.startswith("wr_")

    applied = skyvern.apply_run_tags(run_id, tags=[{"key": key, "value": "search"}, {"value": "smoke"}])
    assert applied.workflow_run_id == run_id
    assert {(tag.key, tag.value) for tag in applied.tags} >= {(key, "search"), (None, "smoke")}
    assert {(tag.key, tag.value) for tag in skyvern.get_run_tags(run_id).tags} >= {(key, "search"), (None, "smoke")}

    history = skyvern.get_run_tag_history(run_id, limit=5, key=key)
    assert history.workflow_run_id == run_id
    assert [(event.key, event.value) for event in history.events] == [(key, "search")]

    batch = skyvern.batch_get_run_tags(workflow_run_ids=run_id)
    assert (key, "search") in {(tag.key, tag.value) for tag in batch.run_tags[run_id]}
    posted = skyvern.batch_get_run_tags_post(workflow_run_ids=[run_id, "wr_000000000000000000"])
    assert posted.run_tags[run_id] == batch.run_tags[run_id]
    assert posted.run_tags["wr_000000000000000000"] == []  # the 1.0.56 server lists an unknown run, without tags

    suggestions = skyvern.get_run_tag_suggestions()
    assert suggestions.keys is not None and key in suggestions.keys
    assert suggestions.values_by_key is not None and suggestions.values_by_key[key] == ["search"]
    assert suggestions.labels is not None and "smoke" in suggestions.labels

    after = skyvern.delete_run_tag(run_id, key)
    assert key not in {tag.key for tag in after.tags}
    skyvern.cancel_run(run_id)
    skyvern.delete_tag_key(key)


def test_what_the_server_refuses_about_tags(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    """404 for a run or workflow it does not have, 409 for a label registered twice, 404 for a label renamed
    twice (the old one is gone), 400 for a key of the reserved `skyvern.` namespace in a path."""
    with pytest.raises(NotFoundError) as missing_run:
        skyvern.get_run_tags("wr_000000000000000000")
    assert missing_run.value.status_code == 404
    with pytest.raises(NotFoundError):
        skyvern.get_workflow_tags("wpid_000000000000000000")

    key = tag_key(unique, "tier")
    skyvern.create_tag_value(key=key, value="gold")
    with pytest.raises(ConflictError) as twice:
        skyvern.create_tag_value(key=key, value="gold")
    assert twice.value.status_code == 409
    skyvern.rename_tag_value(key, value="gold", new_value="platinum")
    with pytest.raises(NotFoundError):
        skyvern.rename_tag_value(key, value="gold", new_value="platinum")

    workflow = skyvern.create_workflow(json_definition=definition("Reserved tags"))
    with pytest.raises(BadRequestError) as reserved:
        skyvern.delete_workflow_tag(workflow.workflow_permanent_id, "skyvern.source")
    assert reserved.value.status_code == 400
    skyvern.delete_workflow(workflow.workflow_permanent_id)
    skyvern.delete_tag_key(key)
