from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.retry_run_webhook_request import RetryRunWebhookRequest
from ...models.run_webhook_replay_response import RunWebhookReplayResponse
from ...types import UNSET, Response, Unset

OPERATION = "retry_run_webhook"
METHOD = "POST"
PATH = "/v1/runs/{run_id}/retry_webhook"


def _get_kwargs(
    run_id: str,
    *,
    body: None | RetryRunWebhookRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            run_id=quote(str(run_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        if isinstance(body, RetryRunWebhookRequest):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> ErrorResponse | HTTPValidationError | RunWebhookReplayResponse | None:
    if response.status_code == 200:
        response_200 = RunWebhookReplayResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_400 = ErrorResponse.from_dict(response.json())

            return response_400

        except ValueError:
            return None
    if response.status_code == 403:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_403 = ErrorResponse.from_dict(response.json())

            return response_403

        except ValueError:
            return None
    if response.status_code == 404:
        # an error body that is not the documented JSON (a proxy's HTML page) stays in .content
        try:
            response_404 = ErrorResponse.from_dict(response.json())

            return response_404

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
) -> Response[ErrorResponse | HTTPValidationError | RunWebhookReplayResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: str,
    *,
    client: Sender,
    body: None | RetryRunWebhookRequest | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | RunWebhookReplayResponse]:
    """Replay a run webhook

     Retry sending the webhook for a run

    Args:
        run_id (str): The id of the task run or the workflow run.
        body (None | RetryRunWebhookRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | RunWebhookReplayResponse]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        body=body,
    )

    response = client.request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: Sender,
    body: None | RetryRunWebhookRequest | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | RunWebhookReplayResponse | None:
    """Replay a run webhook

     Retry sending the webhook for a run

    Args:
        run_id (str): The id of the task run or the workflow run.
        body (None | RetryRunWebhookRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | RunWebhookReplayResponse
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed
