from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.folder import Folder

OPERATION = "get_folders"
METHOD = "GET"
PATH = "/v1/folders"


def _get_kwargs(
    *,
    page: int | None = None,
    page_size: int | None = None,
    search: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = _t.query_value(page)
    if page_size is not None:
        params["page_size"] = _t.query_value(page_size)
    if search is not None:
        params["search"] = _t.query_value(search)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> list[Folder]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[Folder]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [Folder.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, Folder.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[Folder]]:
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
    page: int | None = None,
    page_size: int | None = None,
    search: str | None = None,
) -> Response[list[Folder]]:
    """Get folders

     Get all folders for the organization

    Args:
        page: Page number
        page_size: Number of folders per page
        search: Search folders by title or description

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[Folder]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    search: str | None = None,
) -> list[Folder]:
    """Get folders

     Get all folders for the organization

    Args:
        page: Page number
        page_size: Number of folders per page
        search: Search folders by title or description

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[Folder]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search=search,
    ).parsed
