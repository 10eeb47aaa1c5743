"""`RunTagsBatchResponseRunTags`: a JSON object whose values are `list[TagItem]`."""

from typing import TypeAlias

from .tag_item import TagItem

RunTagsBatchResponseRunTags: TypeAlias = dict[str, list[TagItem]]

__all__ = ["RunTagsBatchResponseRunTags"]
