"""Sphinx configuration: the API reference from the docstrings (autodoc, napoleon) and Markdown pages (MyST).

`python -m tools.docs` builds it and fails on any warning.
"""

from __future__ import annotations

import builtins
import importlib
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the checkout's own code, whatever else is installed: the reference documents this tree
sys.path[:0] = [str(ROOT), str(ROOT / "generated")]

from skyvern_sync import __version__  # noqa: E402 (needs the path above)

project = "skyvern-sync"
author = "skyvern-sync"
release = version = __version__
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon", "myst_parser"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
root_doc = "index"
# the docstrings write code as `name`, as Markdown does: show it as code
default_role = "literal"

# Google-style docstrings (Args:, Raises:, Returns:, Attributes:); nothing of numpy's
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # Attributes: as fields of their class, not as a second entry for each attribute
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_class_signature = "separated"
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True, "show-inheritance": True}

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

html_theme = "alabaster"
# wide: the migration page sets the reference and its twin side by side
html_theme_options = {"page_width": "96%", "body_max_width": "none", "sidebar_width": "220px"}
html_static_path = ["_static"]
html_css_files = ["skyvern.css"]
html_title = f"skyvern-sync {release}"

# -- the generated models' docstrings --------------------------------------------------------------------
# Their text is the server's OpenAPI descriptions: plain text (Markdown at most), not reStructuredText. Read
# as RST, a `*`, a word ending in `_` or an indented list is markup, or an error. Each paragraph is kept as
# flowing text with RST's markup characters escaped; one that has a list or indented lines keeps its lines.

INLINE_CODE = re.compile(r"`([^`\n]+)`")
MARKUP = re.compile(r"[\\*|`]|_(?!\w)")
LIST_ITEM = re.compile(r"\s*([-*+]|\d+[.)])\s")


def _escape(text: str) -> str:
    """Plain text as RST that shows exactly that text; `code` stays code."""
    out: list[str] = []
    end = 0
    for match in INLINE_CODE.finditer(text):
        out.append(MARKUP.sub(lambda m: "\\" + m.group(0), text[end : match.start()]))
        code = match.group(1)
        if code != code.strip():  # inline literals cannot start or end with a space
            out.append(MARKUP.sub(lambda m: "\\" + m.group(0), match.group(0)))
        else:
            # `\ ` (an escaped space) lets a literal touch a letter, as in `Model`s
            before = "\\ " if match.start() and text[match.start() - 1].isalnum() else ""
            after = "\\ " if match.end() < len(text) and text[match.end()].isalnum() else ""
            out.append(f"{before}``{code}``{after}")
        end = match.end()
    out.append(MARKUP.sub(lambda m: "\\" + m.group(0), text[end:]))
    return "".join(out)


def plain_text_as_rst(lines: list[str]) -> list[str]:
    rst: list[str] = []
    for block in re.split(r"\n\s*\n", "\n".join(lines).strip("\n")):
        rows = textwrap.dedent(block).split("\n")
        if any(LIST_ITEM.match(row) or row[:1].isspace() for row in rows):
            rst += [f"| {_escape(row)}" if row.strip() else "|" for row in rows]  # a line block: lines kept
        else:
            rst += [_escape(row) for row in rows]
        rst.append("")
    return rst


def _generated(name: str) -> bool:
    """Whether what autodoc documents as `name` (`skyvern_sync.types.Workflow.title`) is the generated layer's."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        owner: Any = value
        for part in parts[cut:]:
            value = getattr(value, part, None)
            if isinstance(value, type):
                owner = value
        return str(getattr(owner, "__module__", owner.__name__)).startswith("skyvern_generated")
    return False


def _docstring(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    if lines and _generated(name):
        lines[:] = plain_text_as_rst(lines)


# -- Python's own names in signatures ------------------------------------------------------------------
# `type` in `-> type[ApiError]` is Python's. Without a link target for it (no intersphinx: the docs build
# offline), the reference would find whatever documented attribute is called `type` (four models have
# one), link there, and warn of the ambiguity. Python's names are shown as text instead.

BUILTINS = frozenset(name for name in dir(builtins) if isinstance(getattr(builtins, name), type))


def _builtins_as_text() -> type:
    from sphinx.addnodes import pending_xref
    from sphinx.transforms.post_transforms import SphinxPostTransform

    class BuiltinsAsText(SphinxPostTransform):
        default_priority = 5  # before references are resolved (10)

        def run(self, **kwargs: Any) -> None:
            for node in list(self.document.findall(pending_xref)):
                if node.get("refdomain") == "py" and node.get("reftarget") in BUILTINS:
                    node.replace_self(node.children)

    return BuiltinsAsText


def _type_pages(app: Any) -> None:
    from tools.docs import write_type_pages

    write_type_pages(Path(app.srcdir) / "api" / "types")


def setup(app: Any) -> None:
    # the types, a page per operation group (docs/api/types.rst lists them), written before sources are read
    app.connect("builder-inited", _type_pages)
    app.connect("autodoc-process-docstring", _docstring, priority=400)  # before napoleon (500) reads them
    app.add_post_transform(_builtins_as_text())
