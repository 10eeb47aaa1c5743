"""Lists that page themselves: each list operation's `Page.auto_paging_iter()` against the fake server, with real
recorded items: what it asks for, when it stops, and what crosses a pickle."""

from __future__ import annotations

import copy
import pickle
import warnings
from typing import Any

import pytest
from skyvern_generated.operations import OPERATIONS

from skyvern_sync import NotFoundError, Skyvern
from skyvern_sync.pagination import Page, PageLimitWarning
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import recorded_body


def workflows(count: int, start: int = 0) -> list[dict[str, Any]]:
    """`count` real recorded workflows, told apart by their title."""
    template = recorded_body("get_workflows", lambda body: len(body) > 0)[0]
    return [{**template, "title": f"w{start + i}"} for i in range(count)]


def pages_asked(server: f.FaultServer) -> list[dict[str, list[str]]]:
    return [received.params for received in server.received]


def test_the_first_page_is_the_list_the_reference_promises(server: f.FaultServer) -> None:
    server.script(f.status(200, workflows(2)))
    with Skyvern(KEY, base_url=server.url) as client:
        page = client.get_workflows(page=1, page_size=2)
    assert isinstance(page, list) and isinstance(page, Page)
    assert [w.title for w in page] == ["w0", "w1"] and page.has_next_page
    assert len(server.received) == 1  # nothing fetched before the items are asked for


def test_auto_paging_goes_on_with_the_same_filters_page_size_and_options_until_a_short_page(
    server: f.FaultServer,
) -> None:
    server.script(f.status(200, workflows(2)), f.status(200, workflows(2, 2)), f.status(200, workflows(1, 4)))
    with Skyvern(KEY, base_url=server.url) as client:
        page = client.get_workflows(
            page_size=2, search_key="shop", request_options={"additional_headers": {"X-Trace": "t1"}}
        )
        items = page.auto_paging_iter()
        assert next(items).title == "w0" and len(server.received) == 1  # lazily: one page at a time
        titles = ["w0", *(w.title for w in items)]
    assert titles == ["w0", "w1", "w2", "w3", "w4"]
    asked = pages_asked(server)
    assert [q.get("page") for q in asked] == [None, ["2"], ["3"]]
    assert all(q["page_size"] == ["2"] and q["search_key"] == ["shop"] for q in asked)
    assert all(received.headers["X-Trace"] == "t1" for received in server.received)


def test_a_full_last_page_costs_one_empty_page_and_no_more(server: f.FaultServer) -> None:
    server.script(f.status(200, workflows(2)), f.status(200, []))
    with Skyvern(KEY, base_url=server.url) as client:
        titles = [w.title for w in client.get_workflows(page_size=2).auto_paging_iter()]
    assert titles == ["w0", "w1"] and len(server.received) == 2


def test_without_a_page_size_the_servers_default_decides_when_a_page_is_short(server: f.FaultServer) -> None:
    default = OPERATIONS["get_workflows"].paging.page_size_default  # type: ignore[union-attr]
    server.script(f.status(200, workflows(default - 1)))
    with Skyvern(KEY, base_url=server.url) as client:
        assert len(list(client.get_workflows().auto_paging_iter())) == default - 1
    assert len(server.received) == 1


def test_starting_from_a_later_page_goes_on_from_there(server: f.FaultServer) -> None:
    server.script(f.status(200, workflows(2, 6)), f.status(200, workflows(1, 8)))
    with Skyvern(KEY, base_url=server.url) as client:
        titles = [w.title for w in client.get_workflows(page=4, page_size=2).auto_paging_iter()]
    assert titles == ["w6", "w7", "w8"]
    assert [q["page"] for q in pages_asked(server)] == [["4"], ["5"]]


def test_an_error_on_a_later_page_is_raised_where_the_iteration_reaches_it(server: f.FaultServer) -> None:
    server.script(f.status(200, workflows(2)), f.status(404, {"detail": "gone"}))
    with Skyvern(KEY, base_url=server.url) as client:
        items = client.get_workflows(page_size=2).auto_paging_iter()
        assert [next(items).title, next(items).title] == ["w0", "w1"]
        with pytest.raises(NotFoundError):
            next(items)


def test_a_page_pickles_copies_and_compares_as_the_plain_list_it_is(server: f.FaultServer) -> None:
    server.script(f.status(200, workflows(2)))
    with Skyvern(KEY, base_url=server.url) as client:
        page = client.get_workflows(page_size=2)
    for copied in (pickle.loads(pickle.dumps(page)), copy.deepcopy(page), copy.copy(page)):
        assert type(copied) is list and copied == list(page)
    assert page == list(page)


def test_a_page_that_stops_at_a_limit_says_so() -> None:
    fetched: list[int] = []

    def never() -> Page[int]:
        fetched.append(1)
        return Page([])

    limited = Page([1, 2], None, "the server serves at most 100 pages")
    with pytest.warns(PageLimitWarning, match="at most 100 pages"):
        assert list(limited.auto_paging_iter()) == [1, 2]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert list(Page([1], never).auto_paging_iter()) == [1] and fetched == [1]


def test_every_list_operation_with_pages_is_paged() -> None:
    paged = sorted(name for name, op in OPERATIONS.items() if op.paging is not None)
    assert paged == [
        "get_credentials", "get_folders", "get_runs_v2", "get_scripts", "get_workflow_runs",
        "get_workflow_runs_by_id", "get_workflows", "list_browser_profiles", "schedules_list_all",
    ]  # fmt: skip
    runs = OPERATIONS["get_runs_v2"].paging
    assert runs is not None and (runs.page_max, runs.page_size_max, runs.search_limit) == (100, 100, 1000)
