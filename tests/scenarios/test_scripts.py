"""Scripts: create, list, read, deploy a new version; running one is not implemented by the 1.0.56 server."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest

from skyvern_sync import BadRequestError, NotFoundError, Skyvern
from tests._recorded import workflow_definition

MAIN = {"path": "main.py", "content": base64.b64encode(b"print('hello')\n").decode(), "mime_type": "text/x-python"}


def test_a_script_and_its_versions(skyvern: Skyvern, unique: Callable[[str], str]) -> None:
    wpid = skyvern.create_workflow(json_definition=workflow_definition(unique("scripted"))).workflow_permanent_id
    created = skyvern.create_script(workflow_id=wpid, files=[MAIN])
    sid = created.script_id
    assert (created.version, created.file_count) == (1, 1)
    assert created.file_tree is not None and created.file_tree["main.py"] is not None

    assert skyvern.get_script(sid).version == 1
    assert sid in [script.script_id for script in skyvern.get_scripts(page=1, page_size=100)]

    deployed = skyvern.deploy_script(sid, files=[{"path": "main.py", "content": "print(2)\n", "encoding": "utf-8"}])
    assert (deployed.script_id, deployed.version) == (sid, 2)
    assert skyvern.get_script(sid).version == 2


def test_run_script_is_not_implemented_by_the_server(skyvern: Skyvern) -> None:
    """1.0.56 answers every run_script 400 "Not implemented", before anything could be waited on."""
    sid = skyvern.create_script().script_id
    with pytest.raises(BadRequestError, match="Not implemented") as raised:
        skyvern.scripts.run_script(sid, wait_for_completion=True, timeout=60)
    assert raised.value.status_code == 400


def test_an_unknown_script_is_not_found(skyvern: Skyvern) -> None:
    with pytest.raises(NotFoundError):
        skyvern.get_script("s_000000000000000000")
    with pytest.raises(NotFoundError):
        skyvern.deploy_script("s_000000000000000000", files=[MAIN])
