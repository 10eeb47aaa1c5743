from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.retry_run_webhook_request import RetryRunWebhookRequest
from ...models.run_webhook_replay_response import RunWebhookReplayResponse

OPERATION = "retry_run_webhook"
METHOD = "POST"
PATH = "/v1/runs/{run_id}/retry_webhook"


def _get_kwargs(
    run_id: str,
    *,
    body: RetryRunWebhookRequest | None = None,
) -> dict[str, Any]:
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            run_id=_t.path_segment(run_id),
        ),
    }
    if body is not None:
        _kwargs["json"] = body.to_dict()
        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> RunWebhookReplayResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> RunWebhookReplayResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = RunWebhookReplayResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[RunWebhookReplayResponse]:
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
    run_id: str,
    *,
    client: Sender,
    body: RetryRunWebhookRequest | None = None,
) -> Response[RunWebhookReplayResponse]:
    """Replay a run webhook

     Retry sending the webhook for a run

    Args:
        run_id: The id of the task run or the workflow run.
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[RunWebhookReplayResponse]
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
    body: RetryRunWebhookRequest | None = None,
) -> RunWebhookReplayResponse:
    """Replay a run webhook

     Retry sending the webhook for a run

    Args:
        run_id: The id of the task run or the workflow run.
        body:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        RunWebhookReplayResponse
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        body=body,
    ).parsed
