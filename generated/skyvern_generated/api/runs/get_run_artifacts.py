from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.artifact import Artifact
from ...models.artifact_type import ArtifactType

OPERATION = "get_run_artifacts"
METHOD = "GET"
PATH = "/v1/runs/{run_id}/artifacts"


def _get_kwargs(
    run_id: str,
    *,
    artifact_type: list[ArtifactType] | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if artifact_type is not None:
        params["artifact_type"] = _t.query_value(artifact_type)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH.format(
            run_id=_t.path_segment(run_id),
        ),
        "params": params,
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> list[Artifact]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[Artifact]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [Artifact.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, Artifact.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[Artifact]]:
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
    artifact_type: list[ArtifactType] | None = None,
) -> Response[list[Artifact]]:
    """Get artifacts for a run

     Get artifacts for a run

    Args:
        run_id: The id of the task run or the workflow run.
        artifact_type:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[Artifact]]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        artifact_type=artifact_type,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    run_id: str,
    *,
    client: Sender,
    artifact_type: list[ArtifactType] | None = None,
) -> list[Artifact]:
    """Get artifacts for a run

     Get artifacts for a run

    Args:
        run_id: The id of the task run or the workflow run.
        artifact_type:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[Artifact]
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        artifact_type=artifact_type,
    ).parsed
