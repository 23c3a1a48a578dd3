"""Every example prints, on every CPython found, exactly what the pages show.

The pages include the recorded transcripts (examples/<name>/output/*.txt); here
each run is executed again with each interpreter of its pinned release
(tools/examples.py RELEASES) and compared, with a diff on failure.
EXAMPLE_PYTHONS=3.12 restricts the versions (one CI matrix leg each).

The runs are independent processes, so the first test starts all of them on a
small thread pool and each test reads its own result: the seven versions cost
about what three did one after another.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import examples as harness  # noqa: E402

EXAMPLES = harness.all_examples()
PYTHONS = harness.find_pythons()
DOCS = ROOT / "docs"
INCLUDE = re.compile(r'--8<--\s+"(examples/[^"]+)"')
TAB = re.compile(r'^(\s*)===\+?\s+"([^"]+)"')


def test_every_supported_python_is_installed():
    missing = harness.missing_pythons(harness.wanted_versions())
    assert not missing, (
        "\n".join(missing)
        + "\n(or set EXAMPLE_PYTHONS to the versions you have; looked in ~/.pyenv/versions, "
        f"{harness.DEBIAN_ROOT}/root and on PATH)"
    )


CASES = [(ex, run, v) for ex in EXAMPLES for run in ex.runs for v in PYTHONS if v in run.versions()]


@cache
def all_results() -> dict[tuple[str, str, str], str | None]:
    """Every comparison, run on a thread pool (each is a subprocess)."""
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as pool:
        futures = {
            (ex.name, run.name, v): pool.submit(harness.compare, ex, run, v, PYTHONS[v])
            for ex, run, v in CASES
        }
        return {key: future.result() for key, future in futures.items()}


@pytest.mark.parametrize(
    "example,run,version",
    [pytest.param(ex, run, v, id=f"{ex.name}-{run.name}-py{v}") for ex, run, v in CASES],
)
def test_example_prints_what_was_recorded(example, run, version):
    problem = all_results()[(example.name, run.name, version)]
    assert problem is None, problem


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.name)
def test_recorded_tree_matches_files(example):
    recorded = example.output_dir / "tree.txt"
    assert recorded.exists(), f"{recorded.relative_to(ROOT)} missing: run tools/examples.py record {example.name}"
    assert recorded.read_text(encoding="utf-8") == harness.tree(example), (
        f"{recorded.relative_to(ROOT)} no longer matches the files: run tools/examples.py record {example.name}"
    )


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.name)
def test_no_stale_recordings(example):
    runs = {r.name for r in example.runs} | {"tree"}
    stale = [
        p.name for p in example.output_dir.glob("*.txt")
        if p.stem.split("@")[0] not in runs
        or ("@" in p.stem and p.stem.split("@")[1] not in harness.VERSIONS)
    ]
    assert not stale, f"examples/{example.name}/output has files for no run or version: {stale}"


def includes_by_page() -> dict[Path, list[tuple[int, str, str | None]]]:
    """page -> [(line, included path, label of the enclosing content tab)]."""
    found = {}
    for page in sorted(DOCS.rglob("*.md")):
        items, tabs = [], []  # stack of (indent, label)
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            indent = len(line) - len(line.lstrip())
            if line.strip():  # a line at or left of a tab marker closes that tab
                tabs = [(i, label) for i, label in tabs if i < indent]
            tab = TAB.match(line)
            if tab:
                tabs.append((indent, tab[2]))
                continue
            for match in INCLUDE.finditer(line):
                items.append((number, match[1], tabs[-1][1] if tabs else None))
        found[page] = items
    return found


PAGES = includes_by_page()


def test_every_example_is_shown_somewhere():
    used = {path.split("/")[1] for items in PAGES.values() for _, path, _ in items}
    unused = [ex.name for ex in EXAMPLES if ex.name not in used]
    assert not unused, f"examples no page includes (delete them or show them): {unused}"


@pytest.mark.parametrize("page", sorted(PAGES), ids=lambda p: p.name)
def test_page_shows_every_version_of_an_output(page):
    """A page that shows one run's output shows every version's, in labelled tabs."""
    problems = []
    shown = defaultdict(dict)  # (example, run) -> {file: (line, label)}
    for number, path, label in PAGES[page]:
        m = re.fullmatch(r"examples/([^/]+)/output/([^/@]+?)(?:@([\d.]+))?\.txt", path)
        if m and m[2] != "tree":
            shown[(m[1], m[2])][path] = (number, label)
    rel = page.relative_to(ROOT)
    for (name, run), files in shown.items():
        example = harness.load(name)
        expected = dict((path, label) for label, path in harness.version_ranges(example, run))
        for path in sorted(set(expected) - set(files)):
            first = min(n for n, _ in files.values())
            problems.append(f"{rel}:{first}: shows {name}/{run} but not {path} ({expected[path]})")
        if len(expected) > 1:
            for path, (number, label) in files.items():
                if path in expected and label != expected[path]:
                    problems.append(f"{rel}:{number}: {path} is under tab {label!r}, expected {expected[path]!r}")
    assert not problems, "\n".join(problems)


SYSTEM_PYTHON = "/usr/bin/python3"


def test_debian_and_upstream_builds_agree():
    """The examples print nothing that differs between Debian's build and python.org's.

    Debian patches the site layout (dist-packages, extra site directories) and
    links more modules into the interpreter. The recordings of 3.9 to 3.12 come
    from upstream builds (pyenv), those of 3.13 to 3.15 from Debian's; CI's
    example matrix runs upstream builds (setup-python) against all of them.
    Here every example runs on this machine's Debian system Python and must
    print what the upstream build of its version recorded.
    """
    probe = harness.release_of(SYSTEM_PYTHON)
    assert probe, f"{SYSTEM_PYTHON} does not run: install Debian's python3 (apt-get install python3)"
    version = ".".join(probe.split(".")[:2])
    layout = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import site; print(site.getsitepackages())"],
        capture_output=True, text=True, check=True,
    ).stdout
    assert "dist-packages" in layout, f"{SYSTEM_PYTHON} ({probe}) is not a Debian build: {layout}"
    assert version in harness.VERSIONS, f"{SYSTEM_PYTHON} is CPython {probe}, not a supported version"
    cases = [(ex, run) for ex in EXAMPLES for run in ex.runs if version in run.versions()]
    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as pool:
        problems = [p for p in pool.map(lambda c: harness.compare(c[0], c[1], version, SYSTEM_PYTHON), cases) if p]
    assert not problems, f"Debian's CPython {probe} prints something else than the recordings:\n" + "\n".join(problems)
