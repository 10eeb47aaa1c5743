from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.browser_session_response import BrowserSessionResponse
from ...models.update_browser_session_request import UpdateBrowserSessionRequest

OPERATION = "update_browser_session"
METHOD = "PATCH"
PATH = "/v1/browser_sessions/{browser_session_id}"


def _get_kwargs(
    browser_session_id: str,
    *,
    body: UpdateBrowserSessionRequest,
) -> dict[str, Any]:
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            browser_session_id=_t.path_segment(browser_session_id),
        ),
    }
    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> BrowserSessionResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> BrowserSessionResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = BrowserSessionResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[BrowserSessionResponse]:
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
    body: UpdateBrowserSessionRequest,
) -> Response[BrowserSessionResponse]:
    """Update a session

     Update a live browser session. Currently supports toggling generate_browser_profile, which is read
    when the session ends to decide whether to save its browser profile.

    Args:
        browser_session_id: The ID of the browser session. browser_session_id starts with `pbs_`
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[BrowserSessionResponse]
    """

    kwargs = _get_kwargs(
        browser_session_id=browser_session_id,
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    browser_session_id: str,
    *,
    client: Sender,
    body: UpdateBrowserSessionRequest,
) -> BrowserSessionResponse:
    """Update a session

     Update a live browser session. Currently supports toggling generate_browser_profile, which is read
    when the session ends to decide whether to save its browser profile.

    Args:
        browser_session_id: The ID of the browser session. browser_session_id starts with `pbs_`
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        BrowserSessionResponse
    """

    return sync_detailed(
        browser_session_id=browser_session_id,
        client=client,
        body=body,
    ).parsed
