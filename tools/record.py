"""Record the scenario suite (tests/scenarios) and the example apps (examples/) into cassettes, against a real
Skyvern server.

    python -m tools.record                       # start a fresh local real server, re-record everything, stop it
    python -m tools.record -k test_cancel        # re-record one test (any pytest -k expression)
    python -m tools.record --out /tmp/live       # record elsewhere (CI's live tier) and check what was recorded
    SKYVERN_API_KEY=... python -m tools.record --base-url https://api.skyvern.com --site-url https://example.com

The scenarios go to --out (default cassettes/); the examples, in a second pytest run, to their own
directories beside their tests (examples/<app>/tests/cassettes), or to <--out>/examples when --out is given.
Every recording is followed by the cassette checks (secret scan with the recording key, staleness guard)
and by a replay of what was just recorded, and the times of both are printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from skyvern_sync.quickstart import local_server

ROOT = Path(__file__).resolve().parent.parent
REALSKYVERN = Path(os.environ.get("SKYVERN_SHARED", ROOT.parent / "shared")) / "realskyvern"
SCENARIOS = "tests/scenarios"
EXAMPLES = "examples"
NO_TESTS = 5  # pytest's exit code when -k selected nothing in one of the two runs
CHECKS = "tests/test_cassettes.py"
# the quickstart's session ships in the package, so an installed wheel can replay it from any directory
QUICKSTART = ("test_quickstart", "test_quickstart.yaml")
PACKAGED_SESSION = ROOT / "skyvern_sync" / "quickstart_session.yaml"


def pytest(args: Sequence[str], env: dict[str, str]) -> tuple[int, float]:
    began = time.monotonic()
    code = subprocess.call([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=ROOT, env=env)
    return code, time.monotonic() - began


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-k", dest="select", help="record only the tests this pytest -k expression selects")
    parser.add_argument("--out", type=Path, default=ROOT / "cassettes", help="cassette directory (default: cassettes/)")
    parser.add_argument(
        "--base-url", help="record against this server (key from SKYVERN_API_KEY) instead of a local one"
    )
    parser.add_argument("--site-url", help="the site the scenarios browse (default: the local server's test site)")
    parser.add_argument("--ports", default="8790,8791,8792", help="local server, site and LLM stub ports")
    args = parser.parse_args(argv)

    with _server(args) as server:
        env = {
            **os.environ,
            "SKYVERN_BASE_URL": server["BASE_URL"],
            "SKYVERN_API_KEY": server["API_KEY"],
            "SITE_URL": args.site_url or server.get("SITE_URL", ""),
            # the secret scan looks for the recording key literally, besides its JWT shape
            "SKYVERN_SYNC_SCAN_SECRETS": server["API_KEY"],
        }
        if not env["SITE_URL"]:
            raise SystemExit("--site-url is needed with --base-url")
        selection = ["-k", args.select] if args.select else []
        out = ["--skyvern-cassette-dir", str(args.out.resolve())]
        # in place, each example's conftest (or test module) keeps its cassettes beside its tests
        in_place = args.out.resolve() == (ROOT / "cassettes").resolve()
        examples_out = [] if in_place else ["--skyvern-cassette-dir", str(args.out.resolve() / "examples")]
        code, recorded = pytest([SCENARIOS, "--skyvern-record-mode=all", "-q", *out, *selection], env)
        print(f"scenarios recorded in {recorded:.0f} s (exit {code})", flush=True)
        examples_code, examples_recorded = pytest(
            [EXAMPLES, "--skyvern-record-mode=all", "-q", *examples_out, *selection], env
        )
        print(f"examples recorded in {examples_recorded:.0f} s (exit {examples_code})", flush=True)
    recorded += examples_recorded
    code = _combined(code, examples_code)
    print(f"recorded in {recorded:.0f} s (exit {code})", flush=True)
    if code != 0:
        return code
    # a partial re-recording (-k) need not cover the whole surface on its own
    coverage = ["-k", "not every_reference_method"] if args.select else []
    code, checked = pytest([CHECKS, "-q", *out, *coverage], env)
    print(f"cassette checks in {checked:.1f} s (exit {code})", flush=True)
    if code != 0:
        return code
    replay_env = {k: v for k, v in env.items() if k not in ("SKYVERN_API_KEY", "SKYVERN_BASE_URL", "SITE_URL")}
    code, replayed = pytest([SCENARIOS, "-q", *out, *selection], replay_env)
    examples_code, examples_replayed = pytest([EXAMPLES, "-q", *examples_out, *selection], replay_env)
    code, replayed = _combined(code, examples_code), replayed + examples_replayed
    print(f"replayed offline in {replayed:.1f} s (exit {code}); recording took {recorded:.0f} s", flush=True)
    session = args.out.joinpath(*QUICKSTART)
    if code == 0 and in_place and session.exists():
        shutil.copyfile(session, PACKAGED_SESSION)
    return code


def _combined(scenarios: int, examples: int) -> int:
    """One exit code for the two runs: a -k that selects tests in only one of them is not a failure."""
    ran = [code for code in (scenarios, examples) if code != NO_TESTS]
    return next((code for code in ran if code != 0), 0) if ran else NO_TESTS


@contextmanager
def _server(args: argparse.Namespace) -> Iterator[dict[str, str]]:
    if args.base_url:
        key = os.environ.get("SKYVERN_API_KEY")
        if not key:
            raise SystemExit("--base-url needs SKYVERN_API_KEY in the environment")
        yield {"BASE_URL": args.base_url, "API_KEY": key}
        return
    with local_server(args.ports.split(","), REALSKYVERN) as server:
        yield server


if __name__ == "__main__":
    sys.exit(main())
