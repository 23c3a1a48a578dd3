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
    since = "3.15"                # optional: run on 3.15 and later only
    mask = ['(?<= in )[0-9.]+s']  # optional: text that changes every run (a
                                  # timing), shown as "…"; never a message

An example that needs packages from PyPI or installs its own tree gets a
virtual environment, created inside the scratch copy as .venv/ before the runs:

    [venv]
    pip = ["pytest==9.2.0"]       # from PyPI, exact pins only: a cached base
                                  # environment per release, copied in
    install = ["-e", "."]         # optional: `pip install` arguments run in
                                  # the scratch copy (local projects, editable)

and every run's `python` is then .venv/bin/python. Packages the pins pull in
are pinned by tools/example-constraints.txt, so a new release of a dependency
cannot change a recording.

An example the in-browser runner cannot run (subprocesses, pip, -X options)
says why: `not_in_browser = "runs pip"`.

`exit` may also be a table from version to status, for a run whose status
changes with the version: `exit = { "3.9" = 1, "3.15" = 0 }` (1 up to 3.14,
0 from 3.15). A run with `since` is recorded and checked only on that version
and later; the page says what older versions do, usually with a second run
that shows it.

Every run is recorded as a transcript, `$ python main.py` followed by what the
program printed (stdout and stderr, in order), in output/<name>.txt. Where a
newer Python prints something else, output/<name>@3.X.txt holds what 3.X and
later print, until the next such file. output/tree.txt draws the tree.

    python tools/examples.py record [NAME ...]   # run on every Python, write output/
    python tools/examples.py check  [NAME ...]   # run and compare, print a diff
    python tools/examples.py tabs NAME RUN       # the Markdown that shows a run
    python tools/examples.py retab [PAGE ...]    # rewrite the pages' tabs after a recording

The scratch directory the example runs in is shown as /home/user/<name>, and
the interpreter's prefix as /usr (the interpreter itself as /usr/bin/python3),
so recordings do not depend on this machine.
"""

from __future__ import annotations

import atexit
import difflib
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import tomllib
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The versions every example is verified on, and the exact release each one's
# recordings come from (patch releases reword messages). mkdocs.yml, the README
# and the CI matrix name the same lists (tests/test_versions.py checks that
# they agree). 3.9 to 3.12 come from pyenv; 3.13 to 3.15 are the newest patch
# releases, from Debian's unstable suite (tools/pythons.py installs them).
RELEASES = {
    "3.9": "3.9.18",
    "3.10": "3.10.13",
    "3.11": "3.11.7",
    "3.12": "3.12.1",
    "3.13": "3.13.18",
    "3.14": "3.14.10",
    "3.15": "3.15.2",
}
VERSIONS = tuple(RELEASES)
# Versions past their end of life that the site still shows (long-term
# distributions ship them); the pages label them so.
END_OF_LIFE = ("3.9", "3.10")
DEBIAN_ROOT = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "python-modules-packages" / "debian-sid"
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
    exit: int | dict[str, int] = 0
    env: dict[str, str] = field(default_factory=dict)
    since: str = VERSIONS[0]
    mask: list[str] = field(default_factory=list)

    def versions(self) -> list[str]:
        """The supported versions this run is recorded on."""
        return [v for v in VERSIONS if _vkey(v) >= _vkey(self.since)]

    def expected_exit(self, version: str) -> int:
        if isinstance(self.exit, int):
            return self.exit
        status = None
        for v, code in sorted(self.exit.items(), key=lambda item: _vkey(item[0])):
            if _vkey(v) <= _vkey(version):
                status = code
        if status is None:
            raise ExampleError(f"run '{self.name}': exit table {self.exit} says nothing for {version}")
        return status

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
    venv: dict[str, list[str]] = field(default_factory=dict)
    not_in_browser: str = ""

    @property
    def output_dir(self) -> Path:
        return self.path / "output"

    def recorded(self, run: str, version: str) -> Path:
        """The output file that holds what `version` prints for `run`."""
        best = self.output_dir / f"{run}.txt"
        for v in VERSIONS[1:]:
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
    unknown = set(spec) - {"description", "run", "venv", "not_in_browser"}
    if unknown:
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: unknown keys {sorted(unknown)}")
    if not spec.get("description"):
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: 'description' is required")
    runs = []
    for i, raw in enumerate(spec.get("run", [])):
        unknown = set(raw) - {"name", "args", "cwd", "exit", "env", "since", "mask"}
        if unknown or "name" not in raw or "args" not in raw:
            raise ExampleError(
                f"{spec_file.relative_to(ROOT)}: [[run]] #{i + 1} needs 'name' and 'args'"
                + (f", unknown keys {sorted(unknown)}" if unknown else "")
            )
        run = Run(**raw)
        if run.since not in VERSIONS:
            raise ExampleError(f"{spec_file.relative_to(ROOT)}: [[run]] '{run.name}' since = {run.since!r} is not one of {VERSIONS}")
        if isinstance(run.exit, dict):
            bad = [v for v in run.exit if v not in VERSIONS]
            if bad or run.since not in run.exit and min(map(_vkey, run.exit)) > _vkey(run.since):
                raise ExampleError(
                    f"{spec_file.relative_to(ROOT)}: [[run]] '{run.name}' exit table needs versions from "
                    f"{VERSIONS} and an entry at or before {run.since}: {run.exit}"
                )
        runs.append(run)
    names = [r.name for r in runs]
    if len(set(names)) != len(names) or "tree" in names:
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: run names must be unique and not 'tree'")
    venv = spec.get("venv", {})
    if set(venv) - {"pip", "install"} or not all(isinstance(v, list) for v in venv.values()):
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: [venv] takes lists 'pip' and 'install' only")
    loose = [r for r in venv.get("pip", []) if "==" not in r]
    if loose:
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: [venv] pip needs exact pins (name==version): {loose}")
    if venv and not spec.get("not_in_browser"):
        raise ExampleError(f"{spec_file.relative_to(ROOT)}: an example with [venv] needs not_in_browser = \"why\"")
    return Example(name, path, spec["description"], runs, venv, spec.get("not_in_browser", ""))


def all_examples() -> list[Example]:
    return [load(p.parent.name) for p in sorted(EXAMPLES.glob("*/example.toml"))]


def release_of(python: str) -> str | None:
    """The release an interpreter reports (3.14.10), or None if it does not run."""
    try:
        proc = subprocess.run(
            [python, "-c", "import platform; print(platform.python_version())"],
            capture_output=True, text=True, timeout=30,
        )
    except OSError:
        return None
    return proc.stdout.strip() if proc.returncode == 0 else None


def candidates(version: str) -> list[str]:
    """Interpreters of `version` on this machine: pyenv, tools/pythons.py's root,
    GitHub's tool cache (setup-python), PATH."""
    found = glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python{version}"))
    found.append(str(DEBIAN_ROOT / "root" / "usr" / "bin" / f"python{version}"))
    if os.environ.get("RUNNER_TOOL_CACHE"):
        found += glob.glob(f"{os.environ['RUNNER_TOOL_CACHE']}/Python/{version}.*/*/bin/python{version}")
    on_path = shutil.which(f"python{version}")
    if on_path:
        found.append(on_path)
    return [exe for exe in found if os.access(exe, os.X_OK)]


def wanted_versions() -> list[str]:
    """EXAMPLE_PYTHONS="3.11,3.12" if set, else every supported version."""
    return [v for v in os.environ.get("EXAMPLE_PYTHONS", "").split(",") if v] or list(VERSIONS)


def find_pythons(wanted: list[str] | None = None) -> dict[str, str]:
    """Map each supported version to an interpreter of its pinned release.

    EXAMPLE_PYTHONS="3.12" (comma-separated) restricts the set, as one CI matrix
    leg does. An interpreter of another patch release does not count: the
    recordings are what the pinned release prints (missing_pythons() says
    what was found instead).
    """
    if wanted is None:
        wanted = wanted_versions()
    found = {}
    for v in wanted:
        for exe in candidates(v):
            if release_of(exe) == RELEASES.get(v):
                found[v] = exe
                break
    return found


def missing_pythons(wanted: list[str]) -> list[str]:
    """One line per wanted version without its pinned release, saying how to get it."""
    found = find_pythons(wanted)
    lines = []
    for v in wanted:
        if v in found:
            continue
        if v not in RELEASES:
            lines.append(f"{v} is not a supported version ({', '.join(VERSIONS)})")
            continue
        others = sorted({f"{release_of(exe)} ({exe})" for exe in candidates(v)})
        how = "`python3 tools/pythons.py install`" if v in ("3.13", "3.14", "3.15") else f"`pyenv install {RELEASES[v]}`"
        lines.append(
            f"CPython {RELEASES[v]} not found" + (f" (found {', '.join(others)})" if others else "")
            + f": install it with {how}"
        )
    return lines


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


CONSTRAINTS = ROOT / "tools" / "example-constraints.txt"
VENV_CACHE = DEBIAN_ROOT.parent / "venvs"
_venv_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)


def _pip(target: str, args: list[str], cwd: Path, what: str) -> None:
    """pip (the harness's own, 22.3+) installing into another interpreter's environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_WARN_SCRIPT_LOCATION="1")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--python", target, "install", "--quiet",
         "--constraint", str(CONSTRAINTS), *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
    )
    if proc.returncode != 0:
        raise ExampleError(f"{what}: pip install {' '.join(args)} failed\n{proc.stdout}{proc.stderr}")


def base_venv(example: Example, python: str) -> Path:
    """A cached environment with the example's PyPI pins for this interpreter."""
    pins = sorted(example.venv.get("pip", []))
    key = hashlib.sha256("\n".join([os.path.realpath(python), *pins, CONSTRAINTS.read_text()]).encode()).hexdigest()[:16]
    path = VENV_CACHE / f"{release_of(python)}-{key}"
    with _venv_locks[str(path)]:
        if not (path / ".complete").exists():
            shutil.rmtree(path, ignore_errors=True)
            subprocess.run([python, "-m", "venv", "--without-pip", str(path)], check=True, capture_output=True)
            if pins:
                _pip(str(path / "bin" / "python"), pins, ROOT, f"examples/{example.name} [venv]")
            (path / ".complete").touch()
    return path


def _link_or_copy(src: str, dst: str) -> None:
    """Hard-link a file of a cached environment (nothing writes into one in
    place: pip and Python replace files), or copy it across file systems."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def prepare(example: Example, python: str, work: Path) -> str:
    """Set up the scratch copy for the runs; return the interpreter they use."""
    if not example.venv:
        return python
    shutil.copytree(base_venv(example, python), work / ".venv", symlinks=True, copy_function=_link_or_copy)
    (work / ".venv" / ".complete").unlink()
    venv_python = str(work / ".venv" / "bin" / "python")
    if example.venv.get("install"):
        _pip(venv_python, ["--no-build-isolation", "--no-deps", *example.venv["install"]], work,
             f"examples/{example.name} [venv] install")
    return venv_python


@cache
def base_prefix(python: str) -> str:
    return subprocess.run(
        [python, "-c", "import sys; print(sys.base_prefix)"], capture_output=True, text=True,
    ).stdout.strip()


class _Prepared:
    """An example with a [venv], set up once per interpreter: the scratch copy
    after its install step (kept as a snapshot) and its environment. Each run
    gets the copy back as the install step left it, at the same path, so an
    editable install still points at it; the runs of one example on one
    interpreter take turns, the other examples run in parallel."""

    guard = threading.Lock()
    locks: dict[tuple[str, str], threading.Lock] = defaultdict(threading.Lock)
    made: dict[tuple[str, str], "_Prepared"] = {}

    def __init__(self, example: Example, python: str):
        self.tmp = tempfile.mkdtemp(prefix="example-")
        atexit.register(shutil.rmtree, self.tmp, True)
        self.work = Path(self.tmp) / example.name
        shutil.copytree(example.path, self.work, ignore=shutil.ignore_patterns(*SKIP_IN_TREE))
        self.python = prepare(example, python, self.work)
        self.snapshot = Path(tempfile.mkdtemp(prefix="example-snapshot-"))
        atexit.register(shutil.rmtree, self.snapshot, True)
        shutil.copytree(self.work, self.snapshot / "tree", symlinks=True, ignore=shutil.ignore_patterns(".venv"))

    def reset(self) -> None:
        """The scratch copy as the install step left it; the environment stays."""
        for child in self.work.iterdir():
            if child.name != ".venv":
                shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
        shutil.copytree(self.snapshot / "tree", self.work, symlinks=True, dirs_exist_ok=True)

    @classmethod
    @contextmanager
    def scratch(cls, example: Example, python: str):
        key = (example.name, python)
        with cls.guard:
            lock = cls.locks[key]
        with lock:
            if key not in cls.made:
                cls.made[key] = cls(example, python)
            prepared = cls.made[key]
            prepared.reset()
            yield prepared.tmp, prepared.work, prepared.python


@contextmanager
def _scratch(example: Example, python: str):
    """(tmp, work, python): a scratch copy of the example to run one command in."""
    if example.venv:
        with _Prepared.scratch(example, python) as scratch:
            yield scratch
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / example.name
        shutil.copytree(example.path, work, ignore=shutil.ignore_patterns(*SKIP_IN_TREE))
        yield tmp, work, python


def execute(example: Example, run: Run, python: str) -> tuple[str, int]:
    """Run one command in a scratch copy of the example; return (transcript, status)."""
    base_python = python
    with _scratch(example, python) as (tmp, work, python):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(
            PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHON_COLORS="0",
            NO_COLOR="1", LC_ALL="C.UTF-8", COLUMNS="80",
        )
        # A terminal, not a CI job: pytest prints whole messages in its short
        # summary when CI or BUILD_NUMBER is set, and the recordings are not.
        for name in ("FORCE_COLOR", "CI", "BUILD_NUMBER"):
            env.pop(name, None)
        env.update(run.env)
        proc = subprocess.run(
            [python, *run.args], cwd=work / run.cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=TIMEOUT,
        )
        text = proc.stdout.decode("utf-8", "replace")
        prefix = base_prefix(base_python)
        for real in sorted({tmp, os.path.realpath(tmp)}, key=len, reverse=True):
            text = text.replace(real, SHOWN_ROOT)
        # The interpreter names itself in some messages ("/path/python3.12: No
        # module named ..."); show it as Debian's, the same for every version.
        for exe in sorted({base_python, os.path.realpath(base_python)}, key=len, reverse=True):
            text = text.replace(exe, SHOWN_PYTHON)
        if prefix:
            text = text.replace(prefix, "/usr")
        for pattern in run.mask:
            text = re.sub(pattern, "…", text)
        text = "\n".join(line.rstrip() for line in text.splitlines())
        transcript = run.command + "\n" + (text + "\n" if text else "")
        return transcript, proc.returncode


def record(example: Example, pythons: dict[str, str]) -> list[str]:
    missing = [v for v in VERSIONS if v not in pythons]
    if missing:
        raise ExampleError("recording needs every supported Python:\n" + "\n".join(missing_pythons(missing)))
    example.output_dir.mkdir(exist_ok=True)
    for old in example.output_dir.glob("*.txt"):
        old.unlink()
    written = []
    (example.output_dir / "tree.txt").write_text(tree(example), encoding="utf-8")
    for run in example.runs:
        previous = None
        for v in run.versions():
            text, status = execute(example, run, pythons[v])
            if status != run.expected_exit(v):
                raise ExampleError(
                    f"examples/{example.name}: run '{run.name}' on Python {v} exited {status}, "
                    f"example.toml expects exit = {run.expected_exit(v)}\n{text}"
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
    if status != run.expected_exit(version):
        problems.append(f"exit status {status}, example.toml expects {run.expected_exit(version)}")
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
    first = next((r.since for r in example.runs if r.name == run), VERSIONS[0])
    starts = [v for v in VERSIONS if (example.output_dir / f"{run}@{v}.txt").exists()]
    bounds = [first, *starts]
    result = []
    for i, start in enumerate(bounds):
        end = VERSIONS[VERSIONS.index(bounds[i + 1]) - 1] if i + 1 < len(bounds) else VERSIONS[-1]
        label = f"Python {start}" if start == end else f"Python {start}–{end}"
        if end in END_OF_LIFE:
            label += " (EOL)"  # a tooltip on every page spells it out (includes/abbreviations*.md)
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


TAB_ITEM = re.compile(
    r'(?P<indent>[ ]*)=== "[^"]*"\n\n'
    r'(?P=indent)    ```console\n'
    r'(?P=indent)    --8<-- "examples/(?P<ex>[^/"]+)/output/(?P<run>[^/@"]+)(?:@[\d.]+)?\.txt"\n'
    r'(?P=indent)    ```\n'
)
SINGLE = re.compile(
    r'^(?P<indent>[ ]*)```console\n'
    r'(?P=indent)--8<-- "examples/(?P<ex>[^/"]+)/output/(?P<run>[^/@"]+)(?:@[\d.]+)?\.txt"\n'
    r'(?P=indent)```\n',
    re.M,
)


def retab(text: str) -> str:
    """Rewrite every shown run (a lone console block or its version tabs) as
    tabs_markdown() gives it now: after a re-recording, the tabs follow."""

    def render(name: str, run: str, indent: str) -> str:
        body = tabs_markdown(load(name), run)
        return "".join(indent + line if line.strip() else line for line in body.splitlines(True))

    out, pos = [], 0
    while True:
        first = TAB_ITEM.search(text, pos)
        single = SINGLE.search(text, pos)
        if single and (not first or single.start() < first.start()):
            out.append(text[pos:single.start()])
            out.append(render(single["ex"], single["run"], single["indent"]))
            pos = single.end()
            continue
        if not first:
            break
        if first.start() > 0 and text[first.start() - 1] != "\n":
            out.append(text[pos:first.end()])
            pos = first.end()
            continue
        end = first.end()
        while True:  # the rest of this tab group: same example and run, a blank line apart
            nxt = TAB_ITEM.match(text, end + 1) if text[end:end + 1] == "\n" else None
            if not nxt or (nxt["ex"], nxt["run"], nxt["indent"]) != (first["ex"], first["run"], first["indent"]):
                break
            end = nxt.end()
        out.append(text[pos:first.start()])
        out.append(render(first["ex"], first["run"], first["indent"]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"record", "check", "tabs", "retab"}:
        print(__doc__)
        return 2
    command, names = argv[0], argv[1:]
    if command == "tabs":
        print(tabs_markdown(load(names[0]), names[1]), end="")
        return 0
    if command == "retab":
        pages = [Path(n) for n in names] or sorted((ROOT / "docs").rglob("*.md"))
        for page in pages:
            old = page.read_text(encoding="utf-8")
            new = retab(old)
            if new != old:
                page.write_text(new, encoding="utf-8")
                print("retabbed", page)
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
                    if v not in run.versions():
                        continue
                    problem = compare(ex, run, v, exe)
                    if problem:
                        failures += 1
                        print(problem)
    if command == "check":
        print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
