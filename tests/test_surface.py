"""The client's surface against the SDK reference it mirrors: method signatures and import paths.

Everything expected here is parsed from ../shared/reference/sdk-complete-reference.mdx, so a
method, parameter or import the reference adds or changes fails this test until the client follows.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from functools import cache
from typing import Any

import pytest

import skyvern_sync
from skyvern_sync import Skyvern, SkyvernEnvironment
from skyvern_sync.resources._base import SubClient
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.schemas.runs import RunEngine
from skyvern_sync.skyvern import api_methods
from tests._recorded import REFERENCE, SURFACE, openapi
from tools import changes

pytestmark = pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside the project")

NO_DEFAULT: Any = inspect.Parameter.empty
# a parameter the reference names only in a comment (login's secret sources): no default documented
UNDOCUMENTED: Any = object()
# names the reference's defaults are written with
DEFAULT_NAMES = {"RunEngine": RunEngine, "CLOUD": SkyvernEnvironment.CLOUD, "CredentialType": CredentialType}

Signature = list[tuple[str, Any]]


def _reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def _code_and_comment(line: str) -> tuple[str, str]:
    # no string in the reference's signatures holds a '#'
    code, _, comment = line.partition("#")
    return code, comment


def _call_text(lines: list[str], start: int, opening: int) -> tuple[str, list[str]]:
    """The code from `client.name(` to its closing paren (and a `-> ...` after it), and comment-only lines."""
    code_parts: list[str] = []
    comments: list[str] = []
    depth = 0
    for index in range(start, len(lines)):
        code, comment = _code_and_comment(lines[index][opening if index == start else 0 :])
        if not code.strip() and comment:
            comments.append(comment.strip())
        code_parts.append(code)
        depth += code.count("(") - code.count(")")
        if depth == 0:
            return "\n".join(code_parts), comments
    raise AssertionError(f"unbalanced call at reference line {start + 1}")


def _evaluate(node: ast.expr) -> Any:
    return eval(compile(ast.Expression(node), "<reference>", "eval"), {"__builtins__": {}}, dict(DEFAULT_NAMES))


def _parse_signature(name: str, text: str, comments: list[str]) -> Signature:
    call = text.strip().removeprefix(f"client.{name}")
    try:
        # a usage example (`client.upload_file(file=f)`) is valid Python: its keywords are the parameters
        expression = ast.parse(f"_{call}", mode="eval").body
    except SyntaxError:
        # a signature (`client.get_run(run_id: str) -> X`) is not; as a `def` it is
        definition = ast.parse(f"def {name}{call}:\n    pass\n").body[0]
        assert isinstance(definition, ast.FunctionDef)
        arguments = definition.args
        assert not (arguments.posonlyargs or arguments.kwonlyargs or arguments.vararg or arguments.kwarg), name
        defaults = [NO_DEFAULT] * (len(arguments.args) - len(arguments.defaults)) + [
            _evaluate(default) for default in arguments.defaults
        ]
        params = [(arg.arg, default) for arg, default in zip(arguments.args, defaults, strict=True)]
    else:
        assert isinstance(expression, ast.Call) and not expression.args, name
        params = [(str(keyword.arg), NO_DEFAULT) for keyword in expression.keywords]
    # `# Bitwarden: bitwarden_collection_id, bitwarden_item_id` inside the parentheses
    for comment in comments:
        _label, colon, names = comment.partition(":")
        if colon and re.fullmatch(r"\s*\w+(\s*,\s*\w+)*\s*", names):
            params += [(item.strip(), UNDOCUMENTED) for item in names.split(",")]
    return params


def reference_methods() -> dict[str, Signature]:
    """Every `### \\`name\\`` section's signature, from the first `client.name(` in that section."""
    lines = _reference_text().splitlines()
    methods: dict[str, Signature] = {}
    current: str | None = None
    for index, line in enumerate(lines):
        heading = re.match(r"^###\s+`(\w+)`\s*$", line)
        if heading:
            current = heading.group(1)
            continue
        if line.startswith("#"):
            current = None  # any other heading ends the method's section
            continue
        if current and current not in methods and f"client.{current}(" in line:
            text, comments = _call_text(lines, index, line.index(f"client.{current}("))
            methods[current] = _parse_signature(current, text, comments)
    return methods


def reference_constructor() -> Signature:
    text = _reference_text()
    block = re.search(r"\*\*Constructor:\*\*\s*```python\n(Skyvern\(.*?\n\))\n```", text, re.DOTALL)
    assert block, "the reference's constructor block moved"
    lines = block.group(1).splitlines()
    call, comments = _call_text(lines, 0, len("Skyvern"))
    return _parse_signature("__init__", "client.__init__" + call, comments)


def client_signature(function: Any) -> list[inspect.Parameter]:
    return list(inspect.signature(function).parameters.values())[1:]  # without self


def same_default(ours: Any, theirs: Any) -> bool:
    if theirs is UNDOCUMENTED:
        return ours is not NO_DEFAULT  # optional, as everything named only in a comment is
    if isinstance(ours, float) or isinstance(theirs, float):
        # `timeout: float = 1800` and 1800.0: the same number of seconds
        return {type(ours), type(theirs)} <= {int, float} and ours == theirs
    return type(ours) is type(theirs) and ours == theirs


# Required in the reference, optional here only because the official sync client names it otherwise (`agent_id`,
# keyword-only): a call with neither is refused before sending (tests/test_official_surface.py checks that).
REQUIRED_UNDER_EITHER_NAME = {("run_workflow", "workflow_id")}


def assert_matches(where: str, ours: list[inspect.Parameter], theirs: Signature) -> None:
    assert [p.name for p in ours] == [name for name, _ in theirs], f"{where}: parameter names or order"
    for parameter, (_, default) in zip(ours, theirs, strict=True):
        assert parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, f"{where}({parameter.name}): kind"
        if (where, parameter.name) in REQUIRED_UNDER_EITHER_NAME and default is NO_DEFAULT:
            assert parameter.default is None, f"{where}({parameter.name}): optional only for the official name"
            continue
        assert same_default(parameter.default, default), (
            f"{where}({parameter.name}): default {parameter.default!r}, the reference says {default!r}"
        )


def test_the_reference_parses_into_every_method_it_documents() -> None:
    methods = reference_methods()
    # a parser that silently found nothing would make the comparisons below pass vacuously
    assert set(methods) <= set(SURFACE) and len(methods) == 30  # the reference's 30 of the 91
    assert methods["get_run"] == [("run_id", NO_DEFAULT)]
    assert methods["get_browser_sessions"] == []
    assert methods["upload_file"] == [("file", NO_DEFAULT)]
    assert methods["run_task"][:3] == [("prompt", NO_DEFAULT), ("url", None), ("engine", RunEngine.skyvern_v2)]
    assert methods["login"][-1] == ("azure_vault_totp_secret_key", UNDOCUMENTED)
    assert methods["create_browser_session"][0] == ("timeout", 60)


@pytest.mark.parametrize("name", sorted(reference_methods()) if REFERENCE.exists() else [])
def test_each_method_has_the_references_signature_plus_request_options(name: str) -> None:
    method = getattr(Skyvern, name, None)
    assert callable(method), f"Skyvern has no method {name!r} (the reference documents it)"
    parameters = client_signature(method)
    # what the client adds beyond the reference: keyword-only, after everything the reference has
    added = [p for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert parameters[len(parameters) - len(added) :] == added, f"{name}: an added parameter must come last"
    # the progress hook, fields the server takes that the reference does not name, the official client's names
    allowed = {"on_progress", *request_fields(name), *OFFICIAL_NAMES.get(name, ()), *ADDED_WAITS.get(name, ())}
    assert {p.name for p in added} <= allowed, f"{name}: added keyword-only parameters {added}"
    *ours, last = parameters[: len(parameters) - len(added)]
    assert_matches(name, ours, reference_methods()[name])
    assert last.name == "request_options" and last.default is None, f"{name}: request_options must come last"


# parameters of the official sync client that differ from the reference's names for the same thing
# (retry_run_webhook's body is optional, `anyOf [RetryRunWebhookRequest, null]`, so its field is named here)
OFFICIAL_NAMES = {"run_workflow": ("agent_id",), "retry_run_webhook": ("request", "webhook_url")}
# the wait issue 17 adds where the reference has none (keyword-only, as login's on_progress)
ADDED_WAITS = {"download_files": ("wait_for_completion", "timeout")}


@cache
def request_fields(operation: str) -> frozenset[str]:
    """What a request of the operation can carry (body fields, query and header parameters), as Python names."""
    document = openapi()
    _, _, op = changes.operations(document)[operation]
    return frozenset(wire.lower().replace("-", "_").removeprefix("x_") for wire in changes.request_fields(document, op))


def test_the_waits_take_a_keyword_only_progress_hook() -> None:
    waits = ("run_task", "run_workflow", "login", "wait_for_run", "wait_for_runs")
    for name in waits:
        hook = inspect.signature(getattr(Skyvern, name)).parameters["on_progress"]
        assert hook.kind is inspect.Parameter.KEYWORD_ONLY and hook.default is None, name


def test_the_constructor_has_the_references_signature() -> None:
    parameters = client_signature(Skyvern.__init__)
    # the official sync client's constructor parameters the reference does not name: keyword-only, last
    added = [p for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
    assert [p.name for p in added] == ["headers", "follow_redirects", "httpx_client"]
    assert_matches("Skyvern", parameters[: len(parameters) - len(added)], reference_constructor())


def test_signature_comparison_catches_a_renamed_reordered_or_redefaulted_parameter() -> None:
    def reference(self: object, prompt: str, url: str | None = None) -> None: ...

    expected = [("prompt", NO_DEFAULT), ("url", None)]
    assert_matches("ok", client_signature(reference), expected)

    def renamed(self: object, prompt: str, link: str | None = None) -> None: ...
    def reordered(self: object, url: str | None = None, prompt: str = "") -> None: ...
    def redefaulted(self: object, prompt: str, url: str | None = "") -> None: ...

    for wrong in (renamed, reordered, redefaulted):
        with pytest.raises(AssertionError):
            assert_matches(wrong.__name__, client_signature(wrong), expected)
    assert not same_default("skyvern-2.0", RunEngine.skyvern_v2)  # equal, but not what the reference gives
    assert not same_default(0, False)


def reference_imports() -> list[tuple[str, str]]:
    """(module, name) for every `from skyvern... import ...` in the reference, parenthesised or not."""
    found: list[tuple[str, str]] = []
    pattern = r"^from (skyvern(?:\.\w+)*) import (\([^)]*\)|[^\n]+)"
    for match in re.finditer(pattern, _reference_text(), re.MULTILINE):
        statement = ast.parse(match.group(0)).body[0]
        assert isinstance(statement, ast.ImportFrom)
        found += [(str(statement.module), alias.name) for alias in statement.names]
    return found


def test_the_reference_names_the_imports_it_uses() -> None:
    imports = reference_imports()
    assert ("skyvern.client.errors", "UnprocessableEntityError") in imports  # inside parentheses
    assert ("skyvern.client.core", "RequestOptions") in imports
    assert {module for module, _ in imports} == {
        "skyvern", "skyvern.client", "skyvern.client.core", "skyvern.client.errors", "skyvern.schemas.runs",
        "skyvern.schemas.run_blocks",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("module", "name"),
    [pytest.param(*pair, id=".".join(pair)) for pair in sorted(set(reference_imports()))] if REFERENCE.exists() else [],
)
def test_every_reference_import_works_from_skyvern_sync(module: str, name: str) -> None:
    ours = importlib.import_module("skyvern_sync" + module.removeprefix("skyvern"))
    value = getattr(ours, name)
    # one class however it is imported: `except ApiError` must catch what `skyvern_sync.errors` raises
    owner = importlib.import_module(value.__module__)
    # the enums are the generated ones, so a model's field and the reference's import are one class
    assert owner.__name__.startswith(("skyvern_sync", "skyvern_generated.models"))
    assert getattr(owner, value.__qualname__) is value
    if name in skyvern_sync.__all__:
        assert getattr(skyvern_sync, name) is value


def test_the_package_exports_exactly_all_and_loads_each_on_first_use() -> None:
    assert set(skyvern_sync._EXPORTS) == set(skyvern_sync.__all__) - {"__version__"}
    for name in skyvern_sync._EXPORTS:
        value = getattr(skyvern_sync, name)
        assert importlib.import_module(skyvern_sync._EXPORTS[name]).__dict__[name] is value
    assert set(skyvern_sync.__all__) <= set(dir(skyvern_sync))
    with pytest.raises(AttributeError, match="has no attribute 'Nothing'"):
        _ = skyvern_sync.Nothing


SUBCLIENTS = sorted(name for name in dir(Skyvern) if isinstance(inspect.getattr_static(Skyvern, name), SubClient))
# a sub-client is no method; its methods are (`schedules.get`)
PUBLIC_METHODS = sorted(
    ({name for name in dir(Skyvern) if not name.startswith("_") and callable(getattr(Skyvern, name))} - set(SUBCLIENTS))
    | set(api_methods())
)


def test_the_sub_clients_are_the_official_clients() -> None:
    assert SUBCLIENTS == ["agents", "artifacts", "schedules", "scripts"]


@pytest.mark.parametrize("name", PUBLIC_METHODS)
def test_every_public_method_documents_each_parameter_what_it_returns_and_raises(name: str) -> None:
    method = api_methods()[name] if "." in name else getattr(Skyvern, name)
    doc = inspect.getdoc(method) or ""
    assert len(doc.splitlines()) >= 1 and doc[0].isupper(), f"{name}: no summary line"
    parameters = [p for p in inspect.signature(method).parameters if p not in ("self", "cls")]
    if parameters:
        assert "Args:" in doc, f"{name}: no Args section"
        args = doc.split("Args:", 1)[1]
        undocumented = [p for p in parameters if not re.search(rf"(^|[\s,]){p}[,:]", args, flags=re.M)]
        assert not undocumented, f"{name} does not document {undocumented}"
    if name in SURFACE and inspect.signature(method).return_annotation not in ("None", None):
        assert "Returns:" in doc or "Raises:" in doc or len(doc.splitlines()) > 3, f"{name}: says nothing of its result"


def test_every_exported_class_and_the_error_tree_are_documented() -> None:
    for name in skyvern_sync.__all__:
        value = getattr(skyvern_sync, name)
        if inspect.isclass(value):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"
    # the error tree: one root catches everything the client raises on purpose
    errors = [getattr(skyvern_sync, n) for n in skyvern_sync.__all__ if n.endswith(("Error", "Timeout"))]
    assert all(issubclass(error, skyvern_sync.SkyvernError) for error in errors)
    assert issubclass(skyvern_sync.RunWaitTimeout, TimeoutError)
    assert issubclass(skyvern_sync.InvalidParameterError, ValueError)
    assert issubclass(skyvern_sync.InvalidParameterTypeError, TypeError)


def test_every_model_and_enum_users_meet_is_documented_and_importable_from_skyvern_sync_types() -> None:
    import skyvern_sync.types as types

    for name in types.__all__:
        value = getattr(types, name)
        if inspect.isclass(value):
            assert (value.__doc__ or "").strip(), f"skyvern_sync.types.{name} has no docstring"
    assert types.GetRunResponse == types.TaskRunResponse | types.WorkflowRunResponse | types.UnrecognizedRunResponse
    assert {"TaskRunResponse", "Workflow", "RunStatus", "JsonObject", "UploadFileResponse"} <= set(types.__all__)
