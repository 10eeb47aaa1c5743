from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..models.run_engine import RunEngine
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget
    from ..models.workflow_definition import WorkflowDefinition


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    workflow_id: str
    organization_id: str
    title: str
    workflow_permanent_id: str
    version: int
    is_saved_task: bool
    workflow_definition: WorkflowDefinition
    created_at: datetime.datetime
    modified_at: datetime.datetime
    agent_id: str
    """ Alias of `workflow_permanent_id` — the stable agent identifier (starts with `wpid_`). """
    is_template: bool | Unset = False
    description: None | str | Unset = UNSET
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    webhook_callback_url: None | str | Unset = UNSET
    totp_verification_url: None | str | Unset = UNSET
    totp_identifier: None | str | Unset = UNSET
    persist_browser_session: bool | Unset = False
    reuse_browser_session: bool | Unset = False
    mask_secrets: bool | Unset = False
    pin_saved_session_ip: bool | Unset = False
    browser_profile_id: None | str | Unset = UNSET
    browser_profile_key: None | str | Unset = UNSET
    model: Any | None | Unset = UNSET
    status: WorkflowStatus | Unset = UNSET
    max_screenshot_scrolls: int | None | Unset = UNSET
    max_elapsed_time_minutes: int | None | Unset = UNSET
    extra_http_headers: Any | None | Unset = UNSET
    cdp_connect_headers: Any | None | Unset = UNSET
    run_with: str | Unset = "agent"
    browser_type: None | str | Unset = UNSET
    ai_fallback: bool | Unset = True
    cache_key: None | str | Unset = UNSET
    adaptive_caching: bool | Unset = False
    enable_self_healing: bool | Unset = False
    code_version: int | None | Unset = UNSET
    generate_script_on_terminal: bool | Unset = False
    run_sequentially: bool | None | Unset = UNSET
    sequential_key: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    import_error: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    edited_by: None | str | Unset = UNSET
    copilot_authored: bool | Unset = False
    effective_default_engine: None | RunEngine | Unset = UNSET
    """ The engine a task block with no `engine` set runs on in this agent, or null when engine routing decides it.
    Populated by the detail endpoint only. """
    original_created_by: None | str | Unset = UNSET
    """ Who created the agent's first version. Populated by the list endpoint only. """
    original_created_at: datetime.datetime | None | Unset = UNSET
    """ When the agent's first version was created. Populated by the list endpoint only. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_target import GeoTarget

        workflow_id = self.workflow_id

        organization_id = self.organization_id

        title = self.title

        workflow_permanent_id = self.workflow_permanent_id

        version = self.version

        is_saved_task = self.is_saved_task

        workflow_definition = self.workflow_definition.to_dict()

        created_at = self.created_at.isoformat()

        modified_at = self.modified_at.isoformat()

        agent_id = self.agent_id

        is_template = self.is_template

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        proxy_location: Any | dict[str, Any] | None | str | Unset
        if isinstance(self.proxy_location, Unset):
            proxy_location = UNSET
        elif isinstance(self.proxy_location, ProxyLocation):
            proxy_location = self.proxy_location.value
        elif isinstance(self.proxy_location, GeoTarget):
            proxy_location = self.proxy_location.to_dict()
        else:
            proxy_location = self.proxy_location

        webhook_callback_url: None | str | Unset
        if isinstance(self.webhook_callback_url, Unset):
            webhook_callback_url = UNSET
        else:
            webhook_callback_url = self.webhook_callback_url

        totp_verification_url: None | str | Unset
        if isinstance(self.totp_verification_url, Unset):
            totp_verification_url = UNSET
        else:
            totp_verification_url = self.totp_verification_url

        totp_identifier: None | str | Unset
        if isinstance(self.totp_identifier, Unset):
            totp_identifier = UNSET
        else:
            totp_identifier = self.totp_identifier

        persist_browser_session = self.persist_browser_session

        reuse_browser_session = self.reuse_browser_session

        mask_secrets = self.mask_secrets

        pin_saved_session_ip = self.pin_saved_session_ip

        browser_profile_id: None | str | Unset
        if isinstance(self.browser_profile_id, Unset):
            browser_profile_id = UNSET
        else:
            browser_profile_id = self.browser_profile_id

        browser_profile_key: None | str | Unset
        if isinstance(self.browser_profile_key, Unset):
            browser_profile_key = UNSET
        else:
            browser_profile_key = self.browser_profile_key

        model: Any | None | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        max_screenshot_scrolls: int | None | Unset
        if isinstance(self.max_screenshot_scrolls, Unset):
            max_screenshot_scrolls = UNSET
        else:
            max_screenshot_scrolls = self.max_screenshot_scrolls

        max_elapsed_time_minutes: int | None | Unset
        if isinstance(self.max_elapsed_time_minutes, Unset):
            max_elapsed_time_minutes = UNSET
        else:
            max_elapsed_time_minutes = self.max_elapsed_time_minutes

        extra_http_headers: Any | None | Unset
        if isinstance(self.extra_http_headers, Unset):
            extra_http_headers = UNSET
        else:
            extra_http_headers = self.extra_http_headers

        cdp_connect_headers: Any | None | Unset
        if isinstance(self.cdp_connect_headers, Unset):
            cdp_connect_headers = UNSET
        else:
            cdp_connect_headers = self.cdp_connect_headers

        run_with = self.run_with

        browser_type: None | str | Unset
        if isinstance(self.browser_type, Unset):
            browser_type = UNSET
        else:
            browser_type = self.browser_type

        ai_fallback = self.ai_fallback

        cache_key: None | str | Unset
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        adaptive_caching = self.adaptive_caching

        enable_self_healing = self.enable_self_healing

        code_version: int | None | Unset
        if isinstance(self.code_version, Unset):
            code_version = UNSET
        else:
            code_version = self.code_version

        generate_script_on_terminal = self.generate_script_on_terminal

        run_sequentially: bool | None | Unset
        if isinstance(self.run_sequentially, Unset):
            run_sequentially = UNSET
        else:
            run_sequentially = self.run_sequentially

        sequential_key: None | str | Unset
        if isinstance(self.sequential_key, Unset):
            sequential_key = UNSET
        else:
            sequential_key = self.sequential_key

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        import_error: None | str | Unset
        if isinstance(self.import_error, Unset):
            import_error = UNSET
        else:
            import_error = self.import_error

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        edited_by: None | str | Unset
        if isinstance(self.edited_by, Unset):
            edited_by = UNSET
        else:
            edited_by = self.edited_by

        copilot_authored = self.copilot_authored

        effective_default_engine: None | str | Unset
        if isinstance(self.effective_default_engine, Unset):
            effective_default_engine = UNSET
        elif isinstance(self.effective_default_engine, RunEngine):
            effective_default_engine = self.effective_default_engine.value
        else:
            effective_default_engine = self.effective_default_engine

        original_created_by: None | str | Unset
        if isinstance(self.original_created_by, Unset):
            original_created_by = UNSET
        else:
            original_created_by = self.original_created_by

        original_created_at: None | str | Unset
        if isinstance(self.original_created_at, Unset):
            original_created_at = UNSET
        elif isinstance(self.original_created_at, datetime.datetime):
            original_created_at = self.original_created_at.isoformat()
        else:
            original_created_at = self.original_created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "organization_id": organization_id,
                "title": title,
                "workflow_permanent_id": workflow_permanent_id,
                "version": version,
                "is_saved_task": is_saved_task,
                "workflow_definition": workflow_definition,
                "created_at": created_at,
                "modified_at": modified_at,
                "agent_id": agent_id,
            }
        )
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if description is not UNSET:
            field_dict["description"] = description
        if proxy_location is not UNSET:
            field_dict["proxy_location"] = proxy_location
        if webhook_callback_url is not UNSET:
            field_dict["webhook_callback_url"] = webhook_callback_url
        if totp_verification_url is not UNSET:
            field_dict["totp_verification_url"] = totp_verification_url
        if totp_identifier is not UNSET:
            field_dict["totp_identifier"] = totp_identifier
        if persist_browser_session is not UNSET:
            field_dict["persist_browser_session"] = persist_browser_session
        if reuse_browser_session is not UNSET:
            field_dict["reuse_browser_session"] = reuse_browser_session
        if mask_secrets is not UNSET:
            field_dict["mask_secrets"] = mask_secrets
        if pin_saved_session_ip is not UNSET:
            field_dict["pin_saved_session_ip"] = pin_saved_session_ip
        if browser_profile_id is not UNSET:
            field_dict["browser_profile_id"] = browser_profile_id
        if browser_profile_key is not UNSET:
            field_dict["browser_profile_key"] = browser_profile_key
        if model is not UNSET:
            field_dict["model"] = model
        if status is not UNSET:
            field_dict["status"] = status
        if max_screenshot_scrolls is not UNSET:
            field_dict["max_screenshot_scrolls"] = max_screenshot_scrolls
        if max_elapsed_time_minutes is not UNSET:
            field_dict["max_elapsed_time_minutes"] = max_elapsed_time_minutes
        if extra_http_headers is not UNSET:
            field_dict["extra_http_headers"] = extra_http_headers
        if cdp_connect_headers is not UNSET:
            field_dict["cdp_connect_headers"] = cdp_connect_headers
        if run_with is not UNSET:
            field_dict["run_with"] = run_with
        if browser_type is not UNSET:
            field_dict["browser_type"] = browser_type
        if ai_fallback is not UNSET:
            field_dict["ai_fallback"] = ai_fallback
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if adaptive_caching is not UNSET:
            field_dict["adaptive_caching"] = adaptive_caching
        if enable_self_healing is not UNSET:
            field_dict["enable_self_healing"] = enable_self_healing
        if code_version is not UNSET:
            field_dict["code_version"] = code_version
        if generate_script_on_terminal is not UNSET:
            field_dict["generate_script_on_terminal"] = generate_script_on_terminal
        if run_sequentially is not UNSET:
            field_dict["run_sequentially"] = run_sequentially
        if sequential_key is not UNSET:
            field_dict["sequential_key"] = sequential_key
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if import_error is not UNSET:
            field_dict["import_error"] = import_error
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if edited_by is not UNSET:
            field_dict["edited_by"] = edited_by
        if copilot_authored is not UNSET:
            field_dict["copilot_authored"] = copilot_authored
        if effective_default_engine is not UNSET:
            field_dict["effective_default_engine"] = effective_default_engine
        if original_created_by is not UNSET:
            field_dict["original_created_by"] = original_created_by
        if original_created_at is not UNSET:
            field_dict["original_created_at"] = original_created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget
        from ..models.workflow_definition import WorkflowDefinition

        d = dict(src_dict)
        workflow_id = d.pop("workflow_id")

        organization_id = d.pop("organization_id")

        title = d.pop("title")

        workflow_permanent_id = d.pop("workflow_permanent_id")

        version = d.pop("version")

        is_saved_task = d.pop("is_saved_task")

        workflow_definition = WorkflowDefinition.from_dict(d.pop("workflow_definition"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        agent_id = d.pop("agent_id")

        is_template = d.pop("is_template", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_proxy_location(
            data: object,
        ) -> Any | GeoTarget | None | ProxyLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proxy_location_type_0 = ProxyLocation(data)

                return proxy_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                proxy_location_type_1 = GeoTarget.from_dict(data)

                return proxy_location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | GeoTarget | None | ProxyLocation | Unset, data)

        proxy_location = _parse_proxy_location(d.pop("proxy_location", UNSET))

        def _parse_webhook_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_callback_url = _parse_webhook_callback_url(
            d.pop("webhook_callback_url", UNSET)
        )

        def _parse_totp_verification_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_verification_url = _parse_totp_verification_url(
            d.pop("totp_verification_url", UNSET)
        )

        def _parse_totp_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_identifier = _parse_totp_identifier(d.pop("totp_identifier", UNSET))

        persist_browser_session = d.pop("persist_browser_session", UNSET)

        reuse_browser_session = d.pop("reuse_browser_session", UNSET)

        mask_secrets = d.pop("mask_secrets", UNSET)

        pin_saved_session_ip = d.pop("pin_saved_session_ip", UNSET)

        def _parse_browser_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_id = _parse_browser_profile_id(
            d.pop("browser_profile_id", UNSET)
        )

        def _parse_browser_profile_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_profile_key = _parse_browser_profile_key(
            d.pop("browser_profile_key", UNSET)
        )

        def _parse_model(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        _status = d.pop("status", UNSET)
        status: WorkflowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WorkflowStatus(_status)

        def _parse_max_screenshot_scrolls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_screenshot_scrolls = _parse_max_screenshot_scrolls(
            d.pop("max_screenshot_scrolls", UNSET)
        )

        def _parse_max_elapsed_time_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_elapsed_time_minutes = _parse_max_elapsed_time_minutes(
            d.pop("max_elapsed_time_minutes", UNSET)
        )

        def _parse_extra_http_headers(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        extra_http_headers = _parse_extra_http_headers(
            d.pop("extra_http_headers", UNSET)
        )

        def _parse_cdp_connect_headers(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        cdp_connect_headers = _parse_cdp_connect_headers(
            d.pop("cdp_connect_headers", UNSET)
        )

        run_with = d.pop("run_with", UNSET)

        def _parse_browser_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_type = _parse_browser_type(d.pop("browser_type", UNSET))

        ai_fallback = d.pop("ai_fallback", UNSET)

        def _parse_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_key = _parse_cache_key(d.pop("cache_key", UNSET))

        adaptive_caching = d.pop("adaptive_caching", UNSET)

        enable_self_healing = d.pop("enable_self_healing", UNSET)

        def _parse_code_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code_version = _parse_code_version(d.pop("code_version", UNSET))

        generate_script_on_terminal = d.pop("generate_script_on_terminal", UNSET)

        def _parse_run_sequentially(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_sequentially = _parse_run_sequentially(d.pop("run_sequentially", UNSET))

        def _parse_sequential_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sequential_key = _parse_sequential_key(d.pop("sequential_key", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_import_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        import_error = _parse_import_error(d.pop("import_error", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_edited_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        edited_by = _parse_edited_by(d.pop("edited_by", UNSET))

        copilot_authored = d.pop("copilot_authored", UNSET)

        def _parse_effective_default_engine(data: object) -> None | RunEngine | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_default_engine_type_0 = RunEngine(data)

                return effective_default_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunEngine | Unset, data)

        effective_default_engine = _parse_effective_default_engine(
            d.pop("effective_default_engine", UNSET)
        )

        def _parse_original_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_created_by = _parse_original_created_by(
            d.pop("original_created_by", UNSET)
        )

        def _parse_original_created_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                original_created_at_type_0 = datetime.datetime.fromisoformat(data)

                return original_created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        original_created_at = _parse_original_created_at(
            d.pop("original_created_at", UNSET)
        )

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        workflow = cls(
            workflow_id=workflow_id,
            organization_id=organization_id,
            title=title,
            workflow_permanent_id=workflow_permanent_id,
            version=version,
            is_saved_task=is_saved_task,
            workflow_definition=workflow_definition,
            created_at=created_at,
            modified_at=modified_at,
            agent_id=agent_id,
            is_template=is_template,
            description=description,
            proxy_location=proxy_location,
            webhook_callback_url=webhook_callback_url,
            totp_verification_url=totp_verification_url,
            totp_identifier=totp_identifier,
            persist_browser_session=persist_browser_session,
            reuse_browser_session=reuse_browser_session,
            mask_secrets=mask_secrets,
            pin_saved_session_ip=pin_saved_session_ip,
            browser_profile_id=browser_profile_id,
            browser_profile_key=browser_profile_key,
            model=model,
            status=status,
            max_screenshot_scrolls=max_screenshot_scrolls,
            max_elapsed_time_minutes=max_elapsed_time_minutes,
            extra_http_headers=extra_http_headers,
            cdp_connect_headers=cdp_connect_headers,
            run_with=run_with,
            browser_type=browser_type,
            ai_fallback=ai_fallback,
            cache_key=cache_key,
            adaptive_caching=adaptive_caching,
            enable_self_healing=enable_self_healing,
            code_version=code_version,
            generate_script_on_terminal=generate_script_on_terminal,
            run_sequentially=run_sequentially,
            sequential_key=sequential_key,
            folder_id=folder_id,
            import_error=import_error,
            created_by=created_by,
            edited_by=edited_by,
            copilot_authored=copilot_authored,
            effective_default_engine=effective_default_engine,
            original_created_by=original_created_by,
            original_created_at=original_created_at,
            deleted_at=deleted_at,
        )

        workflow.additional_properties = d
        return workflow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
