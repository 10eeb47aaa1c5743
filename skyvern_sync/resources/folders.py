"""Folders: where workflows are filed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.validation import check_bool, check_id, check_int, check_optional_text, check_text

if TYPE_CHECKING:
    from skyvern_generated.models import Folder, JsonObject, Workflow

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.pagination import Page

MAX_TITLE = 255  # the server's maxLength for a folder title (422 beyond)
MAX_PAGE_SIZE = 500  # the server's maximum page_size for folders (422 beyond)


class FoldersMixin(ClientCore):
    """The folders operations (skyvern_generated/api/folders/), mixed into `Skyvern`."""

    def create_folder(
        self,
        *,
        title: str,
        description: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Folder:
        """Create a folder to file workflows in.

        Not safe to resend: each call makes a folder (titles need not be unique).

        Args:
            title: the folder's title, 1 to 255 characters.
            description: what the folder holds.
            request_options: per-call timeout, retries and headers.

        Returns:
            The folder (`folder_id` `fld_...`, `workflow_count` 0).
        """
        from skyvern_generated.models import FolderCreate

        body = FolderCreate(title=_title(title), description=check_optional_text("description", description))
        return cast("Folder", self._call("create_folder", request_options, body=body))

    def get_folders(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        search: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Page[Folder]:
        """The organization's folders, a page at a time.

        Args:
            page: the page, from 1 (server default 1).
            page_size: folders per page, 1 to 500 (server default 100).
            search: only folders whose title or description holds this text.
            request_options: per-call timeout, retries and headers.

        Returns:
            One page of folders, each with its `workflow_count`.
        """
        return cast(
            "Page[Folder]",
            self._call(
                "get_folders",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1, maximum=MAX_PAGE_SIZE),
                search=check_optional_text("search", search),
            ),
        )

    def get_folder(
        self, folder_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> Folder:
        """One folder by its id.

        Args:
            folder_id: the folder (`fld_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The folder, with its `workflow_count`.

        Raises:
            NotFoundError: no such folder.
        """
        return cast("Folder", self._call("get_folder", request_options, check_id("folder_id", folder_id)))

    def update_folder(
        self,
        folder_id: str,
        *,
        title: str | None = None,
        description: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Folder:
        """Change a folder's title or description; what is not given stays as it is.

        Args:
            folder_id: the folder (`fld_...`).
            title: the new title, 1 to 255 characters.
            description: the new description.
            request_options: per-call timeout, retries and headers.

        Returns:
            The folder as it now is.

        Raises:
            NotFoundError: no such folder.
        """
        from skyvern_generated.models import FolderUpdate

        fid = check_id("folder_id", folder_id)
        body = FolderUpdate(
            title=None if title is None else _title(title),
            description=check_optional_text("description", description),
        )
        return cast("Folder", self._call("update_folder", request_options, fid, body=body))

    def delete_folder(
        self,
        folder_id: str,
        *,
        delete_workflows: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> JsonObject:
        """Delete a folder; its workflows stay (out of any folder) unless `delete_workflows`.

        Args:
            folder_id: the folder (`fld_...`).
            delete_workflows: also delete every workflow filed in it (by default they stay).
            request_options: per-call timeout, retries and headers.

        Returns:
            What the server says it did: `{"status": "deleted", "folder_id": ..., "workflows_deleted": ...}`,
            where `workflows_deleted` echoes `delete_workflows` (a flag, not a count).

        Raises:
            NotFoundError: no such folder (also the second time one is deleted).
        """
        return cast(
            "JsonObject",
            self._call(
                "delete_folder",
                request_options,
                check_id("folder_id", folder_id),
                delete_workflows=check_bool("delete_workflows", delete_workflows),
            ),
        )

    def update_workflow_folder(
        self,
        workflow_permanent_id: str,
        *,
        folder_id: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Workflow:
        """File a workflow (its latest version) in a folder, or take it out of its folder.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            folder_id: the folder (`fld_...`); left out, the workflow is taken out of its folder.
            request_options: per-call timeout, retries and headers.

        Returns:
            The workflow, its `folder_id` set.

        Raises:
            NotFoundError: no such workflow.
            BadRequestError: no such folder.
        """
        from skyvern_generated.models import UpdateWorkflowFolderRequest

        wpid = check_id("workflow_permanent_id", workflow_permanent_id)
        body = UpdateWorkflowFolderRequest(folder_id=None if folder_id is None else check_id("folder_id", folder_id))
        return cast("Workflow", self._call("update_workflow_folder", request_options, wpid, body=body))


def _title(value: object) -> str:
    title = check_text("title", value)
    if len(title) > MAX_TITLE:
        raise InvalidParameterError("title", f"must be at most {MAX_TITLE} characters, got {len(title)}")
    return title
