from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender

OPERATION = "close_browser_session"
METHOD = "POST"
PATH = "/v1/browser_sessions/{browser_session_id}/close"


def _get_kwargs(
    browser_session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            browser_session_id=_t.path_segment(browser_session_id),
        ),
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> Any:
    return _t.json_or_none(response.content)


def _build_response(*, client: Sender, response: requests.Response) -> Response[Any]:
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
    browser_session_id: str,
    *,
    client: Sender,
) -> Response[Any]:
    """Close a session

     Close a session. Once closed, the session cannot be used again.

    Args:
        browser_session_id: The ID of the browser session to close. completed_at will be set when the browser session
            is closed. browser_session_id starts with `pbs_`

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        browser_session_id=browser_session_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    browser_session_id: str,
    *,
    client: Sender,
) -> Any:
    """Close a session

     Close a session. Once closed, the session cannot be used again.

    Args:
        browser_session_id: The ID of the browser session to close. completed_at will be set when the browser session
            is closed. browser_session_id starts with `pbs_`

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Any
    """

    return sync_detailed(
        browser_session_id=browser_session_id,
        client=client,
    ).parsed
