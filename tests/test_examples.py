"""Every example prints, on every CPython found, exactly what the pages show.

The pages include the recorded transcripts (examples/<name>/output/*.txt); here
each run is executed again with each interpreter and compared, with a diff on
failure. EXAMPLE_PYTHONS=3.12 restricts the versions (one CI matrix leg each).
"""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
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
    wanted = [v for v in os.environ.get("EXAMPLE_PYTHONS", "").split(",") if v] or list(harness.VERSIONS)
    missing = [v for v in wanted if v not in PYTHONS]
    assert not missing, (
        f"CPython {', '.join(missing)} not found (looked in ~/.pyenv/versions and on PATH); "
        "install with `pyenv install <version>` or set EXAMPLE_PYTHONS to the versions you have"
    )


@pytest.mark.parametrize(
    "example,run,version",
    [
        pytest.param(ex, run, v, id=f"{ex.name}-{run.name}-py{v}")
        for ex in EXAMPLES for run in ex.runs for v in PYTHONS
    ],
)
def test_example_prints_what_was_recorded(example, run, version):
    problem = harness.compare(example, run, version, PYTHONS[version])
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
