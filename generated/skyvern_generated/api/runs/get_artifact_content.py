from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender

OPERATION = "get_artifact_content"
METHOD = "GET"
PATH = "/v1/artifacts/{artifact_id}/content"


def _get_kwargs(
    artifact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            artifact_id=_t.path_segment(artifact_id),
        ),
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> bytes:
    return response.content


def _build_response(*, client: Sender, response: requests.Response) -> Response[bytes]:
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
    artifact_id: str,
    *,
    client: Sender,
) -> Response[bytes]:
    """Get artifact content

     Download the raw content of an artifact (supports bundled artifacts).

    Args:
        artifact_id:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[bytes]
    """

    kwargs = _get_kwargs(
        artifact_id=artifact_id,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    artifact_id: str,
    *,
    client: Sender,
) -> bytes:
    """Get artifact content

     Download the raw content of an artifact (supports bundled artifacts).

    Args:
        artifact_id:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        bytes
    """

    return sync_detailed(
        artifact_id=artifact_id,
        client=client,
    ).parsed
