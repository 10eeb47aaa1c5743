from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.browser_profile import BrowserProfile
from ...models.update_browser_profile_request import UpdateBrowserProfileRequest

OPERATION = "update_browser_profile"
METHOD = "PATCH"
PATH = "/v1/browser_profiles/{profile_id}"


def _get_kwargs(
    profile_id: str,
    *,
    body: UpdateBrowserProfileRequest,
) -> dict[str, Any]:
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            profile_id=_t.path_segment(profile_id),
        ),
    }
    _kwargs["json"] = body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> BrowserProfile:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> BrowserProfile:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = BrowserProfile.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[BrowserProfile]:
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
    profile_id: str,
    *,
    client: Sender,
    body: UpdateBrowserProfileRequest,
) -> Response[BrowserProfile]:
    """Update browser profile

     Update a browser profile's name and/or description

    Args:
        profile_id: The ID of the browser profile to update. browser_profile_id starts with `bp_`
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[BrowserProfile]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        body=body,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    profile_id: str,
    *,
    client: Sender,
    body: UpdateBrowserProfileRequest,
) -> BrowserProfile:
    """Update browser profile

     Update a browser profile's name and/or description

    Args:
        profile_id: The ID of the browser profile to update. browser_profile_id starts with `bp_`
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        BrowserProfile
    """

    return sync_detailed(
        profile_id=profile_id,
        client=client,
        body=body,
    ).parsed
