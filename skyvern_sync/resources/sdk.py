"""SDK actions: one browser action run at once in a browser session, as Skyvern's SDK does."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError, ShapeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import optional_id
from skyvern_sync.validation import check_mapping, check_optional_text, check_text

if TYPE_CHECKING:
    from skyvern_generated.models import (
        RunSdkActionResponse,
    )

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.types import RunSdkActionRequestAction


# each action model's `type` tag, which the server dispatches on (a model made without it still says which)
ACTION_TAGS = {
    "ClickAction": "ai_click",
    "InputTextAction": "ai_input_text",
    "SelectOptionAction": "ai_select_option",
    "UploadFileAction": "ai_upload_file",
    "ActAction": "ai_act",
    "ExtractAction": "extract",
    "LocateElementAction": "locate_element",
    "ValidateAction": "validate",
    "PromptAction": "prompt",
}


class SdkMixin(ClientCore):
    """The sdk operations (skyvern_generated/api/sdk/), mixed into `Skyvern`."""

    def run_sdk_action(
        self,
        *,
        url: str,
        action: RunSdkActionRequestAction | Mapping[str, Any],
        browser_session_id: str | None = None,
        browser_address: str | None = None,
        workflow_run_id: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> RunSdkActionResponse:
        """Run one browser action now, as Skyvern's SDK does (`page.act`, `page.extract`, `page.click`...).

        The server records it under a workflow run (a new one unless `workflow_run_id` continues one) and
        answers when the action is done: there is nothing to wait for. It acts on the page the browser is on
        and never opens `url` (it is recorded on the action's task): give a `browser_session_id` whose browser
        is on the page, e.g. after a run in that session (`run_task(..., browser_session_id=...)`). Without a
        session, or in a session no run has used yet, the 1.0.56 server finds a blank page and answers 400.

        Seen on 1.0.56: a `ClickAction` asks the language model for the element and, when it finds none,
        clicks `selector` and answers with it (without a `selector`: 422); an `ExtractAction` answers with the
        extracted data; `ActAction` answers `result` None.

        Args:
            url: the page the action is for (the server does not navigate to it).
            action: the action: a `ClickAction`, `InputTextAction`, `SelectOptionAction`, `UploadFileAction`,
                `ActAction`, `ExtractAction`, `LocateElementAction`, `ValidateAction` or `PromptAction` (from
                `skyvern_sync.types`), or its JSON as a dict with its `type` (`"ai_act"`, `"extract"`...).
            browser_session_id: run it in this browser session (`pbs_...`), on the page its browser is on.
            browser_address: run it in a browser of yours, at this CDP address.
            workflow_run_id: record it under this earlier SDK run (`wr_...`) instead of a new one.
            request_options: per-call timeout, retries and headers.

        Returns:
            The `workflow_run_id` it was recorded under and the action's `result` (free-form JSON: the clicked
            selector, the extracted data...).

        Raises:
            InvalidParameterError: `action` is not one of the actions, or its dict has no known `type`.
            BadRequestError: 400 "It's a blank page...": the browser is on no page (no session, or a new one).
            NotFoundError: no live browser session, or no workflow run, with the given id.
            UnprocessableEntityError: 422, the action failed (e.g. no element to click and no `selector`).
            InternalServerError: 500, e.g. a `selector` that matches nothing (the click times out).
        """
        from skyvern_generated.models import RunSdkActionRequest, UnrecognizedAction

        page = check_text("url", url)
        if isinstance(action, Mapping):
            fields = check_mapping("action", action) or {}
        elif type(action).__name__ in ACTION_TAGS and hasattr(action, "to_dict"):
            fields = action.to_dict()
            fields.setdefault("type", ACTION_TAGS[type(action).__name__])
        else:
            kind = type(action).__name__
            raise InvalidParameterTypeError("action", f"must be an SDK action model or a dict, got {kind}")
        if fields.get("type") not in ACTION_TAGS.values():
            raise InvalidParameterError("action", f"must have a type among {sorted(ACTION_TAGS.values())}")
        try:
            parsed = RunSdkActionRequest.from_dict({"url": page, "action": fields}).action
        except ShapeError as problem:
            raise InvalidParameterError("action", f"does not fit its type: {problem.problem}") from None
        assert not isinstance(parsed, UnrecognizedAction)
        body = RunSdkActionRequest(
            url=page,
            action=parsed,
            browser_session_id=optional_id("browser_session_id", browser_session_id),
            browser_address=check_optional_text("browser_address", browser_address),
            workflow_run_id=optional_id("workflow_run_id", workflow_run_id),
        )
        return cast("RunSdkActionResponse", self._call("run_sdk_action", request_options, body=body))
