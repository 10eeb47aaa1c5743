from http import HTTPStatus
from typing import Any

import requests

from ... import errors
from ...client import Sender
from ...models.browser_profile import BrowserProfile
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset

OPERATION = "list_browser_profiles"
METHOD = "GET"
PATH = "/v1/browser_profiles"


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    include_deleted: bool | Unset = False,
    search_key: None | str | Unset = UNSET,
    managed: bool | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["include_deleted"] = include_deleted

    json_search_key: None | str | Unset
    if isinstance(search_key, Unset):
        json_search_key = UNSET
    else:
        json_search_key = search_key
    params["search_key"] = json_search_key

    json_managed: bool | None | Unset
    if isinstance(managed, Unset):
        json_managed = UNSET
    else:
        json_managed = managed
    params["managed"] = json_managed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> ErrorResponse | HTTPValidationError | list[BrowserProfile] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BrowserProfile.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 403:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_403 = ErrorResponse.from_dict(response.json())

            return response_403

        except ValueError:
            return None
    if response.status_code == 422:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_422 = HTTPValidationError.from_dict(response.json())

            return response_422

        except ValueError:
            return None
    if response.status_code == 429:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_429 = ErrorResponse.from_dict(response.json())

            return response_429

        except ValueError:
            return None
    if 500 <= response.status_code <= 599:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_5xx = ErrorResponse.from_dict(response.json())

            return response_5xx

        except ValueError:
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[ErrorResponse | HTTPValidationError | list[BrowserProfile]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: Sender,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    include_deleted: bool | Unset = False,
    search_key: None | str | Unset = UNSET,
    managed: bool | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | list[BrowserProfile]]:
    """List browser profiles

     Get all browser profiles for the organization

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        include_deleted (bool | Unset): Include deleted browser profiles Default: False.
        search_key (None | str | Unset): Case-insensitive substring search across: browser profile
            name and description. A profile is returned if either field matches.
        managed (bool | None | Unset): Omit to return all profiles; false returns only user-
            created profiles; true returns only auto-managed profiles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[BrowserProfile]]
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
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    include_deleted: bool | Unset = False,
    search_key: None | str | Unset = UNSET,
    managed: bool | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | list[BrowserProfile] | None:
    """List browser profiles

     Get all browser profiles for the organization

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        include_deleted (bool | Unset): Include deleted browser profiles Default: False.
        search_key (None | str | Unset): Case-insensitive substring search across: browser profile
            name and description. A profile is returned if either field matches.
        managed (bool | None | Unset): Omit to return all profiles; false returns only user-
            created profiles; true returns only auto-managed profiles.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | list[BrowserProfile]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        include_deleted=include_deleted,
        search_key=search_key,
        managed=managed,
    ).parsed
