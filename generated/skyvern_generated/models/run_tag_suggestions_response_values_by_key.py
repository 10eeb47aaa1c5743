"""`RunTagSuggestionsResponseValuesByKey`: a JSON object whose values are `list[str]`."""

from typing import TypeAlias

RunTagSuggestionsResponseValuesByKey: TypeAlias = dict[str, list[str]]

__all__ = ["RunTagSuggestionsResponseValuesByKey"]
