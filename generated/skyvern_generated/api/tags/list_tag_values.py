from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.tag_value import TagValue

OPERATION = "list_tag_values"
METHOD = "GET"
PATH = "/v1/tag-values"


def _get_kwargs(
    *,
    key: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if key is not None:
        params["key"] = _t.query_value(key)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> list[TagValue]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[TagValue]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [TagValue.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, TagValue.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[TagValue]]:
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
    key: str | None = None,
) -> Response[list[TagValue]]:
    """List tag values

     List the palette color and current workflow usage count for each grouped tag (key, value) for the
    organization. The frontend joins these onto tags by (key, value); workflow_count is the number of
    non-deleted workflows carrying the label and powers the per-label usage and delete blast-radius
    warnings.

    Args:
        key: Filter to values for a single tag key

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[TagValue]]
    """

    kwargs = _get_kwargs(
        key=key,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    key: str | None = None,
) -> list[TagValue]:
    """List tag values

     List the palette color and current workflow usage count for each grouped tag (key, value) for the
    organization. The frontend joins these onto tags by (key, value); workflow_count is the number of
    non-deleted workflows carrying the label and powers the per-label usage and delete blast-radius
    warnings.

    Args:
        key: Filter to values for a single tag key

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[TagValue]
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed
