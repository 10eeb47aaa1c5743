from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.organization_schedule_list_response import (
    OrganizationScheduleListResponse,
)
from ...models.schedules_list_all_status_type_0 import SchedulesListAllStatusType0

OPERATION = "schedules_list_all"
METHOD = "GET"
PATH = "/v1/schedules"


def _get_kwargs(
    *,
    page: int | None = None,
    page_size: int | None = None,
    status: SchedulesListAllStatusType0 | None = None,
    search: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = _t.query_value(page)
    if page_size is not None:
        params["page_size"] = _t.query_value(page_size)
    if status is not None:
        params["status"] = _t.query_value(status)
    if search is not None:
        params["search"] = _t.query_value(search)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(
    *, client: Sender, response: requests.Response
) -> OrganizationScheduleListResponse:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> OrganizationScheduleListResponse:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    try:
        data = OrganizationScheduleListResponse.from_dict(data)
    except _ShapeError as error:
        raise error.within("") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[OrganizationScheduleListResponse]:
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
    status: SchedulesListAllStatusType0 | None = None,
    search: str | None = None,
) -> Response[OrganizationScheduleListResponse]:
    """List all schedules for the organization

     List every schedule in the organization, across all agents, filterable by active/paused status and a
    search term matched against agent title or schedule name. Returns a paginated list plus the total
    count.

    Args:
        page:
        page_size:
        status: Filter by status: 'active' or 'paused'
        search: Search by workflow title or schedule name

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[OrganizationScheduleListResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        status=status,
        search=search,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    status: SchedulesListAllStatusType0 | None = None,
    search: str | None = None,
) -> OrganizationScheduleListResponse:
    """List all schedules for the organization

     List every schedule in the organization, across all agents, filterable by active/paused status and a
    search term matched against agent title or schedule name. Returns a paginated list plus the total
    count.

    Args:
        page:
        page_size:
        status: Filter by status: 'active' or 'paused'
        search: Search by workflow title or schedule name

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        OrganizationScheduleListResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        status=status,
        search=search,
    ).parsed
