from http import HTTPStatus
from typing import Any

import requests

from ... import errors
from ...client import Sender
from ...models.error_response import ErrorResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow import Workflow
from ...models.workflow_status import WorkflowStatus
from ...types import UNSET, Response, Unset

OPERATION = "get_workflows"
METHOD = "GET"
PATH = "/v1/agents"


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    only_saved_tasks: bool | Unset = False,
    only_workflows: bool | Unset = False,
    only_templates: bool | Unset = False,
    search_key: None | str | Unset = UNSET,
    title: str | Unset = "",
    folder_id: None | str | Unset = UNSET,
    status: list[WorkflowStatus] | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    template: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["only_saved_tasks"] = only_saved_tasks

    params["only_workflows"] = only_workflows

    params["only_templates"] = only_templates

    json_search_key: None | str | Unset
    if isinstance(search_key, Unset):
        json_search_key = UNSET
    else:
        json_search_key = search_key
    params["search_key"] = json_search_key

    params["title"] = title

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    json_tags: list[str] | None | Unset
    if isinstance(tags, Unset):
        json_tags = UNSET
    elif isinstance(tags, list):
        json_tags = tags

    else:
        json_tags = tags
    params["tags"] = json_tags

    params["template"] = template

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
) -> ErrorResponse | HTTPValidationError | list[Workflow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Workflow.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | HTTPValidationError | list[Workflow]]:
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
    only_saved_tasks: bool | Unset = False,
    only_workflows: bool | Unset = False,
    only_templates: bool | Unset = False,
    search_key: None | str | Unset = UNSET,
    title: str | Unset = "",
    folder_id: None | str | Unset = UNSET,
    status: list[WorkflowStatus] | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    template: bool | Unset = False,
) -> Response[ErrorResponse | HTTPValidationError | list[Workflow]]:
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
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        only_saved_tasks (bool | Unset):  Default: False.
        only_workflows (bool | Unset):  Default: False.
        only_templates (bool | Unset):  Default: False.
        search_key (None | str | Unset): Case-insensitive substring search across: workflow title,
            folder name, and parameter metadata (key, description, default_value). A workflow is
            returned if any of these fields match. Soft-deleted parameter definitions are excluded.
            Takes precedence over the deprecated `title` parameter.
        title (str | Unset): Deprecated: use search_key instead. Falls back to title-only search
            if search_key is not provided. Default: ''.
        folder_id (None | str | Unset): Filter workflows by folder ID
        status (list[WorkflowStatus] | None | Unset):
        tags (list[str] | None | Unset): Filter by tags. Each term is a label (`production`), a
            group (`env:*`), or a group:label (`env:prod`). Repeat the param or comma-separate
            (`?tags=env:prod,env:staging`). AND across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only. Not
            supported with `template=true`.
        template (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        Response[ErrorResponse | HTTPValidationError | list[Workflow]]
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
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    only_saved_tasks: bool | Unset = False,
    only_workflows: bool | Unset = False,
    only_templates: bool | Unset = False,
    search_key: None | str | Unset = UNSET,
    title: str | Unset = "",
    folder_id: None | str | Unset = UNSET,
    status: list[WorkflowStatus] | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    template: bool | Unset = False,
) -> ErrorResponse | HTTPValidationError | list[Workflow] | None:
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
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 10.
        only_saved_tasks (bool | Unset):  Default: False.
        only_workflows (bool | Unset):  Default: False.
        only_templates (bool | Unset):  Default: False.
        search_key (None | str | Unset): Case-insensitive substring search across: workflow title,
            folder name, and parameter metadata (key, description, default_value). A workflow is
            returned if any of these fields match. Soft-deleted parameter definitions are excluded.
            Takes precedence over the deprecated `title` parameter.
        title (str | Unset): Deprecated: use search_key instead. Falls back to title-only search
            if search_key is not provided. Default: ''.
        folder_id (None | str | Unset): Filter workflows by folder ID
        status (list[WorkflowStatus] | None | Unset):
        tags (list[str] | None | Unset): Filter by tags. Each term is a label (`production`), a
            group (`env:*`), or a group:label (`env:prod`). Repeat the param or comma-separate
            (`?tags=env:prod,env:staging`). AND across distinct terms, OR within a group's labels
            (`?tags=customer:acme,env:prod,env:staging` -> customer=acme AND env in (prod, staging)).
            A label term matches the value across any/no group. Matches current tag values only. Not
            supported with `template=true`.
        template (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        requests.RequestException: If the request cannot be sent or its response cannot be read.

    Returns:
        ErrorResponse | HTTPValidationError | list[Workflow]
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
