"""Build the documentation: docs/ to HTML with every warning an error, and the quickstart notebook's outputs.

    python -m tools.docs              # docs/_build/html; fails on any Sphinx warning (-W --keep-going)
    python -m tools.docs --notebook   # run examples/quickstart.ipynb in a Jupyter kernel and save its outputs

The notebook is committed executed, so that it shows its cards wherever notebooks are read without being
run; it replays a recorded session, so a fresh run gives the same outputs, and tests/test_notebook.py fails
when they differ.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from copy import deepcopy
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nbclient import NotebookClient
    from nbformat import NotebookNode

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
HTML = DOCS / "_build" / "html"
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
CELL_TIMEOUT = 120  # seconds; a replayed cell takes milliseconds, a kernel's first import about one
WARNING = re.compile(r"\b(WARNING|ERROR|CRITICAL):")


def build(out: Path = HTML) -> tuple[int, list[str], float]:
    """Build docs/ into `out`: exit status, every warning Sphinx printed, seconds taken.

    From scratch every time (-E, and a fresh doctree cache): an incremental build does not repeat the
    warnings of pages it did not rebuild, so it could pass with warnings still in the sources.
    """
    began = time.monotonic()
    doctrees = out.parent / ".doctrees"
    command = [
        sys.executable, "-m", "sphinx", "-b", "html", "-E", "-q", "-W", "--keep-going",
        "-d", str(doctrees), str(DOCS), str(out),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    warnings = [line for line in (result.stdout + result.stderr).splitlines() if WARNING.search(line)]
    return result.returncode, warnings, time.monotonic() - began


# -- the types' pages: one per operation group of generated/skyvern_generated/operations.py ----------------

TYPE_PAGES = DOCS / "api" / "types"  # written by every build (docs/conf.py), not committed
ALIASES = ("GetRunResponse", "JsonObject", "StringMap")  # documented by hand in docs/api/types.rst
# a group with more types than this is split by what its types are (the workflows' blocks, parameters, ...)
PAGE_TYPES = 40
KINDS = (("YAML", "definitions as sent (YAML)"), ("Block", "blocks"), ("Parameter", "parameters"))


def type_groups() -> dict[str, list[str]]:
    """Every public type of skyvern_sync.types, by the page it is documented on (`runs`, `workflows-blocks`).

    A type belongs to the first operation group (in the facade's order) whose methods take or return it,
    directly or through a field, or whose generated endpoints send or parse it; the rest (error bodies) to
    `errors`.
    """
    import importlib.util
    import inspect

    from skyvern_generated.operations import OPERATIONS

    from skyvern_sync import types
    from skyvern_sync._model import is_model
    from skyvern_sync.skyvern import api_methods

    public = set(types.__all__) - set(ALIASES)
    word = re.compile(r"[A-Za-z_]\w*")

    def named(text: str) -> set[str]:
        return {name for name in word.findall(text) if name in public or name in ALIASES}

    def referenced(name: str) -> set[str]:
        value = getattr(types, name)
        if isinstance(value, type):
            return (
                named(" ".join(map(str, vars(value).get("__annotations__", {}).values()))) if is_model(value) else set()
            )
        return named(repr(value))  # an alias: its members

    placed: dict[str, str] = {}
    order: list[str] = []  # the groups, in the facade's order of its methods
    for method, function in api_methods().items():
        operation = OPERATIONS.get(method)
        group = operation.group if operation else "runs"  # wait_for_run(s): polling get_run
        order += [group] if group not in order else []
        signature = inspect.signature(function)
        text = " ".join(str(p.annotation) for p in signature.parameters.values()) + str(signature.return_annotation)
        if operation is not None:
            spec = importlib.util.find_spec(f"skyvern_generated.api.{operation.group}.{operation.name}")
            assert spec is not None and spec.origin is not None
            text += Path(spec.origin).read_text(encoding="utf-8")
        todo, seen = list(named(text)), set()
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(referenced(name))
        for name in sorted(seen & public):
            placed.setdefault(name, group)
    pages: dict[str, list[str]] = {}
    for name in types.__all__:
        if name in public:
            pages.setdefault(placed.get(name, "errors"), []).append(name)
    for group, names in list(pages.items()):
        if len(names) > PAGE_TYPES:
            for suffix, _ in KINDS:
                kind = [name for name in pages[group] if suffix in name]
                pages[f"{group}-{suffix.lower()}"] = kind
                pages[group] = [name for name in pages[group] if name not in kind]
    order.append("errors")
    kinds = ["", *(suffix.lower() for suffix, _ in KINDS)]

    def position(page: str) -> tuple[int, int]:
        group, _, kind = page.partition("-")
        return order.index(group), kinds.index(kind)

    return {page: pages[page] for page in sorted(pages, key=position) if pages[page]}


def page_title(page: str) -> str:
    group, _, kind = page.partition("-")
    title = {"errors": "Errors the server answers with"}.get(group, group.replace("_", " ").capitalize())
    return f"{title}: {dict((s.lower(), t) for s, t in KINDS)[kind]}" if kind else title


def write_type_pages(folder: Path = TYPE_PAGES) -> list[str]:
    """The types' pages as reStructuredText in `folder`; their names, in the order docs/api/types.rst lists them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for page, names in type_groups().items():
        title = page_title(page)
        lines = [title, "=" * len(title), "", ".. currentmodule:: skyvern_sync.types", ""]
        for name in names:
            lines += [f".. autoclass:: {name}", "   :members:", "   :undoc-members:", "   :show-inheritance:", ""]
        text = "\n".join(lines)
        path = folder / f"{page}.rst"
        if not path.exists() or path.read_text(encoding="utf-8") != text:  # untouched: Sphinx keeps its cache
            path.write_text(text, encoding="utf-8")
        written.append(page)
    for stale in set(path.stem for path in folder.glob("*.rst")) - set(written):
        (folder / f"{stale}.rst").unlink()
    return written


def notebook_client(notebook: NotebookNode, cwd: Path = NOTEBOOK.parent) -> NotebookClient:
    """An nbclient runner for the notebook as Jupyter runs it: the python3 kernel, in the notebook's folder
    (or `cwd`: its first cell finds the recorded session from wherever it runs in the checkout)."""
    from nbclient import NotebookClient

    return NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        record_timing=False,  # timestamps would make every run a diff
        resources={"metadata": {"path": str(cwd)}},
    )


def read_notebook(path: Path = NOTEBOOK) -> NotebookNode:
    import nbformat

    # nbformat's read and write carry no annotations
    notebook: NotebookNode = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    return notebook


def execute_notebook(path: Path = NOTEBOOK) -> NotebookNode:
    """The notebook at `path`, run from a fresh kernel; the metadata stays as committed (nbclient would record
    this machine's Python version in it)."""
    notebook = read_notebook(path)
    metadata = deepcopy(notebook.metadata)
    notebook_client(notebook).execute()
    notebook.metadata = metadata
    return notebook


def write_notebook(path: Path = NOTEBOOK) -> None:
    import nbformat

    notebook = execute_notebook(path)
    nbformat.validate(notebook)
    nbformat.write(notebook, path)  # type: ignore[no-untyped-call]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.docs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--notebook", action="store_true", help="re-run examples/quickstart.ipynb and save it")
    args = parser.parse_args(argv)
    if args.notebook:
        write_notebook()
        print(f"ran and saved {NOTEBOOK.relative_to(ROOT)}")
        return 0
    status, warnings, seconds = build()
    for line in warnings:
        print(line)
    print(f"built {HTML.relative_to(ROOT)} in {seconds:.1f} s: {len(warnings)} warnings (exit {status})")
    return 1 if status or warnings else 0


if __name__ == "__main__":
    raise SystemExit(main())
