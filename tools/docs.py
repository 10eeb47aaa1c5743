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
