"""Run the example trees under examples/ and record or check what they print.

An example is a folder examples/<name>/ holding a small tree of files and an
example.toml that says which commands to run:

    description = "What the example shows"
    [[run]]
    name = "main"                 # recorded as output/main.txt
    args = ["main.py"]            # the command is `python main.py`
    cwd = "."                     # optional, relative to the example folder
    exit = 0                      # optional, the exit status it must end with
    env = { PYTHONPATH = "src" }  # optional

Every run is recorded as a transcript, `$ python main.py` followed by what the
program printed (stdout and stderr, in order), in output/<name>.txt. Where a
newer Python prints something else, output/<name>@3.X.txt holds what 3.X and
later print, until the next such file. output/tree.txt draws the tree.

    python tools/examples.py record [NAME ...]   # run on every Python, write output/
    python tools/examples.py check  [NAME ...]   # run and compare, print a diff
    python tools/examples.py tabs NAME RUN       # the Markdown that shows a run

The scratch directory the example runs in is shown as /home/user/<name>, and
the interpreter's prefix as /usr (the interpreter itself as /usr/bin/python3),
so recordings do not depend on this machine.
"""

from __future__ import annotations

import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The versions every example is verified on; mkdocs.yml, the README and the CI
# matrix name the same list (tests/test_versions.py checks that they agree).
VERSIONS = ("3.9", "3.10", "3.11", "3.12", "3.13")
SHOWN_ROOT = "/home/user"
SHOWN_PYTHON = "/usr/bin/python3"
TIMEOUT = 60
SKIP_IN_TREE = {"example.toml", "output", "__pycache__", ".pytest_cache"}


class ExampleError(Exception):
    """A problem with an example's definition; the message names the file."""


@dataclass
class Run:
    name: str
    args: list[str]
    cwd: str = "."
    exit: int = 0
    env: dict[str, str] = field(default_factory=dict)

    @property
    def command(self) -> str:
        env = [f"{k}={_quote(v)}" for k, v in self.env.items()]
        return "$ " + " ".join([*env, "python", *(_quote(a) for a in self.args)])


@dataclass
class Example:
    name: str
    path: Path
    description: str
    runs: list[Run]

    @property
    def output_dir(self) -> Path:
        return self.path / "output"

    def recorded(self, run: str, version: str) -> Path:
        """The output file that holds what `version` prints for `run`."""
        best = self.output_dir / f"{run}.txt"
        for v in VERSIONS:
            if _vkey(v) > _vkey(version):
                break
            candidate = self.output_dir / f"{run}@{v}.txt"
            if candidate.exists():
                best = candidate
        return best


def _quote(arg: str) -> str:
    return arg if re.fullmatch(r"[\w@%+=:,./-]+", arg) else repr(arg)


def _vkey(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def load(name: str) -> Example:
    path = EXAMPLES / name
    spec_file = path / "example.toml"
    if not spec_file.is_file():
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: missing (every example needs one)")
    try:
        spec = tomllib.loads(spec_file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: {exc}") from exc
    unknown = set(spec) - {"description", "run"}
    if unknown:
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: unknown keys {sorted(unknown)}")
    if not spec.get("description"):
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: 'description' is required")
    runs = []
    for i, raw in enumerate(spec.get("run", [])):
        unknown = set(raw) - {"name", "args", "cwd", "exit", "env"}
        if unknown or "name" not in raw or "args" not in raw:
            raise ExampleError(
                f"{spec_file.relative_to(ROOT)}: [[run]] #{i + 1} needs 'name' and 'args'"
                + (f", unknown keys {sorted(unknown)}" if unknown else "")
            )
        runs.append(Run(**raw))
    names = [r.name for r in runs]
    if len(set(names)) != len(names) or "tree" in names:
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: run names must be unique and not 'tree'")
    return Example(name, path, spec["description"], runs)


def all_examples() -> list[Example]:
    return [load(p.parent.name) for p in sorted(EXAMPLES.glob("*/example.toml"))]


def find_pythons() -> dict[str, str]:
    """Map each supported version to an interpreter found on this machine.

    EXAMPLE_PYTHONS="3.12" (comma-separated) restricts the set, as one CI matrix
    leg does; otherwise every supported version is looked for under pyenv and on
    PATH.
    """
    wanted = [v for v in os.environ.get("EXAMPLE_PYTHONS", "").split(",") if v] or list(VERSIONS)
    found = {}
    for v in wanted:
        candidates = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{v}.*/bin/python{v}")))
        exe = candidates[-1] if candidates else shutil.which(f"python{v}")
        if exe:
            found[v] = exe
    return found


def tree(example: Example) -> str:
    lines = [f"{example.name}/"]

    def walk(directory: Path, prefix: str) -> None:
        entries = sorted(
            (p for p in directory.iterdir() if p.name not in SKIP_IN_TREE),
            key=lambda p: (p.name.lower(), p.name),
        )
        for i, entry in enumerate(entries):
            last = i == len(entries) - 1
            suffix = "/" if entry.is_dir() else ""
            lines.append(f"{prefix}{'└── ' if last else '├── '}{entry.name}{suffix}")
            if entry.is_dir():
                walk(entry, prefix + ("    " if last else "│   "))

    walk(example.path, "")
    return "\n".join(lines) + "\n"


def execute(example: Example, run: Run, python: str) -> tuple[str, int]:
    """Run one command in a scratch copy of the example; return (transcript, status)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / example.name
        shutil.copytree(example.path, work, ignore=shutil.ignore_patterns(*SKIP_IN_TREE))
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(
            PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHON_COLORS="0",
            NO_COLOR="1", LC_ALL="C.UTF-8", COLUMNS="80",
        )
        env.pop("FORCE_COLOR", None)
        env.update(run.env)
        proc = subprocess.run(
            [python, *run.args], cwd=work / run.cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT,
        )
        text = proc.stdout.decode("utf-8", "replace")
        prefix = subprocess.run(
            [python, "-c", "import sys; print(sys.base_prefix)"], capture_output=True, text=True,
        ).stdout.strip()
        for real in {tmp, os.path.realpath(tmp)}:
            text = text.replace(real, SHOWN_ROOT)
        # The interpreter names itself in some messages ("/path/python3.12: No
        # module named ..."); show it as Debian's, the same for every version.
        for exe in sorted({python, os.path.realpath(python)}, key=len, reverse=True):
            text = text.replace(exe, SHOWN_PYTHON)
        if prefix:
            text = text.replace(prefix, "/usr")
        text = "\n".join(line.rstrip() for line in text.splitlines())
        transcript = run.command + "\n" + (text + "\n" if text else "")
        return transcript, proc.returncode


def record(example: Example, pythons: dict[str, str]) -> list[str]:
    missing = [v for v in VERSIONS if v not in pythons]
    if missing:
        raise ExampleError(f"recording needs every supported Python; missing {missing}")
    example.output_dir.mkdir(exist_ok=True)
    for old in example.output_dir.glob("*.txt"):
        old.unlink()
    written = []
    (example.output_dir / "tree.txt").write_text(tree(example), encoding="utf-8")
    for run in example.runs:
        previous = None
        for v in VERSIONS:
            text, status = execute(example, run, pythons[v])
            if status != run.exit:
                raise ExampleError(
                    f"examples/{example.name}: run '{run.name}' on Python {v} exited {status}, "
                    f"example.toml expects exit = {run.exit}\n{text}"
                )
            if text != previous:
                target = example.output_dir / (f"{run.name}.txt" if previous is None else f"{run.name}@{v}.txt")
                target.write_text(text, encoding="utf-8")
                written.append(str(target.relative_to(ROOT)))
            previous = text
    return written


def compare(example: Example, run: Run, version: str, python: str) -> str | None:
    """None when the run prints what was recorded, else a message with a diff."""
    expected_file = example.recorded(run.name, version)
    rel = expected_file.relative_to(ROOT)
    if not expected_file.exists():
        return f"{rel}: not recorded; run `python tools/examples.py record {example.name}`"
    actual, status = execute(example, run, python)
    problems = []
    if status != run.exit:
        problems.append(f"exit status {status}, example.toml expects {run.exit}")
    expected = expected_file.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(),
            f"{rel} (recorded)", f"Python {version} (printed now)", lineterm="",
        )
        problems.append("output differs:\n" + "\n".join(diff))
    if problems:
        return (
            f"examples/{example.name} run '{run.name}' on Python {version}: " + "; ".join(problems)
            + f"\n(if the new output is right: python tools/examples.py record {example.name})"
        )
    return None


def version_ranges(example: Example, run: str) -> list[tuple[str, str]]:
    """[(tab label, output file)] for a run, newest first; one entry when all agree."""
    starts = [v for v in VERSIONS if (example.output_dir / f"{run}@{v}.txt").exists()]
    bounds = [VERSIONS[0], *starts]
    result = []
    for i, start in enumerate(bounds):
        end = VERSIONS[VERSIONS.index(bounds[i + 1]) - 1] if i + 1 < len(bounds) else VERSIONS[-1]
        label = f"Python {start}" if start == end else f"Python {start}–{end}"
        name = f"{run}.txt" if i == 0 else f"{run}@{start}.txt"
        result.append((label, f"examples/{example.name}/output/{name}"))
    return list(reversed(result))


def tabs_markdown(example: Example, run: str) -> str:
    ranges = version_ranges(example, run)
    if len(ranges) == 1:
        return f'```console\n--8<-- "{ranges[0][1]}"\n```\n'
    parts = []
    for label, path in ranges:
        parts.append(f'=== "{label}"\n\n    ```console\n    --8<-- "{path}"\n    ```\n')
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"record", "check", "tabs"}:
        print(__doc__)
        return 2
    command, names = argv[0], argv[1:]
    if command == "tabs":
        print(tabs_markdown(load(names[0]), names[1]), end="")
        return 0
    examples = [load(n) for n in names] if names else all_examples()
    pythons = find_pythons()
    failures = 0
    for ex in examples:
        if command == "record":
            for path in record(ex, pythons):
                print("wrote", path)
        else:
            for run in ex.runs:
                for v, exe in pythons.items():
                    problem = compare(ex, run, v, exe)
                    if problem:
                        failures += 1
                        print(problem)
    if command == "check":
        print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
