from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.folder import Folder

OPERATION = "get_folder"
METHOD = "GET"
PATH = "/v1/folders/{folder_id}"


def _get_kwargs(
    folder_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            folder_id=_t.path_segment(folder_id),
        ),
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> Folder:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> Folder:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = Folder.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(*, client: Sender, response: requests.Response) -> Response[Folder]:
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
) -> Response[Folder]:
    """Get folder

     Get a specific folder by ID

    Args:
        folder_id: Folder ID

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[Folder]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: Sender,
) -> Folder:
    """Get folder

     Get a specific folder by ID

    Args:
        folder_id: Folder ID

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Folder
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
    ).parsed
