"""One command from an upstream Skyvern OpenAPI document to openapi.yaml and generated/.

    python -m tools.regen                      # from the upstream named in tools/overrides.yaml
    python -m tools.regen --upstream URL|PATH  # from another document (a newer server's /openapi.json)
    python -m tools.regen --upstream NEW --since OLD --report-only   # only print what changed
    python -m tools.regen --check              # CI: fail if openapi.yaml or generated/ is stale

It prints a change report of the covered surface against `--since` (default: the openapi.yaml in
the repository), writes openapi.yaml, and regenerates generated/skyvern_generated with the pinned
openapi-python-client and tools/templates. A second run changes no byte.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from tools import changes, spec

if TYPE_CHECKING:
    from collections.abc import Mapping

    import jinja2

ROOT = spec.ROOT
TOOLS = ROOT / "tools"
OPENAPI = ROOT / "openapi.yaml"
PACKAGE = "skyvern_generated"
GENERATED = ROOT / "generated" / PACKAGE
GENERATOR_VERSION = "0.29.1"  # keep equal to the pin in pyproject.toml's dev extra


def render_operations(openapi_text: str) -> str:
    """generated/skyvern_generated/operations.py: the operation table of overrides.yaml, with method and path."""
    served = changes.operations(yaml.safe_load(openapi_text))
    rows = []
    for name, entry in spec.operation_table(spec.load_overrides()).items():
        method, path, op = served[name]
        _check_idempotency_key(name, entry["idempotency_key"], op)
        rows.append(
            {
                **entry,
                "name": name,
                "method": method,
                "path": path,
                "wire_names": repr(entry["wire_names"]),
                "paging": _paging(name, op, entry["paging"]),
            }
        )
    return _templates().get_template("operations.py.jinja").render(operations=rows)


def _paging(name: str, op: Mapping[str, Any], declared: Mapping[str, Any]) -> str:
    """The `Paging(...)` of a list operation (None for the rest): its page parameters' defaults and maxima as
    the document gives them, and what overrides.yaml adds."""
    query = {str(p["name"]): p.get("schema", {}) for p in op.get("parameters", []) if p.get("in") == "query"}
    if "page" not in query or "page_size" not in query:
        if declared:
            raise SystemExit(f"overrides.yaml: {name} has paging but no page/page_size query parameters")
        return "None"
    page, size = query["page"], query["page_size"]
    return (
        f"Paging(page_max={page.get('maximum')!r}, page_size_default={size.get('default')!r}, "
        f"page_size_max={size.get('maximum')!r}, search_limit={declared.get('search_limit')!r}, "
        f"search_parameters={tuple(declared.get('search_parameters', ()))!r}, "
        f"items={declared.get('items')!r}, total={declared.get('total')!r})"
    )


def _check_idempotency_key(name: str, declared: str | None, operation: Mapping[str, Any]) -> None:
    """A row's `idempotency_key` is a header its operation takes, and an operation taking one declares it: a key
    the server does not read would let the transport resend a create that is not safe to resend."""
    parameters = operation.get("parameters")
    headers = {
        str(p["name"]).lower(): str(p["name"])
        for p in (parameters if isinstance(parameters, list) else [])
        if p.get("in") == "header"
    }
    if declared is not None and declared.lower() not in headers:
        raise SystemExit(f"operation {name}: idempotency_key {declared!r} is not a header the operation takes")
    if declared is None and "idempotency-key" in headers:
        raise SystemExit(f"operation {name} takes an Idempotency-Key header: declare it (idempotency_key:)")


def render_secret_fields() -> str:
    """generated/skyvern_generated/secret_fields.py: overrides.yaml's `secret_fields`, as Python literals."""
    declared = spec.load_overrides()["secret_fields"]
    return (
        _templates()
        .get_template("secret_fields.py.jinja")
        .render(
            names=repr(declared["names"]),
            suffixes=repr(declared["suffixes"]),
            totp_markers=repr(tuple(declared["totp"]["markers"])),
            totp_names=repr(declared["totp"]["names"]),
            cassette_only=repr(declared.get("cassette_only", {})),
        )
    )


def _templates() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(  # noqa: S701 (renders Python source, not HTML)
        loader=jinja2.FileSystemLoader(TOOLS / "templates"),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def generate(openapi_text: str, destination: Path) -> None:
    """Run openapi-python-client on `openapi_text`, leaving the package in `destination`."""
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise SystemExit(
            f"openapi-python-client {installed} is installed; generated/ is made with {GENERATOR_VERSION} "
            "(pip install -e '.[dev]')"
        )
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / "openapi.yaml"
        spec_path.write_text(openapi_text, encoding="utf-8")
        out = Path(tmp) / PACKAGE
        # the generator's post hooks call `ruff`: use the one installed beside this interpreter
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        command = [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(spec_path),
            "--config", str(TOOLS / "generator.yaml"),
            "--custom-template-path", str(TOOLS / "templates"),
            "--meta", "none",
            "--output-path", str(out),
        ]  # fmt: skip
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        problems = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        problems = [line for line in problems if not line.startswith("Generating ")]
        if result.returncode != 0 or problems:
            # a warning means a schema or an operation was dropped: never accept that silently
            raise SystemExit("openapi-python-client reported problems:\n" + "\n".join(problems))
        (out / "py.typed").write_text("", encoding="utf-8")
        (out / "operations.py").write_text(render_operations(openapi_text), encoding="utf-8")
        (out / "secret_fields.py").write_text(render_secret_fields(), encoding="utf-8")
        rendered = [str(out / "operations.py"), str(out / "secret_fields.py")]
        subprocess.run(  # the same formatting the generator's post hooks give its own files
            [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache", "--quiet", *rendered],
            check=True,
            env=env,
        )
        if destination.exists():
            shutil.rmtree(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(out, destination, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))


def _files(tree: Path) -> dict[str, bytes]:
    if not tree.exists():
        return {}
    return {
        path.relative_to(tree).as_posix(): path.read_bytes()
        for path in sorted(tree.rglob("*"))
        if path.is_file() and not {"__pycache__", ".ruff_cache"} & set(path.parts)
    }


def _differences(left: Path, right: Path) -> list[str]:
    """Relative paths whose bytes differ between two trees, or that only one of them has."""
    a, b = _files(left), _files(right)
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.regen", description=__doc__.split("\n\n")[0])
    overrides = spec.load_overrides()
    default_upstream = str((TOOLS / overrides["upstream"]).resolve())
    parser.add_argument("--upstream", default=default_upstream, help="upstream OpenAPI document: path or URL")
    parser.add_argument("--since", help="older upstream document to report changes against (default: openapi.yaml)")
    parser.add_argument("--report-only", action="store_true", help="print the change report, write nothing")
    parser.add_argument("--check", action="store_true", help="fail if openapi.yaml or generated/ is not fresh")
    args = parser.parse_args(argv)

    derived, warnings = spec.derive(spec.load_document(args.upstream), overrides)
    for warning in warnings:
        print(f"note: {warning}", file=sys.stderr)
    text = spec.dump(derived)

    if args.since:
        baseline, _ = spec.derive(spec.load_document(args.since), overrides, absent_ok=True)
        label = args.since
    elif OPENAPI.exists():
        baseline = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
        label = "openapi.yaml"
    else:
        baseline, label = {}, "nothing"
    lines = changes.report(baseline, derived)
    print(f"changes from {label} to {args.upstream}: {len(lines) or 'none'}")
    for line in lines:
        print(f"  {line}")
    from skyvern_sync import Skyvern  # the facade the report measures the document against

    facade = changes.facade_report(baseline, derived, Skyvern, spec.operation_table(overrides))
    print(f"what the facade (skyvern_sync.Skyvern) should look at: {len(facade) or 'nothing'}")
    for line in facade:
        print(f"  {line}")
    if args.report_only:
        return 0

    if args.check:
        stale = []
        if not OPENAPI.exists() or OPENAPI.read_text(encoding="utf-8") != text:
            stale.append("openapi.yaml")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / PACKAGE
            generate(text, fresh)
            stale += [f"generated/{PACKAGE}/{name}" for name in _differences(fresh, GENERATED)]
        if stale:
            print("stale: run `python -m tools.regen` and commit the result:", *stale, sep="\n  ")
            return 1
        print("openapi.yaml and generated/ match a fresh generation")
        return 0

    OPENAPI.write_text(text, encoding="utf-8")
    generate(text, GENERATED)
    print(f"wrote openapi.yaml and generated/{PACKAGE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
