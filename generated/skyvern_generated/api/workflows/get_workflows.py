from typing import Any

import requests
from skyvern_sync import _model as _t
from skyvern_sync._model import Response
from skyvern_sync.errors import ShapeError as _ShapeError

from ... import errors
from ...client import Sender
from ...models.workflow import Workflow
from ...models.workflow_status import WorkflowStatus

OPERATION = "get_workflows"
METHOD = "GET"
PATH = "/v1/agents"


def _get_kwargs(
    *,
    page: int | None = None,
    page_size: int | None = None,
    only_saved_tasks: bool | None = None,
    only_workflows: bool | None = None,
    only_templates: bool | None = None,
    search_key: str | None = None,
    title: str | None = None,
    folder_id: str | None = None,
    status: list[WorkflowStatus] | None = None,
    tags: list[str] | None = None,
    template: bool | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    if page is not None:
        params["page"] = _t.query_value(page)
    if page_size is not None:
        params["page_size"] = _t.query_value(page_size)
    if only_saved_tasks is not None:
        params["only_saved_tasks"] = _t.query_value(only_saved_tasks)
    if only_workflows is not None:
        params["only_workflows"] = _t.query_value(only_workflows)
    if only_templates is not None:
        params["only_templates"] = _t.query_value(only_templates)
    if search_key is not None:
        params["search_key"] = _t.query_value(search_key)
    if title is not None:
        params["title"] = _t.query_value(title)
    if folder_id is not None:
        params["folder_id"] = _t.query_value(folder_id)
    if status is not None:
        params["status"] = _t.query_value(status)
    if tags is not None:
        params["tags"] = _t.query_value(tags)
    if template is not None:
        params["template"] = _t.query_value(template)

    _kwargs: dict[str, Any] = {
        "operation": OPERATION,
        "method": METHOD,
        "url": PATH,
        "params": params,
    }
    return _kwargs


def _parse_response(*, client: Sender, response: requests.Response) -> list[Workflow]:
    with _t.collector_held:  # a short body too may nest to the recursion limit through the schema's own recursion
        return parse(_t.json_body(response.content))


def parse(data: Any) -> list[Workflow]:
    """The typed value of this operation's answer from its JSON, already decoded (a webhook's body, say).

    Raises ShapeError, naming the JSON path, when the JSON does not fit the schema.
    """
    if data.__class__ is not list:
        data = _t.as_list(data, "")
    try:
        data = [Workflow.from_dict(item) for item in data]
    except _ShapeError:
        raise _t.locate(data, Workflow.from_dict, "") from None
    return data  # type: ignore[no-any-return,unused-ignore]


def _build_response(
    *, client: Sender, response: requests.Response
) -> Response[list[Workflow]]:
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
    only_saved_tasks: bool | None = None,
    only_workflows: bool | None = None,
    only_templates: bool | None = None,
    search_key: str | None = None,
    title: str | None = None,
    folder_id: str | None = None,
    status: list[WorkflowStatus] | None = None,
    tags: list[str] | None = None,
    template: bool | None = None,
) -> Response[list[Workflow]]:
    """Get all agents

     Get all workflows with the latest version for the organization.

    Search semantics:
    - If `search_key` is provided, its value is used as a unified search term for
      `workflows.title`, `folders.title`, and workflow parameter metadata (key, description, and
    default_value for
      `WorkflowParameterModel`).
    - Falls back to deprecated `title` (title-only search) if `search_key` is not provided.
    - Parameter metadata search excludes soft-deleted parameter rows across all parameter tables.

    Args:
        page:
        page_size:
        only_saved_tasks:
        only_workflows:
        only_templates:
        search_key: Case-insensitive substring search across: workflow title, folder name, and parameter
            metadata (key, description, default_value). A workflow is returned if any of these fields
            match. Soft-deleted parameter definitions are excluded. Takes precedence over the
            deprecated `title` parameter.
        title: Deprecated: use search_key instead. Falls back to title-only search if search_key is not
            provided.
        folder_id: Filter workflows by folder ID
        status:
        tags: Filter by tags. Each term is a label (`production`), a group (`env:*`), or a group:label
            (`env:prod`). Repeat the param or comma-separate (`?tags=env:prod,env:staging`). AND
            across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only. Not
            supported with `template=true`.
        template:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        Response[list[Workflow]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        only_saved_tasks=only_saved_tasks,
        only_workflows=only_workflows,
        only_templates=only_templates,
        search_key=search_key,
        title=title,
        folder_id=folder_id,
        status=status,
        tags=tags,
        template=template,
    )
    response = client.request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: Sender,
    page: int | None = None,
    page_size: int | None = None,
    only_saved_tasks: bool | None = None,
    only_workflows: bool | None = None,
    only_templates: bool | None = None,
    search_key: str | None = None,
    title: str | None = None,
    folder_id: str | None = None,
    status: list[WorkflowStatus] | None = None,
    tags: list[str] | None = None,
    template: bool | None = None,
) -> list[Workflow]:
    """Get all agents

     Get all workflows with the latest version for the organization.

    Search semantics:
    - If `search_key` is provided, its value is used as a unified search term for
      `workflows.title`, `folders.title`, and workflow parameter metadata (key, description, and
    default_value for
      `WorkflowParameterModel`).
    - Falls back to deprecated `title` (title-only search) if `search_key` is not provided.
    - Parameter metadata search excludes soft-deleted parameter rows across all parameter tables.

    Args:
        page:
        page_size:
        only_saved_tasks:
        only_workflows:
        only_templates:
        search_key: Case-insensitive substring search across: workflow title, folder name, and parameter
            metadata (key, description, default_value). A workflow is returned if any of these fields
            match. Soft-deleted parameter definitions are excluded. Takes precedence over the
            deprecated `title` parameter.
        title: Deprecated: use search_key instead. Falls back to title-only search if search_key is not
            provided.
        folder_id: Filter workflows by folder ID
        status:
        tags: Filter by tags. Each term is a label (`production`), a group (`env:*`), or a group:label
            (`env:prod`). Repeat the param or comma-separate (`?tags=env:prod,env:staging`). AND
            across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only. Not
            supported with `template=true`.
        template:

    Raises:
        Whatever `client` raises for an error status; `client.unexpected_body(...)` for a 2xx body that does
        not fit the schema.

    Returns:
        list[Workflow]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        only_saved_tasks=only_saved_tasks,
        only_workflows=only_workflows,
        only_templates=only_templates,
        search_key=search_key,
        title=title,
        folder_id=folder_id,
        status=status,
        tags=tags,
        template=template,
    ).parsed
