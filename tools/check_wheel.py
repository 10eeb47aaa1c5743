"""The built wheel as a user meets it: installed in a fresh environment, used from another directory.

    python -m tools.check_wheel

Builds the wheel and installs it (with the `testing` extra and the pinned mypy) into a fresh virtual
environment, then, outside the checkout:
- `mypy --strict` on tests/user_program/reference_program.py (every reference example, ported): must pass;
- `mypy --strict` on tests/user_program/misuse.py: must report exactly the lines that end in an error comment;
- `python -m skyvern_sync.quickstart` with no key: replays the session shipped in the wheel; `--help` works
  and an unknown flag is refused;
- the `skyvern-sync` console script the wheel installs: `--version`, a command's `--help`, and a usage error.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests" / "user_program"
MYPY = "mypy==2.4.1"  # keep equal to the pin in pyproject.toml's dev extra


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        built = run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist"), str(ROOT)], ROOT
        )
        if built.returncode != 0:
            print(built.stdout + built.stderr)
            return 1
        wheel = next((work / "dist").glob("skyvern_sync-*.whl"))
        venv.create(work / "env", with_pip=True)
        python = str(work / "env" / "bin" / "python")
        target = f"{wheel}[testing]"
        installed = run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", target, MYPY], work)
        if installed.returncode != 0:
            print(installed.stdout + installed.stderr)
            return 1
        # outside the checkout, so that only the installed wheel can be found
        for program in ("reference_program.py", "misuse.py"):
            shutil.copy(PROGRAMS / program, work / program)
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        typed = [
            block for block in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "skyvern_sync.types" in block
        ]
        (work / "readme_example.py").write_text("\n".join(typed), encoding="utf-8")
        checked = ["reference_program.py", "readme_example.py"]
        good = run([python, "-m", "mypy", "--strict", "--no-incremental", *checked], work)
        print(f"{', '.join(checked)} against {wheel.name}: {good.stdout.strip().splitlines()[-1]}")
        if good.returncode != 0:
            print(good.stdout)
            return 1
        bad = run([python, "-m", "mypy", "--strict", "--no-incremental", "misuse.py"], work)
        source = (PROGRAMS / "misuse.py").read_text(encoding="utf-8").splitlines()
        expected = {number for number, line in enumerate(source, 1) if re.search(r"\S\s+# error: ", line)}
        reported = {int(match) for match in re.findall(r"^misuse\.py:(\d+): error", bad.stdout, flags=re.M)}
        print(f"misuse.py: mypy reported lines {sorted(reported)}, the file marks {sorted(expected)}")
        if reported != expected:
            print(bad.stdout)
            return 1
        return quickstart(python, work) or command_line(python, work)


def quickstart(python: str, work: Path) -> int:
    env = {key: value for key, value in os.environ.items() if not key.startswith("SKYVERN_")}
    replayed = subprocess.run(
        [python, "-m", "skyvern_sync.quickstart"], cwd=work, env=env, capture_output=True, text=True, check=False
    )
    print(f"quickstart from the wheel, in {work}: exit {replayed.returncode}")
    if replayed.returncode != 0 or "completed" not in replayed.stdout:
        print(replayed.stdout + replayed.stderr)
        return 1
    helped = run([python, "-m", "skyvern_sync.quickstart", "--help"], work)
    refused = run([python, "-m", "skyvern_sync.quickstart", "--bogus"], work)
    print(f"quickstart --help: exit {helped.returncode}; --bogus: exit {refused.returncode}")
    if helped.returncode != 0 or "--live" not in helped.stdout or refused.returncode != 2:
        print(helped.stdout + refused.stderr)
        return 1
    return 0


def command_line(python: str, work: Path) -> int:
    script = str(Path(python).parent / "skyvern-sync")
    version = run([script, "--version"], work)
    helped = run([script, "run-task", "--help"], work)
    refused = run([script, "run-task"], work)
    codes = (version.returncode, helped.returncode, refused.returncode)
    print(f"skyvern-sync from the wheel: --version, run-task --help, run-task without --prompt: exit {codes}")
    if codes != (0, 0, 2) or "--max-steps" not in helped.stdout:
        print(version.stdout + version.stderr + helped.stdout + helped.stderr + refused.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
