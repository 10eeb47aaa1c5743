"""Browser profiles: saved browser state (cookies, local storage) to start runs from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import optional_id
from skyvern_sync.validation import (
    check_bool,
    check_id,
    check_optional_text,
    check_text,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        BrowserProfile,
    )

    from skyvern_sync.options import RequestOptions


class BrowserProfilesMixin(ClientCore):
    """The browser_profiles operations (skyvern_generated/api/browser_profiles/), mixed into `Skyvern`."""

    def create_browser_profile(
        self,
        name: str,
        description: str | None = None,
        workflow_run_id: str | None = None,
        browser_session_id: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserProfile:
        """Save browser state (cookies, local storage) as a reusable profile: blank, or from a run or session.

        Args:
            name: the profile's name (unique in the organization).
            description: what it is for.
            workflow_run_id: capture the browser of this workflow run (`wr_...`), which must have used
                `persist_browser_session=True`. Archiving is asynchronous: right after the run a retry may be
                needed.
            browser_session_id: capture this browser session (`pbs_...`). Not together with workflow_run_id.
            request_options: per-call timeout, retries and headers.

        Returns:
            The profile: pass its `browser_profile_id` (`bp_...`) to `run_workflow`.

        Raises:
            BadRequestError: the run or session kept no browser state.
            ConflictError: a profile of this name exists (Skyvern 1.0.56 answers 409).
        """
        from skyvern_generated.models import CreateBrowserProfileRequest

        if workflow_run_id is not None and browser_session_id is not None:
            raise InvalidParameterError("workflow_run_id", "and browser_session_id cannot both be given")
        body = CreateBrowserProfileRequest(
            name=check_text("name", name),
            description=check_optional_text("description", description),
            workflow_run_id=optional_id("workflow_run_id", workflow_run_id),
            browser_session_id=optional_id("browser_session_id", browser_session_id),
        )
        return cast("BrowserProfile", self._call("create_browser_profile", request_options, body=body))

    def list_browser_profiles(
        self,
        include_deleted: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> list[BrowserProfile]:
        """The organization's browser profiles.

        Args:
            include_deleted: include deleted profiles (default: not).
            request_options: per-call timeout, retries and headers.
        """
        return cast(
            "list[BrowserProfile]",
            self._call(
                "list_browser_profiles", request_options, include_deleted=check_bool("include_deleted", include_deleted)
            ),
        )

    def get_browser_profile(
        self, profile_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> BrowserProfile:
        """One browser profile.

        Args:
            profile_id: the profile (`bp_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no profile with this id (or it was deleted).
        """
        return cast(
            "BrowserProfile", self._call("get_browser_profile", request_options, check_id("profile_id", profile_id))
        )

    def delete_browser_profile(
        self, profile_id: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> None:
        """Delete a browser profile (a soft delete: `list_browser_profiles(include_deleted=True)` still shows it).

        Args:
            profile_id: the profile (`bp_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no profile with this id.
        """
        self._call("delete_browser_profile", request_options, check_id("profile_id", profile_id))
