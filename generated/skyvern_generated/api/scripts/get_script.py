from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.script import Script

OPERATION = "get_script"
METHOD = "GET"
PATH = "/v1/scripts/{script_id}"


def _get_kwargs(
    script_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            script_id=_t.path_segment(script_id),
        ),
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> Script:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> Script:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = Script.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(*, client: Sender, response: requests.Response) -> Response[Script]:
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
    script_id: str,
    *,
    client: Sender,
) -> Response[Script]:
    """Get script by ID

     Retrieves a specific script by its ID

    Args:
        script_id: The unique identifier of the script

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[Script]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    script_id: str,
    *,
    client: Sender,
) -> Script:
    """Get script by ID

     Retrieves a specific script by its ID

    Args:
        script_id: The unique identifier of the script

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Script
    """

    return sync_detailed(
        script_id=script_id,
        client=client,
    ).parsed
