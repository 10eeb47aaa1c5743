"""Lists that page themselves: `Page`, one page of a list operation that fetches the next ones as they are consumed."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class PageLimitWarning(UserWarning):
    """`auto_paging_iter()` stopped at a limit the server sets, before the end of the list (a filtered run
    listing pages through its first 1,000 matches only): narrow the filter to see the rest."""


class Page(list[T]):
    """One page of a list operation: the list the method promises (`client.get_workflows(page_size=100)` is a
    list of at most 100 workflows, as the reference says), which can also go on through the pages after it.

    >>> for workflow in client.get_workflows(page_size=100).auto_paging_iter():  # doctest: +SKIP
    ...     print(workflow.title)

    `auto_paging_iter()` yields this page's items, then fetches the next page when they are consumed, with the
    same filters and page size and the same request options, and stops after a page shorter than the page size
    (or, for an envelope with a count, once every item was seen). Only the page being consumed is held. Where
    the server refuses to page further (at most 100 pages of runs; a filtered run listing past its first 1,000
    matches) it stops there with a `PageLimitWarning` rather than an error. A page pickles, copies and compares
    as the plain list it is.
    """

    __slots__ = ("_limit", "_next_page")

    def __init__(
        self,
        items: Iterable[T] = (),
        next_page: Callable[[], Page[T]] | None = None,
        limit: str | None = None,
    ) -> None:
        super().__init__(items)
        self._next_page = next_page
        self._limit = limit

    @property
    def has_next_page(self) -> bool:
        """Whether a page may follow this one (False after a short page, the last counted item, or a limit)."""
        return self._next_page is not None

    def next_page(self) -> Page[T] | None:
        """The page after this one, fetched now; None when there is none."""
        return None if self._next_page is None else self._next_page()

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item from this page on, fetching each next page only when the previous one is consumed."""
        page: Page[T] | None = self
        while page is not None:
            yield from page
            if page._limit is not None:
                warnings.warn(page._limit, PageLimitWarning, stacklevel=2)
            page = page.next_page()

    def __reduce__(self) -> tuple[Any, ...]:
        # a page keeps its client to fetch the next one; what crosses a process or a deepcopy is its items
        return (list, (list(self),))
