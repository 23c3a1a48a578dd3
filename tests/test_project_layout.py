"""Install the example projects of /project-layout/ with pip and check the page's claims.

The page shows outputs of examples/project-layout-src recorded with
PYTHONPATH=src, because tools/examples.py runs a copy of an example tree and
cannot install anything. This test proves that the installed project behaves
the same. For every Python found (tools.examples.find_pythons(); set
EXAMPLE_PYTHONS=3.12 to restrict it) it creates a virtual environment in
tmp_path, runs `pip install` on a copy of the project (never on the tree in
examples/, where a build would leave build/ and *.egg-info behind), then,
from a directory outside the project, runs the console command `phrasebook`
and the project's tests with unittest, and compares with the recorded output.

On the newest Python found it also checks:
- an editable install (`pip install -e .`): the package is imported from src/,
  and an edit shows up without reinstalling;
- examples/project-layout-flat-vs-src with real installs: the wheel pip builds
  holds exactly what the stand-in site-packages/ folder holds (no
  phrases.json), the flat layout's tests pass from the project root anyway,
  and the src layout's tests fail.

pip needs PyPI (or its cache) for the build backend, setuptools; the cache
makes repeated runs take a few seconds per Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import examples  # noqa: E402

pytestmark = pytest.mark.slow  # creates virtual environments and runs pip

SRC_PROJECT = examples.EXAMPLES / "project-layout-src"
COMPARISON = examples.EXAMPLES / "project-layout-flat-vs-src"
PYTHONS = examples.find_pythons()
NEWEST = max(PYTHONS, key=examples._vkey) if PYTHONS else None
BIN = "Scripts" if os.name == "nt" else "bin"


def clean_env() -> dict[str, str]:
    """The environment tools/examples.py runs examples in: no PYTHON* variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1", LC_ALL="C.UTF-8")
    return env


# The timeout catches a hung process, not a slow one: seven environments are
# made at once, beside the other tests.
def run(args: list, cwd: Path, what: str, check: bool = True, timeout: int = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=clean_env(), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, encoding="utf-8", timeout=timeout,
    )
    if check and proc.returncode != 0:
        pytest.fail(
            f"{what} failed (exit {proc.returncode})\n$ {' '.join(map(str, args))}\n"
            f"(in {cwd})\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}",
            pytrace=False,
        )
    return proc


def copy_project(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(*examples.SKIP_IN_TREE))
    return dest


def make_venv(python: str, path: Path) -> Path:
    """Create a virtual environment and return its interpreter."""
    run([python, "-m", "venv", path], path.parent, f"creating a virtual environment with {python}")
    return path / BIN / ("python.exe" if os.name == "nt" else "python")


def pip_install(venv_python: Path, *args, cwd: Path) -> None:
    run(
        [venv_python, "-m", "pip", "install", "--disable-pip-version-check", "--no-input", "-q", *args],
        cwd, f"pip install {' '.join(map(str, args))}", timeout=300,
    )


def site_packages(venv_python: Path) -> Path:
    out = run([venv_python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
              venv_python.parent, "asking the venv for its site-packages").stdout
    return Path(out.strip())


def printed(transcript_file: Path) -> str:
    """What a recorded run printed: the transcript without its first line, the command."""
    return transcript_file.read_text(encoding="utf-8").split("\n", 1)[1]


def install(python: str, source: Path, where: Path, editable: bool = False) -> tuple[Path, Path]:
    """Copy a project to where/project, install it into where/venv; return (project, venv python)."""
    where.mkdir(parents=True)
    project = copy_project(source, where / "project")
    py = make_venv(python, where / "venv")
    pip_install(py, *(["-e", "."] if editable else ["."]), cwd=project)
    return project, py


@pytest.fixture(scope="module")
def installs(tmp_path_factory):
    """Every install the tests need, made in parallel threads (each takes a few seconds).

    Maps a key to a Future of (project copy, venv python); .result() re-raises a
    failure of venv or pip with its message, in the test that needs that install.
    """
    base = tmp_path_factory.mktemp("installs")
    jobs = {("installed", v): (PYTHONS[v], SRC_PROJECT, False) for v in PYTHONS}
    if NEWEST:
        jobs[("editable", NEWEST)] = (PYTHONS[NEWEST], SRC_PROJECT, True)
        for layout in ("flat", "src-layout"):
            jobs[(layout, NEWEST)] = (PYTHONS[NEWEST], COMPARISON / layout, False)
    with ThreadPoolExecutor(max_workers=len(jobs) or 1) as pool:
        yield {
            key: pool.submit(install, python, source, base / "-".join(key), editable)
            for key, (python, source, editable) in jobs.items()
        }


needs_python = pytest.mark.skipif(not PYTHONS, reason="no supported Python found")


@pytest.mark.parametrize("version", sorted(PYTHONS, key=examples._vkey))
def test_installed_project(version: str, installs, tmp_path: Path) -> None:
    project, py = installs[("installed", version)].result()
    elsewhere = tmp_path
    site = site_packages(py)
    example = examples.load(SRC_PROJECT.name)
    # The console command from [project.scripts] prints what the page shows
    # for `PYTHONPATH=src python -m phrasebook ru Анна`.
    command = py.parent / ("phrasebook.exe" if os.name == "nt" else "phrasebook")
    assert command.is_file(), f"pip did not create the console command {command}"
    out = run([command, "ru", "Анна"], elsewhere, "the installed `phrasebook` command").stdout
    assert out == printed(example.recorded("cli", version))

    # importlib.resources finds the data file inside the installed package.
    data = run([py, "-c", "from importlib.resources import files; "
                "print(files('phrasebook').joinpath('phrases.json'))"], elsewhere, "files()").stdout
    assert Path(data.strip()) == site / "phrasebook" / "phrases.json"

    # The project's tests, run from another directory, pass against the installed copy.
    tests = run([py, "-m", "unittest", "discover", "-s", project / "tests"], elsewhere,
                "the project's tests (unittest)", check=False)
    assert tests.returncode == 0 and tests.stderr.rstrip().endswith("OK"), tests.stderr
    assert "Ran 3 tests" in tests.stderr

    # Even from the project root, `import phrasebook` finds the installed copy:
    # in a src layout the working copy is not on sys.path.
    where = run([py, "-c", "import phrasebook; print(phrasebook.__file__)"], project, "import").stdout
    assert Path(where.strip()) == site / "phrasebook" / "__init__.py"

    # The distribution name is not the import name.
    meta = run([py, "-c", (
        "from importlib.metadata import distribution\n"
        "d = distribution('tiny-phrasebook')\n"
        "print(d.metadata['Name'])\n"
        "print(sorted(str(f) for f in d.files if f.name == '__init__.py'))\n"
        "print([(e.name, e.value) for e in d.entry_points if e.group == 'console_scripts'])"
    )], elsewhere, "importlib.metadata").stdout.splitlines()
    assert meta == [
        "tiny-phrasebook",
        "['phrasebook/__init__.py']",
        "[('phrasebook', 'phrasebook.cli:main')]",
    ]
    if examples._vkey(version) >= (3, 10):  # packages_distributions() is new in 3.10
        mapping = run([py, "-c", "from importlib.metadata import packages_distributions; "
                       "print(packages_distributions()['phrasebook'])"], elsewhere, "importlib.metadata").stdout
        assert mapping.strip() == "['tiny-phrasebook']"


@needs_python
def test_editable_install(installs, tmp_path: Path) -> None:
    project, py = installs[("editable", NEWEST)].result()
    elsewhere = tmp_path

    # setuptools puts src/ on sys.path with a .pth file in site-packages.
    pth = sorted(site_packages(py).glob("__editable__*.pth"))
    assert [p.read_text(encoding="utf-8").strip() for p in pth] == [str(project / "src")], pth

    where = run([py, "-c", "import phrasebook; print(phrasebook.__file__)"], elsewhere, "import").stdout
    assert Path(where.strip()) == project / "src" / "phrasebook" / "__init__.py"

    # pip compares distribution names loosely: case, "-", "_" and "." do not matter.
    show = run([py, "-m", "pip", "show", "Tiny.Phrasebook"], elsewhere, "pip show").stdout
    assert "Name: tiny-phrasebook" in show.splitlines()

    tests = run([py, "-m", "unittest", "discover", "-s", project / "tests"], elsewhere,
                "the project's tests (unittest)", check=False)
    assert tests.returncode == 0 and tests.stderr.rstrip().endswith("OK"), tests.stderr

    # An edit to the working copy shows up without reinstalling.
    data = project / "src" / "phrasebook" / "phrases.json"
    data.write_text(data.read_text(encoding="utf-8").replace(
        '"en"', '"fr": "Bonjour, {name} !",\n  "en"'), encoding="utf-8")
    out = run([py.parent / "phrasebook", "fr", "Anne"], elsewhere, "the `phrasebook` command").stdout
    assert out == "Bonjour, Anne !\n"


@needs_python
@pytest.mark.parametrize("layout, verdict", [("flat", "OK"), ("src-layout", "FAILED (errors=1)")])
def test_flat_layout_hides_a_broken_wheel(layout: str, verdict: str, installs) -> None:
    project, py = installs[(layout, NEWEST)].result()

    # What pip installed is what the example's site-packages/ stand-in holds.
    installed = site_packages(py) / "phrasebook"
    stand_in = COMPARISON / "site-packages" / "phrasebook"
    files = sorted(p.name for p in installed.iterdir() if p.name != "__pycache__")
    assert files == sorted(p.name for p in stand_in.iterdir() if p.name != "__pycache__")
    for name in files:
        assert (installed / name).read_bytes() == (stand_in / name).read_bytes(), name

    # Run from the project root, as a developer (or CI) runs the tests: the flat
    # layout imports its working copy, the src layout the installed package.
    where = run([py, "-c", "import phrasebook; print(phrasebook.__file__)"], project, "import").stdout
    expected = project / "phrasebook" if layout == "flat" else installed
    assert Path(where.strip()) == expected / "__init__.py"
    tests = run([py, "-m", "unittest", "discover", "-s", "tests"], project,
                "the project's tests (unittest)", check=False)
    assert tests.stderr.rstrip().splitlines()[-1] == verdict, tests.stderr
