"""The quickstart: create a workflow, run a task to completion, print what happened.

    python -m skyvern_sync.quickstart          # replays the recorded session (no server, no key)
    python -m skyvern_sync.quickstart --live   # starts the real Skyvern server on this machine, runs live

With SKYVERN_API_KEY set it runs live against SKYVERN_BASE_URL (default: Skyvern Cloud). Without it, it
replays a session recorded from the real server (cassettes/test_quickstart/test_quickstart.yaml, shipped
in the package as skyvern_sync/quickstart_session.yaml) through the same client code, from any directory;
`--live` starts the real open-source server (../shared/realskyvern beside a checkout, loopback only) and
stops it afterwards; where that is absent (an installed wheel, a clone) it is not offered.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from skyvern_sync import Skyvern, SkyvernError

ROOT = Path(__file__).resolve().parent.parent
REALSKYVERN = Path(os.environ.get("SKYVERN_SHARED", ROOT.parent / "shared")) / "realskyvern"
# the recorded session ships inside the package (tools.record refreshes it from the scenario's cassette)
SESSION = "quickstart_session.yaml"
PORTS = ("8780", "8781", "8782")


@contextmanager
def local_server(ports: Sequence[str] = PORTS, realskyvern: Path = REALSKYVERN) -> Iterator[dict[str, str]]:
    """Start the real Skyvern server on loopback (../shared/realskyvern); yields what start.sh prints."""
    start = realskyvern / "start.sh"
    if not start.exists():
        raise SystemExit(f"no local Skyvern server at {realskyvern}: use a running one (its URL and key) instead")
    print(f"starting the real Skyvern server on 127.0.0.1:{ports[0]} (a first start installs it: a few minutes)")
    began = time.monotonic()
    out = subprocess.run([str(start), *ports], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"the local server did not start:\n{out.stdout[-2000:]}\n{out.stderr[-4000:]}")
    values = dict(line.split("=", 1) for line in out.stdout.splitlines() if "=" in line)
    print(f"server up in {time.monotonic() - began:.0f} s at {values['BASE_URL']}", flush=True)
    try:
        yield values
    finally:
        subprocess.run([str(realskyvern / "stop.sh"), ports[0]], capture_output=True, check=False)


def quickstart(client: Skyvern, site: str) -> int:
    workflow = client.create_workflow(
        json_definition={
            "title": "Extract Products",
            "workflow_definition": {
                "parameters": [
                    {"key": "target_url", "parameter_type": "workflow", "workflow_parameter_type": "string"}
                ],
                "blocks": [
                    {"block_type": "extraction", "label": "extract", "url": "{{ target_url }}",
                     "data_extraction_goal": "Extract the product names"}
                ],
            },
        }
    )  # fmt: skip
    print(f"created workflow {workflow.workflow_permanent_id} (version {workflow.version})")
    run = client.run_task(
        prompt=f"Extract the product names from {site}/products", engine="skyvern-1.0", wait_for_completion=True,
        timeout=600,
    )  # fmt: skip
    print(f"run {run.run_id}: {run.status}")
    if run.status == "completed":
        print(f"output: {run.output}")
        return 0
    print(f"failure reason: {run.failure_reason}")
    return 1


def live_server_here(realskyvern: Path = REALSKYVERN) -> bool:
    """Whether `--live` can work here: a checkout with the real server beside it (never an installed wheel)."""
    return (realskyvern / "start.sh").exists()


def can_replay() -> bool:
    """Whether the testing extra (vcrpy) is installed: replaying needs it."""
    try:
        import vcr  # noqa: F401
    except ImportError:
        return False
    return True


def replay() -> int:
    from skyvern_sync.testing import recording

    with resources.as_file(resources.files("skyvern_sync") / SESSION) as path:
        if not path.exists():
            raise SystemExit(f"quickstart: no recorded session at {path}: set SKYVERN_API_KEY to run live")
        with recording(path, record_mode="none") as session:
            base_url = session.remember("base_url", str)
            with session.attach(Skyvern("replayed-without-a-key", base_url=base_url)) as client:
                return quickstart(client, session.remember("site_url", str))


def explained(error: SkyvernError) -> str:
    """One line for a failure of the live quickstart, naming the setting to fix."""
    from skyvern_sync.errors import ApiConnectionError, ForbiddenError, UnauthorizedError

    if isinstance(error, ApiConnectionError):  # ApiTimeoutError too
        setting = "check SKYVERN_BASE_URL (and that the server is up)"
    elif isinstance(error, (ForbiddenError, UnauthorizedError)):
        setting = "check SKYVERN_API_KEY: the server refused it"
    else:
        setting = "the server refused the quickstart's request"
    return f"quickstart: {error}; {setting}"


def main(argv: list[str] | None = None) -> int:
    live_here = live_server_here()
    parser = argparse.ArgumentParser(
        prog="python -m skyvern_sync.quickstart",
        description="Create a workflow, run a task to completion and print it. Without SKYVERN_API_KEY, replays a "
        "session recorded from the real Skyvern server, offline. With it, runs live against SKYVERN_BASE_URL "
        "(default: Skyvern Cloud).",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="start the real open-source Skyvern server on this machine and run against it"
        + ("" if live_here else " (only in a checkout with ../shared/realskyvern beside it: not here)"),
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    api_key = os.environ.get("SKYVERN_API_KEY")
    if args.live and not live_here:
        parser.error("--live needs the local Skyvern server (../shared/realskyvern beside a checkout), which is not"
                     " here: set SKYVERN_API_KEY (and SKYVERN_BASE_URL) to run against a server of yours")  # fmt: skip
    try:
        if not api_key and not args.live:
            if not can_replay():
                raise SystemExit(
                    "quickstart: replaying the recorded session needs the testing extra (vcrpy): "
                    "pip install -e '.[testing]' in a checkout; or set SKYVERN_API_KEY to run live"
                )
            live = "`--live` (starts the local Skyvern server) or " if live_here else ""
            print(
                "Replaying the recorded quickstart session (skyvern_sync/quickstart_session.yaml) through the real"
                f" client code, offline. To run it live: {live}set SKYVERN_API_KEY (and SKYVERN_BASE_URL).",
                flush=True,
            )
            return replay()
        if api_key:
            base_url = os.environ.get("SKYVERN_BASE_URL")
            print(f"running live against {base_url or 'Skyvern Cloud'}", flush=True)
            with Skyvern(api_key, base_url=base_url) as client:
                return quickstart(client, os.environ.get("SKYVERN_QUICKSTART_SITE", "https://books.toscrape.com"))
        with local_server() as server, Skyvern(server["API_KEY"], base_url=server["BASE_URL"]) as client:
            print(f"running live against the local server at {server['BASE_URL']}", flush=True)
            return quickstart(client, server["SITE_URL"])
    except SkyvernError as error:
        print(explained(error), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
