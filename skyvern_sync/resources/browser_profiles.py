"""Browser profiles: saved browser state (cookies, local storage) to start runs from."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.resources._checks import optional_id, proxy_location_value
from skyvern_sync.validation import (
    check_bool,
    check_id,
    check_int,
    check_optional_text,
    check_text,
)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        BrowserProfile,
        BrowserProfileUsage,
        GeoTarget,
        ProxyLocation,
    )

    from skyvern_sync.options import RequestOptions
    from skyvern_sync.pagination import Page


class BrowserProfilesMixin(ClientCore):
    """The browser_profiles operations (skyvern_generated/api/browser_profiles/), mixed into `Skyvern`."""

    def create_browser_profile(
        self,
        name: str,
        description: str | None = None,
        workflow_run_id: str | None = None,
        browser_session_id: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        proxy_session_id: str | None = None,
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
            proxy_location: the proxy the profile's runs use, as for `run_task` (pins the profile's identity).
            proxy_session_id: a Skyvern-managed sticky proxy session to pin (Skyvern Cloud's residential ISP
                proxies).

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
            proxy_location=proxy_location_value(proxy_location),
            proxy_session_id=check_optional_text("proxy_session_id", proxy_session_id),
        )
        return cast("BrowserProfile", self._call("create_browser_profile", request_options, body=body))

    def list_browser_profiles(
        self,
        include_deleted: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        page: int | None = None,
        page_size: int | None = None,
        search_key: str | None = None,
        managed: bool | None = None,
    ) -> Page[BrowserProfile]:
        """The organization's browser profiles, a page at a time.

        Args:
            include_deleted: include deleted profiles (default: not).
            request_options: per-call timeout, retries and headers.
            page: the page, from 1 (server default 1).
            page_size: profiles per page, at least 1 (server default 10).
            search_key: only profiles whose name or description contains this text (case-insensitive).
            managed: None for all profiles; False only those users made; True only those Skyvern manages.
        """
        return cast(
            "Page[BrowserProfile]",
            self._call(
                "list_browser_profiles",
                request_options,
                page=check_int("page", page, minimum=1),
                page_size=check_int("page_size", page_size, minimum=1),
                include_deleted=check_bool("include_deleted", include_deleted),
                search_key=check_optional_text("search_key", search_key),
                managed=check_bool("managed", managed),
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

    def update_browser_profile(
        self,
        profile_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        proxy_location: ProxyLocation | str | GeoTarget | Mapping[str, Any] | None = None,
        proxy_session_id: str | None = None,
        rotate_proxy_session_id: bool | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> BrowserProfile:
        """Rename a browser profile, describe it, or change its proxy; what is not given stays as it is.

        Args:
            profile_id: the profile (`bp_...`).
            name: its new name (unique in the organization).
            description: its new description.
            proxy_location: the proxy its runs use, as for `run_task`.
            proxy_session_id: a Skyvern-managed sticky proxy session to pin (Skyvern Cloud).
            rotate_proxy_session_id: replace the pinned proxy session with a new one (server default False).
            request_options: per-call timeout, retries and headers.

        Returns:
            The profile as it now is.

        Raises:
            NotFoundError: no profile with this id (or it was deleted).
            ConflictError: another profile has this name (409).
        """
        from skyvern_generated.models import UpdateBrowserProfileRequest

        body = UpdateBrowserProfileRequest(
            name=None if name is None else check_text("name", name),  # minLength 1: "" would be a 422
            description=check_optional_text("description", description),
            proxy_location=proxy_location_value(proxy_location),
            proxy_session_id=check_optional_text("proxy_session_id", proxy_session_id),
            rotate_proxy_session_id=check_bool("rotate_proxy_session_id", rotate_proxy_session_id),
        )
        return cast(
            "BrowserProfile",
            self._call("update_browser_profile", request_options, check_id("profile_id", profile_id), body=body),
        )

    def get_browser_profile_usage(
        self, profile_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> BrowserProfileUsage:
        """What uses a browser profile: the workflows and credentials that name it, and recent runs seeded from it.

        Args:
            profile_id: the profile (`bp_...`).
            request_options: per-call timeout, retries and headers.

        Returns:
            `workflows` and `credentials` that use the profile, and `recent_seeded_run_count`.

        Raises:
            NotFoundError: no profile with this id.
        """
        return cast(
            "BrowserProfileUsage",
            self._call("get_browser_profile_usage", request_options, check_id("profile_id", profile_id)),
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
