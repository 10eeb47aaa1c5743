"""The documentation: it builds without a warning, names every public name, and the migration page is true.

docs/migration.md pairs each Python example of the SDK reference (verbatim) with its skyvern_sync twin. An
example that is Python (once wrapped in `async def`) has a twin that must pass `mypy --strict`; a signature
(`client.get_run(run_id: str) -> GetRunResponse`, not Python) has a twin that must be the method's real
signature: its parameters, their types and defaults, and what it returns.
"""

from __future__ import annotations

import ast
import inspect
import re
import subprocess
import sys
import textwrap
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

import skyvern_sync
import skyvern_sync.testing
import skyvern_sync.types
import skyvern_sync.webhooks
from skyvern_sync import RunEngine, Skyvern, SkyvernEnvironment
from tests._recorded import REFERENCE, ROOT
from tools import docs

MIGRATION = ROOT / "docs" / "migration.md"
PAIR = re.compile(
    r":::\{container\} pair\n"
    r"```\{code-block\} python\n:caption: skyvern \(async\)\n\n(?P<original>.*?)```\n\n"
    r"```\{code-block\} python\n:caption: skyvern_sync\n\n(?P<twin>.*?)```\n:::",
    flags=re.S,
)
CALL = re.compile(r"(?:client\.(\w+)|\b(Skyvern))\(")


def pairs() -> list[tuple[str, str]]:
    return [(match["original"], match["twin"]) for match in PAIR.finditer(MIGRATION.read_text(encoding="utf-8"))]


def is_python(block: str) -> bool:
    """Whether a reference example is Python, once in an `async def` (its signatures are not)."""
    try:
        ast.parse("async def example():\n" + textwrap.indent(block, "    "))
    except SyntaxError:
        return False
    return True


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh build's folder; the build must have printed no warning."""
    out = tmp_path_factory.mktemp("docs") / "html"
    status, warnings, seconds = docs.build(out)
    print(f"docs built in {seconds:.1f} s: {len(warnings)} warnings")
    assert (status, warnings) == (0, []), "\n".join(warnings)
    return out


@pytest.fixture(scope="module")
def html(built: Path) -> str:
    """Every page of the build, as one text."""
    return "\n".join(page.read_text(encoding="utf-8") for page in built.rglob("*.html"))


MAX_PAGE = 1_500_000  # bytes: a page a browser opens at once (the types were one page of 3.7 MB)
CODE_COLUMNS = 80  # the index's code shows whole at alabaster's narrowest body, with no scrollbar


def test_every_page_is_of_a_size_to_read_and_the_types_have_a_page_per_operation_group(built: Path) -> None:
    sizes = {str(page.relative_to(built)): page.stat().st_size for page in built.rglob("*.html")}
    assert max(sizes.values()) < MAX_PAGE, sorted(sizes.items(), key=lambda item: item[1])[-3:]
    groups = docs.type_groups()
    assert {f"api/types/{page}.html" for page in groups} <= set(sizes)
    assert {"runs", "workflows", "browser_sessions", "browser_profiles", "credentials", "files"} <= set(groups)
    placed = [name for names in groups.values() for name in names]
    assert sorted(placed) == sorted(set(skyvern_sync.types.__all__) - set(docs.ALIASES))  # each once
    for page, names in groups.items():  # each type is documented on its group's page
        text = (built / "api" / "types" / f"{page}.html").read_text(encoding="utf-8")
        assert all(f'id="skyvern_sync.types.{name}"' in text for name in names), page


def test_the_index_lists_its_pages_and_its_code_fits_without_a_scrollbar(built: Path) -> None:
    index = (built / "index.html").read_text(encoding="utf-8")
    body = index.split('<div class="body"', 1)[1].split('<div class="sphinxsidebar"', 1)[0]
    entries = re.findall(r'<li class="toctree-l\d">', body)
    assert 5 <= len(entries) <= 12, len(entries)  # the pages, not every class and method in them
    source = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    code = [line for block in re.findall(r"```python\n(.*?)```", source, flags=re.S) for line in block.splitlines()]
    assert code and max(map(len, code)) <= CODE_COLUMNS, max(code, key=len)


def documented(html: str) -> set[str]:
    """The full names the reference has an entry for (`skyvern_sync.types.Workflow`)."""
    return set(re.findall(r'<dt class="sig sig-object py" id="([\w.]+)"', html))


@pytest.mark.parametrize(
    ("module", "homes"),
    [
        (skyvern_sync, ("skyvern_sync", "skyvern_sync.errors", "skyvern_sync.types")),
        (skyvern_sync.types, ("skyvern_sync.types",)),
        (skyvern_sync.webhooks, ("skyvern_sync.webhooks", "skyvern_sync.errors")),
        (skyvern_sync.testing, ("skyvern_sync.testing",)),
    ],
    ids=lambda value: getattr(value, "__name__", ""),
)
def test_every_public_name_has_an_entry(html: str, module: Any, homes: tuple[str, ...]) -> None:
    entries = documented(html)
    missing = [name for name in module.__all__ if not any(f"{home}.{name}" in entries for home in homes)]
    assert not missing, f"{module.__name__}: no entry for {missing}"


def test_the_docstrings_are_rendered_as_google_style(html: str) -> None:
    # napoleon turns Args:/Raises: into fields; unrendered, the section headers would show as text
    assert '<dt class="field-odd">Parameters<' in html and "Raises" in html
    assert "Args:" not in re.sub(r"<pre>.*?</pre>", "", html, flags=re.S)


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/reference is not beside the project")
def test_the_migration_page_has_every_reference_example_in_order() -> None:
    reference = re.findall(r"```python\n(.*?)```", REFERENCE.read_text(encoding="utf-8"), flags=re.S)
    page = MIGRATION.read_text(encoding="utf-8")
    assert [original for original, _ in pairs()] == reference
    assert page.count("```{code-block}") == 2 * len(reference)  # nothing outside a pair


def test_no_twin_awaits_or_imports_the_async_sdk() -> None:
    for original, twin in pairs():
        assert not re.search(r"\bawait\b|\basync\b|asyncio\.run|from skyvern\b|import skyvern\b", twin), twin
        if is_python(original):
            ast.parse(twin)


def test_every_example_twin_type_checks(tmp_path: Path) -> None:
    examples = [twin for original, twin in pairs() if is_python(original)]
    assert len(examples) == 12
    # each twin in a function of its own; `client` and a `result` (a run) are what the reference assumes exist
    module = ["from skyvern_sync import Skyvern", "from skyvern_sync.types import GetRunResponse", ""]
    for index, twin in enumerate(examples):
        module.append(f"def example_{index}(client: Skyvern, result: GetRunResponse) -> None:")
        module.append(textwrap.indent(twin, "    "))
    program = tmp_path / "migration_examples.py"
    program.write_text("\n".join(module), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml"), str(program)],
        cwd=ROOT,  # mypy_path = "generated" is relative to the checkout
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def parameters(block: str) -> tuple[str, dict[str, tuple[str, str | None]], str | None]:
    """The method a signature block calls, its `name: annotation = default` entries, and `-> returns`."""
    call = CALL.search(block)
    assert call is not None, block
    depth, end = 1, call.end()
    while depth:  # the call's closing parenthesis, past comments and nested brackets
        if block[end] == "#":
            end = block.index("\n", end)
            continue
        depth += block[end] in "(["
        depth -= block[end] in ")]"
        end += 1
    inside = "\n".join(line.split("#")[0] for line in block[call.end() : end - 1].split("\n"))
    entries: dict[str, tuple[str, str | None]] = {}
    for part in _split(inside):
        name, _, rest = part.partition(":")
        annotation, _, default = rest.partition(" = ")
        entries[name.strip()] = (annotation.strip(), default.strip() or None)
    returns = re.match(r"\s*->\s*([^#\n]+)", block[end:])
    return call[1] or "__init__", entries, returns[1].strip() if returns else None


def _split(text: str) -> list[str]:
    """Top-level comma-separated parts (not the commas inside `dict[str, Any]`)."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "(["
        depth -= char in ")]"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def test_every_signature_twin_is_the_methods_real_signature() -> None:
    signatures = [(original, twin) for original, twin in pairs() if not is_python(original)]
    assert len(signatures) == 30
    values: dict[str, Any] = {"RunEngine": RunEngine, "SkyvernEnvironment": SkyvernEnvironment}
    for original, twin in signatures:
        method, promised, _ = parameters(original)
        twin_method, entries, returns = parameters(twin)
        assert twin_method == method
        real = inspect.signature(getattr(Skyvern, method))
        assert set(promised) <= set(entries), f"{method}: the twin drops {set(promised) - set(entries)}"
        for name, (annotation, default) in entries.items():
            parameter = real.parameters.get(name)
            assert parameter is not None, f"{method} has no parameter {name}"
            assert annotation == parameter.annotation, f"{method}({name}): {annotation} is {parameter.annotation}"
            if default is not None:
                value = eval(default, values)  # a literal or an enum member, as written on the page
                assert value == parameter.default, f"{method}({name}): default {default} is {parameter.default!r}"
                assert not isinstance(parameter.default, Enum) or value is parameter.default
        if method != "__init__":
            assert returns == real.return_annotation, f"{method} returns {real.return_annotation}, not {returns}"


def test_python_m_tools_docs_fails_on_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the command CI and a developer run: a warning is a failure, even when Sphinx itself would exit 0
    monkeypatch.setattr(docs, "build", lambda out=docs.HTML: (0, ["x.rst:1: WARNING: something"], 0.1))
    assert docs.main([]) == 1
    monkeypatch.setattr(docs, "build", lambda out=docs.HTML: (0, [], 0.1))
    assert docs.main([]) == 0
