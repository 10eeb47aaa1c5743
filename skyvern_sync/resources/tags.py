"""Tags: key-value labels on runs and workflows, their keys and values, and their history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.validation import check_id, check_ids, check_int, check_optional_text, check_text

if TYPE_CHECKING:
    from skyvern_generated.models import (
        RunTagHistoryResponse,
        RunTagsBatchResponse,
        RunTagsResponse,
        RunTagSuggestionsResponse,
        TagApplyRequest,
        TagDeleteInput,
        TagHistoryResponse,
        TagInput,
        TagKey,
        TagKeyDeleteResponse,
        TagsResponse,
        TagValue,
        TagValueDeleteResponse,
        TagValueRenameResponse,
        WorkflowTagsBatchResponse,
    )

    from skyvern_sync.options import RequestOptions

# the server's caps (skyvern/forge/sdk/workflow/models/validators.py; agent_protocol.py `_BATCH_TAGS_MAX_WPIDS`)
MAX_KEY = 64
MAX_VALUE = 256
MAX_DESCRIPTION = 500
MAX_BATCH_IDS = 200
MAX_HISTORY = 500


class TagsMixin(ClientCore):
    """The tags operations (skyvern_generated/api/tags/), mixed into `Skyvern`."""

    def apply_run_tags(
        self,
        workflow_run_id: str,
        *,
        tags: Sequence[TagInput | Mapping[str, Any]] | None = None,
        tags_to_delete: Sequence[TagDeleteInput | Mapping[str, Any]] | None = None,
        colors: Mapping[str, str | None] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> RunTagsResponse:
        """Set and delete tags of a workflow run in one transaction (a set wins over a delete of the same tag).

        Args:
            workflow_run_id: the workflow run (`wr_...`); a task run id is not found.
            tags: tags to set: `TagInput` models or `{"key": ..., "value": ...}` dicts (no key: a standalone label).
            tags_to_delete: tags to remove: `TagDeleteInput` models or dicts (a grouped tag by `key`, a label by
                `value`).
            colors: a palette colour name (gray, red, orange, amber, yellow, green, teal, blue, cyan, indigo,
                purple, pink) per grouped key set here; None keeps the key's colour.
            request_options: per-call timeout, retries and headers.

        Returns:
            The run's tags after the change.

        Raises:
            NotFoundError: no workflow run with this id.
            UnprocessableEntityError: a key, value or colour the server refuses.
        """
        body = _apply_body(tags, tags_to_delete, colors)
        return cast(
            "RunTagsResponse",
            self._call("apply_run_tags", request_options, check_id("workflow_run_id", workflow_run_id), body=body),
        )

    def get_run_tags(
        self, workflow_run_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> RunTagsResponse:
        """The tags of a workflow run.

        Args:
            workflow_run_id: the workflow run (`wr_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no workflow run with this id.
        """
        return cast(
            "RunTagsResponse",
            self._call("get_run_tags", request_options, check_id("workflow_run_id", workflow_run_id)),
        )

    def delete_run_tag(
        self, workflow_run_id: str, key: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> RunTagsResponse:
        """Remove the grouped tag `key` from a workflow run.

        Args:
            workflow_run_id: the workflow run (`wr_...`).
            key: the tag key (group) to remove.
            request_options: per-call timeout, retries and headers.

        Returns:
            The run's tags after the removal.

        Raises:
            NotFoundError: no workflow run with this id.
            BadRequestError: a key in the reserved `skyvern.` namespace.
        """
        return cast(
            "RunTagsResponse",
            self._call(
                "delete_run_tag", request_options, check_id("workflow_run_id", workflow_run_id), _key("key", key)
            ),
        )

    def get_run_tag_history(
        self,
        workflow_run_id: str,
        *,
        limit: int | None = None,
        since: dt.datetime | None = None,
        key: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> RunTagHistoryResponse:
        """The tag events (sets and deletes) of a workflow run, newest first.

        Args:
            workflow_run_id: the workflow run (`wr_...`).
            limit: at most this many events, 1 to 500 (server default 100).
            since: only events at or after this time (a `datetime`).
            key: only the events of this tag key.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no workflow run with this id.
        """
        return cast(
            "RunTagHistoryResponse",
            self._call(
                "get_run_tag_history",
                request_options,
                check_id("workflow_run_id", workflow_run_id),
                **_history_query(limit, since, key),
            ),
        )

    def apply_workflow_tags(
        self,
        workflow_permanent_id: str,
        *,
        tags: Sequence[TagInput | Mapping[str, Any]] | None = None,
        tags_to_delete: Sequence[TagDeleteInput | Mapping[str, Any]] | None = None,
        colors: Mapping[str, str | None] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagsResponse:
        """Set and delete tags of a workflow in one transaction (a set wins over a delete of the same tag).

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            tags: tags to set: `TagInput` models or `{"key": ..., "value": ...}` dicts (no key: a standalone label).
            tags_to_delete: tags to remove: `TagDeleteInput` models or dicts (a grouped tag by `key`, a label by
                `value`).
            colors: a palette colour name per grouped key set here.
            request_options: per-call timeout, retries and headers.

        Returns:
            The workflow's tags after the change.

        Raises:
            NotFoundError: no workflow with this id.
            UnprocessableEntityError: a key, value or colour the server refuses.
        """
        body = _apply_body(tags, tags_to_delete, colors)
        return cast(
            "TagsResponse",
            self._call(
                "apply_workflow_tags",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                body=body,
            ),
        )

    def get_workflow_tags(
        self, workflow_permanent_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> TagsResponse:
        """The tags of a workflow.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no workflow with this id.
        """
        return cast(
            "TagsResponse",
            self._call("get_workflow_tags", request_options, check_id("workflow_permanent_id", workflow_permanent_id)),
        )

    def delete_workflow_tag(
        self,
        workflow_permanent_id: str,
        key: str,
        *,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagsResponse:
        """Remove the grouped tag `key` from a workflow.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            key: the tag key (group) to remove.
            request_options: per-call timeout, retries and headers.

        Returns:
            The workflow's tags after the removal.

        Raises:
            NotFoundError: no workflow with this id.
            BadRequestError: a key in the reserved `skyvern.` namespace.
        """
        return cast(
            "TagsResponse",
            self._call(
                "delete_workflow_tag",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                _key("key", key),
            ),
        )

    def get_workflow_tag_history(
        self,
        workflow_permanent_id: str,
        *,
        limit: int | None = None,
        since: dt.datetime | None = None,
        key: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagHistoryResponse:
        """The tag events (sets and deletes) of a workflow, newest first.

        Args:
            workflow_permanent_id: the workflow (`wpid_...`).
            limit: at most this many events, 1 to 500 (server default 100).
            since: only events at or after this time (a `datetime`).
            key: only the events of this tag key.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no workflow with this id.
        """
        return cast(
            "TagHistoryResponse",
            self._call(
                "get_workflow_tag_history",
                request_options,
                check_id("workflow_permanent_id", workflow_permanent_id),
                **_history_query(limit, since, key),
            ),
        )

    def list_tag_keys(self, *, request_options: RequestOptions | Mapping[str, Any] | None = None) -> list[TagKey]:
        """The organization's tag keys (groups), each with its description and how many workflows use it.

        Args:
            request_options: per-call timeout, retries and headers.
        """
        return cast("list[TagKey]", self._call("list_tag_keys", request_options))

    def update_tag_key(
        self,
        key: str,
        *,
        description: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagKey:
        """Describe a tag key (the key must be in use or registered).

        Args:
            key: the tag key.
            description: its description, at most 500 characters; None clears it.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no such tag key.
        """
        from skyvern_generated.models import TagKeyUpdate

        text = check_optional_text("description", description)
        if text is not None and len(text.strip()) > MAX_DESCRIPTION:
            raise InvalidParameterError("description", f"must be at most {MAX_DESCRIPTION} characters")
        return cast(
            "TagKey",
            self._call("update_tag_key", request_options, _key("key", key), body=TagKeyUpdate(description=text)),
        )

    def delete_tag_key(
        self, key: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> TagKeyDeleteResponse:
        """Delete a tag key: its tags are removed from every workflow and run that has them.

        Args:
            key: the tag key.
            request_options: per-call timeout, retries and headers.

        Returns:
            How many workflows and runs lost the tag.
        """
        return cast("TagKeyDeleteResponse", self._call("delete_tag_key", request_options, _key("key", key)))

    def list_tag_values(
        self, *, key: str | None = None, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> list[TagValue]:
        """The organization's tag values (labels) with their colours, of one key or all.

        Args:
            key: only the values of this key.
            request_options: per-call timeout, retries and headers.
        """
        return cast(
            "list[TagValue]",
            self._call("list_tag_values", request_options, key=None if key is None else _key("key", key)),
        )

    def create_tag_value(
        self,
        *,
        key: str,
        value: str,
        color: str | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagValue:
        """Register a label under a key before any workflow uses it (the official client lacks this call).

        Args:
            key: the tag key (group).
            value: the label.
            color: a palette colour name; the server picks one at random when None.
            request_options: per-call timeout, retries and headers.

        Raises:
            ConflictError: the label is already registered under this key.
            UnprocessableEntityError: a key, value or colour the server refuses.
        """
        from skyvern_generated.models import TagValueCreate

        body = TagValueCreate(
            key=_key("key", key), value=_value("value", value), color=check_optional_text("color", color)
        )
        return cast("TagValue", self._call("create_tag_value", request_options, body=body))

    def update_tag_value(
        self,
        key: str,
        *,
        value: str,
        color: str,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagValue:
        """Recolour a label.

        Args:
            key: the tag key (group).
            value: the label.
            color: a palette colour name.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no such label under this key.
            UnprocessableEntityError: a colour outside the palette.
        """
        from skyvern_generated.models import TagValueUpdate

        body = TagValueUpdate(value=_value("value", value), color=check_text("color", color))
        return cast("TagValue", self._call("update_tag_value", request_options, _key("key", key), body=body))

    def delete_tag_value(
        self, key: str, *, value: str, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> TagValueDeleteResponse:
        """Delete a label: it is removed from every workflow and run that has it.

        Args:
            key: the tag key (group).
            value: the label.
            request_options: per-call timeout, retries and headers.

        Returns:
            How many workflows and runs lost the label.
        """
        from skyvern_generated.models import TagValueDelete

        body = TagValueDelete(value=_value("value", value))
        return cast(
            "TagValueDeleteResponse", self._call("delete_tag_value", request_options, _key("key", key), body=body)
        )

    def rename_tag_value(
        self,
        key: str,
        *,
        value: str,
        new_value: str,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> TagValueRenameResponse:
        """Rename a label everywhere it is used.

        Args:
            key: the tag key (group).
            value: the current label.
            new_value: the new label.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no such label under this key (a repeated rename finds the old one gone).
        """
        from skyvern_generated.models import TagValueRename

        body = TagValueRename(value=_value("value", value), new_value=_value("new_value", new_value))
        return cast(
            "TagValueRenameResponse", self._call("rename_tag_value", request_options, _key("key", key), body=body)
        )

    def batch_get_workflow_tags(
        self,
        *,
        workflow_permanent_ids: str | Sequence[str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowTagsBatchResponse:
        """The tags of several workflows in one call (workflows of another organization are left out).

        Args:
            workflow_permanent_ids: up to 200 workflow ids, comma-separated or a list.
            request_options: per-call timeout, retries and headers.

        Returns:
            `workflow_tags`: each workflow's tags by its id (an empty list for one without tags).
        """
        ids = _batch_query("workflow_permanent_ids", workflow_permanent_ids)
        return cast(
            "WorkflowTagsBatchResponse",
            self._call("batch_get_workflow_tags", request_options, workflow_permanent_ids=ids),
        )

    def batch_get_workflow_tags_post(
        self,
        *,
        workflow_permanent_ids: Sequence[str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> WorkflowTagsBatchResponse:
        """The same as `batch_get_workflow_tags`, with the ids in a POST body (for lists too long for a URL).

        Args:
            workflow_permanent_ids: up to 200 workflow ids.
            request_options: per-call timeout, retries and headers.
        """
        from skyvern_generated.models import WorkflowTagsBatchRequest

        body = WorkflowTagsBatchRequest(
            workflow_permanent_ids=_batch_body("workflow_permanent_ids", workflow_permanent_ids)
        )
        return cast("WorkflowTagsBatchResponse", self._call("batch_get_workflow_tags_post", request_options, body=body))

    def batch_get_run_tags(
        self,
        *,
        workflow_run_ids: str | Sequence[str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> RunTagsBatchResponse:
        """The tags of several workflow runs in one call (runs of another organization are left out).

        Args:
            workflow_run_ids: up to 200 workflow run ids, comma-separated or a list.
            request_options: per-call timeout, retries and headers.

        Returns:
            `run_tags`: each run's tags by its id (an empty list for one without tags).
        """
        ids = _batch_query("workflow_run_ids", workflow_run_ids)
        return cast("RunTagsBatchResponse", self._call("batch_get_run_tags", request_options, workflow_run_ids=ids))

    def batch_get_run_tags_post(
        self,
        *,
        workflow_run_ids: Sequence[str] | None = None,
        request_options: RequestOptions | Mapping[str, Any] | None = None,
    ) -> RunTagsBatchResponse:
        """The same as `batch_get_run_tags`, with the ids in a POST body (for lists too long for a URL).

        Args:
            workflow_run_ids: up to 200 workflow run ids.
            request_options: per-call timeout, retries and headers.
        """
        from skyvern_generated.models import RunTagsBatchRequest

        body = RunTagsBatchRequest(workflow_run_ids=_batch_body("workflow_run_ids", workflow_run_ids))
        return cast("RunTagsBatchResponse", self._call("batch_get_run_tags_post", request_options, body=body))

    def get_run_tag_suggestions(
        self, *, request_options: RequestOptions | Mapping[str, Any] | None = None
    ) -> RunTagSuggestionsResponse:
        """Every tag ever set on the organization's runs, for a picker (the official client lacks this call).

        Args:
            request_options: per-call timeout, retries and headers.

        Returns:
            `keys`, `values_by_key` (each key's labels) and the standalone `labels`, including the reserved
            `skyvern.` keys the server sets itself.
        """
        return cast("RunTagSuggestionsResponse", self._call("get_run_tag_suggestions", request_options))


def _key(name: str, value: object) -> str:
    key = check_id(name, value)
    if len(key) > MAX_KEY:
        raise InvalidParameterError(name, f"must be a tag key of at most {MAX_KEY} characters, got {len(key)}")
    return key


def _value(name: str, value: object) -> str:
    text = check_text(name, value)
    if len(text.strip()) > MAX_VALUE:
        raise InvalidParameterError(name, f"must be a tag value of at most {MAX_VALUE} characters")
    if "," in text:
        raise InvalidParameterError(name, "must not contain ',' (it separates tag filter terms)")
    return text


def _entries(name: str, values: object, model: Any, required: tuple[str, ...]) -> list[Any]:
    """TagInput or TagDeleteInput models, from models or dicts, each field checked."""
    if values is None:
        return []
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise InvalidParameterTypeError(name, f"must be a list of tags, got {type(values).__name__}")
    entries = []
    for index, entry in enumerate(values):
        where = f"{name}[{index}]"
        if isinstance(entry, model):
            fields = {"key": entry.key, "value": entry.value}
        elif isinstance(entry, Mapping):
            extra = sorted(str(field) for field in entry if field not in ("key", "value"))
            if extra:
                raise InvalidParameterError(where, f"has unexpected keys {extra}")
            fields = {"key": entry.get("key"), "value": entry.get("value")}
        else:
            raise InvalidParameterTypeError(where, f"must be a {model.__name__} or a dict, got {type(entry).__name__}")
        if fields["key"] is None and fields["value"] is None:
            raise InvalidParameterError(where, "needs a key or a value")
        for field in required:
            if fields[field] is None:
                raise InvalidParameterError(where, f"needs a {field}")
        entries.append(
            model(
                key=None if fields["key"] is None else _key(f"{where}.key", fields["key"]),
                value=None if fields["value"] is None else _value(f"{where}.value", fields["value"]),
            )
        )
    return entries


def _apply_body(tags: object, tags_to_delete: object, colors: object) -> TagApplyRequest:
    from skyvern_generated.models import TagApplyRequest, TagDeleteInput, TagInput

    checked_colors = None
    if colors is not None:
        if not isinstance(colors, Mapping):
            raise InvalidParameterTypeError("colors", f"must be a dict, got {type(colors).__name__}")
        # None means what leaving the key out means (keep its colour, or a random one): the schema takes strings
        checked_colors = {
            _key("colors", key): check_text("colors", color) for key, color in colors.items() if color is not None
        }
    return TagApplyRequest(
        tags=_entries("tags", tags, TagInput, ("value",)),
        tags_to_delete=_entries("tags_to_delete", tags_to_delete, TagDeleteInput, ()),
        colors=checked_colors,
    )


def _history_query(limit: object, since: object, key: object) -> dict[str, Any]:
    if since is not None and not isinstance(since, dt.datetime):
        raise InvalidParameterTypeError("since", f"must be a datetime, got {type(since).__name__}")
    return {
        "limit": check_int("limit", limit, minimum=1, maximum=MAX_HISTORY),
        "since": since,
        "key": None if key is None else _key("key", key),
    }


def _batch_body(name: str, ids: object) -> list[str]:
    if ids is None:
        return []
    checked = check_ids(name, ids)
    if len(checked) > MAX_BATCH_IDS:
        raise InvalidParameterError(name, f"must hold at most {MAX_BATCH_IDS} ids, got {len(checked)}")
    return checked


def _batch_query(name: str, ids: object) -> str | None:
    if ids is None:
        return None
    if isinstance(ids, str):
        ids = [token.strip() for token in ids.split(",") if token.strip()]
    checked = _batch_body(name, ids)
    if any("," in one for one in checked):
        raise InvalidParameterError(name, "ids must not contain ','")
    return ",".join(checked)
