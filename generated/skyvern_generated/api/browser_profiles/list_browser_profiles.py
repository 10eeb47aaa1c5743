from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.browser_profile import BrowserProfile

OPERATION = "list_browser_profiles"
METHOD = "GET"
PATH = "/v1/browser_profiles"


def _get_kwargs(
    *,
    page: int | None = None,
    page_size: int | None = None,
    include_deleted: bool | None = None,
    search_key: str | None = None,
    managed: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = _t.query_value(page)
    if page_size is not None:
        params["page_size"] = _t.query_value(page_size)
    if include_deleted is not None:
        params["include_deleted"] = _t.query_value(include_deleted)
    if search_key is not None:
        params["search_key"] = _t.query_value(search_key)
    if managed is not None:
        params["managed"] = _t.query_value(managed)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> list[BrowserProfile]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[BrowserProfile]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [BrowserProfile.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, BrowserProfile.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[BrowserProfile]]:
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
    include_deleted: bool | None = None,
    search_key: str | None = None,
    managed: bool | None = None,
) -> Response[list[BrowserProfile]]:
    """List browser profiles

     Get all browser profiles for the organization

    Args:
        page:
        page_size:
        include_deleted: Include deleted browser profiles
        search_key: Case-insensitive substring search across: browser profile name and description. A profile
            is returned if either field matches.
        managed: Omit to return all profiles; false returns only user-created profiles; true returns only
            auto-managed profiles.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[BrowserProfile]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_deleted=include_deleted,
        search_key=search_key,
        managed=managed,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    include_deleted: bool | None = None,
    search_key: str | None = None,
    managed: bool | None = None,
) -> list[BrowserProfile]:
    """List browser profiles

     Get all browser profiles for the organization

    Args:
        page:
        page_size:
        include_deleted: Include deleted browser profiles
        search_key: Case-insensitive substring search across: browser profile name and description. A profile
            is returned if either field matches.
        managed: Omit to return all profiles; false returns only user-created profiles; true returns only
            auto-managed profiles.

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[BrowserProfile]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        include_deleted=include_deleted,
        search_key=search_key,
        managed=managed,
    ).parsed
