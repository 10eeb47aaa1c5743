"""Scripts: generated code that replays a workflow without the language model, and its versions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync import _constants as defaults
from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.polling import OnProgress  # at run time: the CLI resolves the annotations
from skyvern_sync.resources._base import ClientCore, SyncResource
from skyvern_sync.resources._checks import optional_id
from skyvern_sync.validation import check_id, check_int

if TYPE_CHECKING:
    from skyvern_generated.models import CreateScriptResponse, Script, ScriptFileCreate

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.pagination import Page


class ScriptsMixin(ClientCore):
    """The scripts operations (skyvern_generated/api/scripts/) the official client serves flat, mixed into `Skyvern`."""

    def create_script(
        self,
        *,
        workflow_id: str | None = None,
        run_id: str | None = None,
        files: Iterable[ScriptFileCreate | Mapping[str, Any]] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> CreateScriptResponse:
        """Create a script (version 1) from files, optionally tied to a workflow and a run.

        Args:
            workflow_id: the workflow the script belongs to.
            run_id: the run it was made from (the server answers 404 for a run it does not have).
            files: the script's files: `ScriptFileCreate` models, or dicts with `path`, `content` (base64 unless
                `encoding="utf-8"`), optional `encoding` and `mime_type`.
            request_options: per-call timeout, retries and headers.

        Returns:
            The script (`script_id`, `version`, `run_id`) and its `file_tree`, a map of path to `FileNode`.

        Raises:
            NotFoundError: `run_id` names a run the server does not have.
        """
        from skyvern_generated.models import CreateScriptRequest

        body = CreateScriptRequest(
            workflow_id=optional_id("workflow_id", workflow_id),
            run_id=optional_id("run_id", run_id),
            files=None if files is None else _files(files),
        )
        return cast("CreateScriptResponse", self._call("create_script", request_options, body=body))

    def get_scripts(
        self,
        *,
        page: int | None = None,
        page_size: int | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> Page[Script]:
        """The organization's scripts, a page at a time.

        Args:
            page: the page, from 1 (server default 1).
            page_size: scripts per page (server default 10).
            request_options: per-call timeout, retries and headers.

        Returns:
            One page of scripts, each at its latest version.
        """
        return cast(
            "Page[Script]",
            self._call(
                "get_scripts",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1),
            ),
        )

    def get_script(
        self, script_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> Script:
        """One script, at its latest version.

        Args:
            script_id: the script (`s_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            The script.

        Raises:
            NotFoundError: no script with this id.
        """
        return cast("Script", self._call("get_script", request_options, check_id("script_id", script_id)))

    def deploy_script(
        self,
        script_id: str,
        *,
        files: Iterable[ScriptFileCreate | Mapping[str, Any]],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> CreateScriptResponse:
        """Deploy new files to a script: each call makes a new version (not resent once it may have arrived).

        Args:
            script_id: the script (`s_...`).
            files: the new version's files, as for `create_script`.
            request_options: per-call timeout, retries and headers.

        Returns:
            The new version (`version`) and its `file_tree`.

        Raises:
            NotFoundError: no script with this id.
        """
        from skyvern_generated.models import DeployScriptRequest

        script = check_id("script_id", script_id)
        body = DeployScriptRequest(files=_files(files))
        return cast("CreateScriptResponse", self._call("deploy_script", request_options, script, body=body))


class ScriptsResource(SyncResource):
    """`client.scripts.run_script`, where the official client files it."""

    def run_script(
        self,
        script_id: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        wait_for_completion: bool = False,
        timeout: float = defaults.RUN_TIMEOUT,
        on_progress: OnProgress | None = None,
    ) -> Any:
        """Run a script. The 1.0.56 server does not implement it: it always answers 400 "Not implemented".

        `wait_for_completion`, `timeout` and `on_progress` are checked as for any run start; on 1.0.56 the 400
        comes before anything could be waited on, and no run exists.

        Args:
            script_id: the script (`s_...`).
            request_options: per-call timeout, retries and headers.
            wait_for_completion: block until the run finishes (never reached on 1.0.56).
            timeout: seconds to wait with `wait_for_completion` (default 1800).
            on_progress: called after each poll with a `WaitProgress`.

        Returns:
            What the server answers (nothing on any server that implements it so far).

        Raises:
            BadRequestError: always on 1.0.56, `{"detail": "Not implemented"}`.
        """
        return self._call(
            "run_script",
            request_options,
            check_id("script_id", script_id),
            wait_for_completion=wait_for_completion,
            timeout=timeout,
            on_progress=on_progress,
        )


def _files(files: object) -> list[ScriptFileCreate]:
    """Script files as the generated model, each checked; a misfit names its index and field, never content."""
    from skyvern_generated.models import ScriptFileCreate

    if isinstance(files, str | bytes | Mapping) or not isinstance(files, Iterable):
        raise InvalidParameterTypeError("files", f"must be a list of files, got {type(files).__name__}")
    checked = []
    for index, file in enumerate(files):
        if isinstance(file, ScriptFileCreate):
            checked.append(file)
            continue
        if not isinstance(file, Mapping):
            raise InvalidParameterTypeError(
                "files", f"[{index}] must be a ScriptFileCreate or a dict, got {type(file).__name__}"
            )
        try:
            checked.append(ScriptFileCreate.from_dict(dict(file)))
        except ValueError as error:  # the generated layer's ShapeError: a path and a JSON type, never the value
            raise InvalidParameterError("files", str(error).replace("$", f"[{index}]", 1)) from None
    return checked
