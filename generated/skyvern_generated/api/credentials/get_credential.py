from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.credential_response import CredentialResponse

OPERATION = "get_credential"
METHOD = "GET"
PATH = "/v1/credentials/{credential_id}"


def _get_kwargs(
    credential_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            credential_id=_t.path_segment(credential_id),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> CredentialResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> CredentialResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = CredentialResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[CredentialResponse]:
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
    credential_id: str,
    *,
    client: Sender,
) -> Response[CredentialResponse]:
    """Get credential by ID

     Retrieves a specific credential by its ID

    Args:
        credential_id: The unique identifier of the credential

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[CredentialResponse]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    credential_id: str,
    *,
    client: Sender,
) -> CredentialResponse:
    """Get credential by ID

     Retrieves a specific credential by its ID

    Args:
        credential_id: The unique identifier of the credential

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        CredentialResponse
    """

    return sync_detailed(
        credential_id=credential_id,
        client=client,
    ).parsed
