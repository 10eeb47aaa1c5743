from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proxy_location import ProxyLocation
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_target import GeoTarget
    from ..models.workflow_definition_yaml import WorkflowDefinitionYAML


T = TypeVar("T", bound="WorkflowCreateYAMLRequest")


@_attrs_define
class WorkflowCreateYAMLRequest:
    title: str
    workflow_definition: WorkflowDefinitionYAML
    recording_id: None | str | Unset = UNSET
    """ Durable browser recording to attach to the workflow version created by this save. """
    description: None | str | Unset = UNSET
    proxy_location: Any | GeoTarget | None | ProxyLocation | Unset = UNSET
    """ On PUT updates, omission keeps the stored value, null clears it, and a supplied value replaces it. """
    webhook_callback_url: None | str | Unset = UNSET
    """ On PUT updates, omission keeps the stored value, null clears it, and a supplied value replaces it. URL
    validation errors identify the field and failure class without returning the URL or host. """
    totp_verification_url: None | str | Unset = UNSET
    """ On PUT updates, omission keeps the stored value, null clears it, and a supplied value replaces it. URL
    validation errors identify the field and failure class without returning the URL or host. """
    totp_identifier: None | str | Unset = UNSET
    """ On PUT updates, omission keeps the stored value, null clears it, and a supplied value replaces it. """
    persist_browser_session: bool | Unset = False
    reuse_browser_session: bool | Unset = False
    mask_secrets: bool | None | Unset = UNSET
    """ Mask secret values across this workflow's runs: hide them while they are typed (screenshots, recordings,
    live view) and redact them from stored artifacts, network logs, and LLM-bound text. """
    pin_saved_session_ip: bool | Unset = False
    browser_profile_id: None | str | Unset = UNSET
    browser_profile_key: None | str | Unset = UNSET
    model: Any | None | Unset = UNSET
    is_saved_task: bool | Unset = False
    max_screenshot_scrolls: int | None | Unset = UNSET
    max_elapsed_time_minutes: int | None | Unset = UNSET
    extra_http_headers: Any | None | Unset = UNSET
    """ On PUT updates, omission keeps the stored value, null clears it, and a supplied value replaces it. An empty
    object ({}) clears the header map. Values, including ***, are literal. """
    cdp_connect_headers: Any | None | Unset = UNSET
    """ On PUT updates, omission keeps the stored value, null clears it, and a supplied value replaces it. An empty
    object ({}) clears the header map; each masked *** entry keeps the stored value for that key. """
    status: WorkflowStatus | Unset = UNSET
    run_with: str | Unset = "agent"
    browser_type: None | str | Unset = UNSET
    """ Browser engine for runs of this workflow, one of the supported browser types (e.g. msedge, chrome, stealth-
    chromium). A workflow-run setting overrides this. Null means the system default. """
    ai_fallback: bool | Unset = True
    cache_key: None | str | Unset = "default"
    adaptive_caching: bool | Unset = False
    enable_self_healing: bool | None | Unset = UNSET
    code_version: int | None | Unset = UNSET
    generate_script_on_terminal: bool | Unset = False
    run_sequentially: bool | Unset = False
    sequential_key: None | str | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.geo_target import GeoTarget

        title = self.title

        workflow_definition = self.workflow_definition.to_dict()

        recording_id: None | str | Unset
        if isinstance(self.recording_id, Unset):
            recording_id = UNSET
        else:
            recording_id = self.recording_id

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

        mask_secrets: bool | None | Unset
        if isinstance(self.mask_secrets, Unset):
            mask_secrets = UNSET
        else:
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

        is_saved_task = self.is_saved_task

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

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

        enable_self_healing: bool | None | Unset
        if isinstance(self.enable_self_healing, Unset):
            enable_self_healing = UNSET
        else:
            enable_self_healing = self.enable_self_healing

        code_version: int | None | Unset
        if isinstance(self.code_version, Unset):
            code_version = UNSET
        else:
            code_version = self.code_version

        generate_script_on_terminal = self.generate_script_on_terminal

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "workflow_definition": workflow_definition,
            }
        )
        if recording_id is not UNSET:
            field_dict["recording_id"] = recording_id
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
        if is_saved_task is not UNSET:
            field_dict["is_saved_task"] = is_saved_task
        if max_screenshot_scrolls is not UNSET:
            field_dict["max_screenshot_scrolls"] = max_screenshot_scrolls
        if max_elapsed_time_minutes is not UNSET:
            field_dict["max_elapsed_time_minutes"] = max_elapsed_time_minutes
        if extra_http_headers is not UNSET:
            field_dict["extra_http_headers"] = extra_http_headers
        if cdp_connect_headers is not UNSET:
            field_dict["cdp_connect_headers"] = cdp_connect_headers
        if status is not UNSET:
            field_dict["status"] = status
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_target import GeoTarget
        from ..models.workflow_definition_yaml import WorkflowDefinitionYAML

        d = dict(src_dict)
        title = d.pop("title")

        workflow_definition = WorkflowDefinitionYAML.from_dict(
            d.pop("workflow_definition")
        )

        def _parse_recording_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recording_id = _parse_recording_id(d.pop("recording_id", UNSET))

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

        def _parse_mask_secrets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mask_secrets = _parse_mask_secrets(d.pop("mask_secrets", UNSET))

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

        is_saved_task = d.pop("is_saved_task", UNSET)

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

        _status = d.pop("status", UNSET)
        status: WorkflowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WorkflowStatus(_status)

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

        def _parse_enable_self_healing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_self_healing = _parse_enable_self_healing(
            d.pop("enable_self_healing", UNSET)
        )

        def _parse_code_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code_version = _parse_code_version(d.pop("code_version", UNSET))

        generate_script_on_terminal = d.pop("generate_script_on_terminal", UNSET)

        run_sequentially = d.pop("run_sequentially", UNSET)

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

        workflow_create_yaml_request = cls(
            title=title,
            workflow_definition=workflow_definition,
            recording_id=recording_id,
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
            is_saved_task=is_saved_task,
            max_screenshot_scrolls=max_screenshot_scrolls,
            max_elapsed_time_minutes=max_elapsed_time_minutes,
            extra_http_headers=extra_http_headers,
            cdp_connect_headers=cdp_connect_headers,
            status=status,
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
        )

        workflow_create_yaml_request.additional_properties = d
        return workflow_create_yaml_request

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
