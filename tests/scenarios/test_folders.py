"""Folders: create, read, list, rename, file a workflow in one and take it out, delete."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from skyvern_sync import BadRequestError, NotFoundError, Skyvern
from tests._recorded import workflow_definition as definition


def test_folder_lifecycle(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    title = unique("Folder")
    folder = skyvern.create_folder(title=title, description="made by the scenarios")
    assert folder.folder_id.startswith("fld_") and folder.title == title
    assert folder.description == "made by the scenarios" and folder.workflow_count == 0

    assert skyvern.get_folder(folder.folder_id).title == title
    found = skyvern.get_folders(page=1, page_size=500, search=title)
    assert [f.folder_id for f in found] == [folder.folder_id]

    renamed = skyvern.update_folder(folder.folder_id, title=f"{title} renamed")
    assert renamed.title == f"{title} renamed" and renamed.description == "made by the scenarios"

    deleted = skyvern.delete_folder(folder.folder_id)
    assert deleted["status"] == "deleted" and deleted["folder_id"] == folder.folder_id
    with pytest.raises(NotFoundError):
        skyvern.get_folder(folder.folder_id)
    with pytest.raises(NotFoundError):
        skyvern.delete_folder(folder.folder_id)


def test_filing_a_workflow_in_a_folder(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    folder = skyvern.create_folder(title=unique("Filing"))
    workflow = skyvern.create_workflow(json_definition=definition("Filed"))
    wpid = workflow.workflow_permanent_id

    with pytest.raises(BadRequestError, match="not found"):  # an unknown folder is a 400, not a 404
        skyvern.update_workflow_folder(wpid, folder_id="fld_000000000000000000")
    filed = skyvern.update_workflow_folder(wpid, folder_id=folder.folder_id)
    assert filed.workflow_permanent_id == wpid and filed.folder_id == folder.folder_id
    assert skyvern.get_folder(folder.folder_id).workflow_count == 1
    assert [w.workflow_permanent_id for w in skyvern.get_workflows(folder_id=folder.folder_id)] == [wpid]

    unfiled = skyvern.update_workflow_folder(wpid, folder_id=None)
    assert unfiled.folder_id is None
    assert skyvern.get_folder(folder.folder_id).workflow_count == 0

    # deleting a folder with delete_workflows deletes what is filed in it
    skyvern.update_workflow_folder(wpid, folder_id=folder.folder_id)
    deleted = skyvern.delete_folder(folder.folder_id, delete_workflows=True)
    assert deleted["workflows_deleted"] is True  # the flag echoed, not a count
    with pytest.raises(NotFoundError):
        skyvern.get_workflow(wpid)


def test_unknown_folders_and_workflows(skyvern: Skyvern) -> None:
    with pytest.raises(NotFoundError):
        skyvern.get_folder("fld_000000000000000000")
    with pytest.raises(NotFoundError):
        skyvern.update_folder("fld_000000000000000000", title="x")
    with pytest.raises(NotFoundError):
        skyvern.update_workflow_folder("wpid_000000000000000000", folder_id=None)
