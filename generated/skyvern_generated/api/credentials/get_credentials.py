from http import HTTPStatus
from typing import Any

import requests

from ... import errors
from ...client import Sender
from ...models.credential_response import CredentialResponse
from ...models.credential_vault_type import CredentialVaultType
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.stored_credential_type import StoredCredentialType
from ...types import UNSET, Response, Unset

OPERATION = "get_credentials"
METHOD = "GET"
PATH = "/v1/credentials"


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    vault_type: CredentialVaultType | None | Unset = UNSET,
    credential_type: None | StoredCredentialType | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_vault_type: None | str | Unset
    if isinstance(vault_type, Unset):
        json_vault_type = UNSET
    elif isinstance(vault_type, CredentialVaultType):
        json_vault_type = vault_type.value
    else:
        json_vault_type = vault_type
    params["vault_type"] = json_vault_type

    json_credential_type: None | str | Unset
    if isinstance(credential_type, Unset):
        json_credential_type = UNSET
    elif isinstance(credential_type, StoredCredentialType):
        json_credential_type = credential_type.value
    else:
        json_credential_type = credential_type
    params["credential_type"] = json_credential_type

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

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
) -> ErrorResponse | HTTPValidationError | list[CredentialResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CredentialResponse.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | HTTPValidationError | list[CredentialResponse]]:
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
    vault_type: CredentialVaultType | None | Unset = UNSET,
    credential_type: None | StoredCredentialType | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | list[CredentialResponse]]:
    """Get all credentials

     Retrieves a paginated list of credentials for the current organization

    Args:
        page (int | Unset): Page number for pagination Default: 1.
        page_size (int | Unset): Number of items per page Default: 10.
        vault_type (CredentialVaultType | None | Unset): Filter credentials by vault type (e.g.
            'skyvern', 'custom', 'bitwarden', 'azure_vault')
        credential_type (None | StoredCredentialType | Unset): Filter credentials by type (e.g.
            'password', 'credit_card', 'secret')
        search (None | str | Unset): Case-insensitive search across credential name, username,
            secret label, and card details, or an exact credential ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[CredentialResponse]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        vault_type=vault_type,
        credential_type=credential_type,
        search=search,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    vault_type: CredentialVaultType | None | Unset = UNSET,
    credential_type: None | StoredCredentialType | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | list[CredentialResponse] | None:
    """Get all credentials

     Retrieves a paginated list of credentials for the current organization

    Args:
        page (int | Unset): Page number for pagination Default: 1.
        page_size (int | Unset): Number of items per page Default: 10.
        vault_type (CredentialVaultType | None | Unset): Filter credentials by vault type (e.g.
            'skyvern', 'custom', 'bitwarden', 'azure_vault')
        credential_type (None | StoredCredentialType | Unset): Filter credentials by type (e.g.
            'password', 'credit_card', 'secret')
        search (None | str | Unset): Case-insensitive search across credential name, username,
            secret label, and card details, or an exact credential ID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | list[CredentialResponse]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        vault_type=vault_type,
        credential_type=credential_type,
        search=search,
    ).parsed
