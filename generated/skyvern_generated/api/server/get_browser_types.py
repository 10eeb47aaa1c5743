from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.browser_type_option import BrowserTypeOption

OPERATION = "get_browser_types"
METHOD = "GET"
PATH = "/v1/browser_types"


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> list[BrowserTypeOption]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[BrowserTypeOption]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [BrowserTypeOption.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, BrowserTypeOption.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[BrowserTypeOption]]:
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
    *,
    client: Sender,
) -> Response[list[BrowserTypeOption]]:
    """List selectable browser types

     List the selectable browser engines for the workflow/run browser_type setting. The list is runtime-
    capability aware: a runtime that can honor an explicit engine (the cloud dynamic-browser capability)
    returns all supported engines, while a runtime without it (OSS/self-host) returns an empty list
    rather than advertising selections the server would reject.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[BrowserTypeOption]]
    """

    kwargs = _get_kwargs()
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
) -> list[BrowserTypeOption]:
    """List selectable browser types

     List the selectable browser engines for the workflow/run browser_type setting. The list is runtime-
    capability aware: a runtime that can honor an explicit engine (the cloud dynamic-browser capability)
    returns all supported engines, while a runtime without it (OSS/self-host) returns an empty list
    rather than advertising selections the server would reject.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[BrowserTypeOption]
    """

    return sync_detailed(
        client=client,
    ).parsed
