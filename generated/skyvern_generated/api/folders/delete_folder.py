from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.json_object import JsonObject

OPERATION = "delete_folder"
METHOD = "DELETE"
PATH = "/v1/folders/{folder_id}"


def _get_kwargs(
    folder_id: str,
    *,
    delete_workflows: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if delete_workflows is not None:
        params["delete_workflows"] = _t.query_value(delete_workflows)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            folder_id=_t.path_segment(folder_id),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> JsonObject:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> JsonObject:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not dict:
        data = _t.as_object(data, "")
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[JsonObject]:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    try:
        parsed = _parse_response(client=client, response=response)
    except (_ShapeError, RecursionError) as problem:
        raise client.unexpected_body(response, problem) from problem
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    folder_id: str,
    *,
    client: Sender,
    delete_workflows: bool | None = None,
) -> Response[JsonObject]:
    """Delete folder

     Delete a folder. Optionally delete all workflows in the folder.

    Args:
        folder_id: Folder ID
        delete_workflows: If true, also delete all workflows in this folder

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[JsonObject]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        delete_workflows=delete_workflows,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: Sender,
    delete_workflows: bool | None = None,
) -> JsonObject:
    """Delete folder

     Delete a folder. Optionally delete all workflows in the folder.

    Args:
        folder_id: Folder ID
        delete_workflows: If true, also delete all workflows in this folder

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        JsonObject
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        delete_workflows=delete_workflows,
    ).parsed
