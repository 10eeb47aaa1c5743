"""The one call path every operation takes (`ClientCore._call`), and the base of a sub-client (`SyncResource`)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from importlib import import_module
from types import FunctionType, ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from skyvern_sync.errors import ResponseValidationError
from skyvern_sync.pagination import Page
from skyvern_sync.polling import Fetch, OnProgress, Waiter, check_on_progress
from skyvern_sync.validation import check_bool, check_seconds

if TYPE_CHECKING:
    from skyvern_sync.options import RequestOptions
    from skyvern_sync.transport import Transport
    from skyvern_sync.types import GetRunResponse

Run = TypeVar("Run")


@functools.cache
def endpoint(operation: str) -> ModuleType:
    """The generated endpoint module of an operation, found through the operation table, loaded on first use."""
    from skyvern_generated.operations import OPERATIONS

    return import_module(f"skyvern_generated.api.{OPERATIONS[operation].group}.{operation}")


class ClientCore:
    """What every operation group's methods stand on: the transport, the waiter, and `_call`."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _readable_signatures(cls)

    _transport: Transport
    waiter: Waiter
    """Polls runs for `wait_for_run`, `wait_for_runs` and `wait_for_completion=True`; `waiter.clock` is the clock
    it reads and sleeps on (replace it with a virtual one to replay or simulate waits)."""

    def _call(
        self,
        operation: str,
        request_options: RequestOptions | Mapping[str, Any] | None,
        /,
        *path: Any,
        wait_for_completion: object = False,
        timeout: object = None,
        on_progress: OnProgress | None = None,
        **params: Any,
    ) -> Any:
        """Send one operation of the table: `path` and `params` as its generated endpoint takes them.

        An operation of kind `start` takes `wait_for_completion` and `timeout`, checked before anything is sent;
        when waiting was asked for, the finished run is returned, typed as the started one.
        """
        from skyvern_generated.operations import OPERATIONS

        seconds = None
        table_row = OPERATIONS[operation]
        if table_row.idempotency_key is not None:
            _with_idempotency_key(table_row.idempotency_key, params)
        if table_row.kind == "start" and check_bool("wait_for_completion", wait_for_completion, optional=False):
            seconds = check_seconds("timeout", timeout)
            check_on_progress(on_progress)
        answer = endpoint(operation).sync(*path, client=self._transport.bind(request_options), **params)
        if OPERATIONS[operation].paging is not None:
            return self._paged(operation, request_options, path, params, answer)
        if seconds is None:
            return answer
        finished = self.waiter.wait_for_run(
            self._poller(request_options), answer.run_id, timeout=seconds, on_progress=on_progress
        )
        return _as_run(finished, type(answer))

    def _paged(
        self,
        operation: str,
        request_options: RequestOptions | Mapping[str, Any] | None,
        path: tuple[Any, ...],
        params: dict[str, Any],
        answer: Any,
    ) -> Any:
        """A list operation's answer with its page made a `Page` that knows how to fetch the next one (the same
        call with `page` + 1), or why there is none."""
        from skyvern_generated.operations import OPERATIONS

        paging = OPERATIONS[operation].paging
        assert paging is not None
        items = answer if paging.items is None else getattr(answer, paging.items)
        number = params.get("page") or 1
        size = params.get("page_size") or paging.page_size_default
        seen = number * size
        searched = [name for name in paging.search_parameters if params.get(name) not in (None, "", [], ())]
        next_page: Callable[[], Page[Any]] | None = None
        limit = None
        if len(items) < size or (paging.total is not None and seen >= getattr(answer, paging.total)):
            pass  # the last page
        elif paging.page_max is not None and number >= paging.page_max:
            limit = f"{operation}: the server serves at most {paging.page_max} pages; stopped after {seen} items"
        elif paging.search_limit is not None and searched and seen >= paging.search_limit:
            limit = (
                f"{operation}: the server pages through the first {paging.search_limit} matches of a listing "
                f"filtered by {', '.join(searched)}; stopped there: narrow the filter to see the rest"
            )
        else:

            def next_page() -> Page[Any]:
                following = self._call(operation, request_options, *path, **{**params, "page": number + 1})
                return following if paging.items is None else getattr(following, paging.items)  # type: ignore[no-any-return]

        page = Page(items, next_page, limit)
        if paging.items is None:
            return page
        setattr(answer, paging.items, page)
        return answer

    def _poller(self, request_options: RequestOptions | Mapping[str, Any] | None) -> Fetch[GetRunResponse]:
        """One poll of a wait: get_run, given no more than the time the wait has left."""

        def poll(run_id: str, remaining: float) -> tuple[GetRunResponse, Mapping[str, str]]:
            response = endpoint("get_run").sync_detailed(
                run_id, client=self._transport.bind(request_options, cap=remaining)
            )
            return response.parsed, response.headers

        return poll


class SyncResource:
    """A group of operations reached through the client, `client.<group>.<method>(...)`: it holds the client and
    sends through the client's one call path (as openai-python's SyncAPIResource does)."""

    def __init__(self, client: ClientCore) -> None:
        self._client = client

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _readable_signatures(cls)

    def _call(
        self, operation: str, request_options: RequestOptions | Mapping[str, Any] | None, /, *path: Any, **params: Any
    ) -> Any:
        return self._client._call(operation, request_options, *path, **params)


Resource = TypeVar("Resource", bound=SyncResource)


class SubClient(Generic[Resource]):
    """A sub-client attribute of `Skyvern` (`client.schedules`): on the client, the group bound to it, made on
    first use; on the class (`Skyvern.schedules`), the group's class, so `Skyvern.schedules.get` is the function
    that help(), the docs and tools.regen's report read."""

    def __init__(self, resource: type[Resource]) -> None:
        self.resource = resource

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, client: None, owner: type) -> type[Resource]: ...
    @overload
    def __get__(self, client: ClientCore, owner: type) -> Resource: ...
    def __get__(self, client: ClientCore | None, owner: type) -> type[Resource] | Resource:
        if client is None:
            return self.resource
        # stateless, so two threads making one each at once is harmless; later lookups find the instance's own
        bound = self.resource(client)
        client.__dict__[self.name] = bound
        return bound


def _with_idempotency_key(header: str, params: dict[str, Any]) -> None:
    """The call's idempotency key: the caller's, or a fresh one; every attempt of the call sends the same one."""
    name = header.lower().replace("-", "_")  # the generated endpoint's parameter for the header
    if params.get(name) is None:
        import uuid

        params[name] = uuid.uuid4().hex


def _as_run(run: Any, expect: type[Run]) -> Run:
    """The run a waiting start returns, typed as the call promises."""
    if isinstance(run, expect):
        return run
    # a run type this client does not know parses as UnrecognizedRunResponse; it may still fit `expect`
    try:
        return expect.from_dict(run.to_dict())  # type: ignore[attr-defined, no-any-return]
    except ValueError as problem:
        raise ResponseValidationError(
            200,
            None,
            None,
            problem=f"expected a {expect.__name__}, got run_type {getattr(run, 'run_type', None)!r}: {problem}",
            method="GET",
            path=f"/v1/runs/{run.run_id}",
            run_id=run.run_id,
        ) from None


def _readable_signatures(cls: type) -> None:
    """Give the public methods of `cls` the signatures help() shows readably, when `inspect` is already loaded.

    `from __future__ import annotations` leaves every annotation a string, which help() would quote, all on one
    line (run_task's signature alone read 836 characters). Building the signatures needs `inspect` (ast, dis,
    tokenize: a tenth of what importing requests costs) and 10 ms of work, too much for every script and command
    line that never asks for help. Whatever asks for help has loaded `inspect` before importing us: the
    interactive interpreter (rlcompleter), IPython and Jupyter, `python -m pydoc`, pytest. Elsewhere the methods
    keep Python's own signatures, correct and only less pretty.
    """
    if "inspect" not in sys.modules:
        return
    from skyvern_sync.resources._signatures import readable

    for name, function in vars(cls).items():
        if isinstance(function, FunctionType) and not name.startswith("_"):
            readable(function)
