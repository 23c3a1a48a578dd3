"""One list of Python versions (issue 7).

The versions the examples are verified on are named in four places, which must
agree:

- tools/examples.py   VERSIONS = ("3.9", ...)        what the harness runs
- mkdocs.yml          extra: python_versions: [...]   what the site says
- .github/workflows/ci.yml  jobs.examples.strategy.matrix.python   what CI runs
- README.md           "Verified on CPython 3.9, 3.10, 3.11, 3.12 and 3.13"
- docs/index.md, docs/index.ru.md   the Home page's "verified on" sentence

and the exact release of each (tools/examples.py RELEASES) is the one the CI
matrix installs, the README names ("The recordings come from releases ...")
and the Home page names,

and any "3.X to 3.Y" (Russian "от 3.X до 3.Y") range claimed in README.md,
CONTRIBUTING.md or mkdocs.yml spans them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
VERSION = re.compile(r"\b3\.\d{1,2}\b")


def key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def harness_releases(path: Path = ROOT / "tools" / "examples.py") -> dict[str, str]:
    """RELEASES from tools/examples.py, read without importing it."""
    assert path.is_file(), f"missing {path.relative_to(ROOT)}"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        if any(isinstance(t, ast.Name) and t.id == "RELEASES" for t in targets):
            value = ast.literal_eval(node.value)
            return {str(k): str(v) for k, v in value.items()}
    pytest.fail(f"{path.relative_to(ROOT)} defines no RELEASES = {{...}}")


def harness_versions(path: Path = ROOT / "tools" / "examples.py") -> list[str]:
    return list(harness_releases(path))


class _AnyTagLoader(yaml.SafeLoader):
    """SafeLoader that reads mkdocs.yml's !ENV and !!python/name tags as None."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_versions(path: Path = ROOT / "mkdocs.yml") -> list[str]:
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    versions = ((config or {}).get("extra") or {}).get("python_versions")
    assert versions, "mkdocs.yml has no extra: python_versions: [...]"
    return [str(v) for v in versions]


def matrix_versions(path: Path = ROOT / ".github" / "workflows" / "ci.yml") -> list[str]:
    assert path.is_file(), f"missing {path.relative_to(ROOT)}"
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        versions = workflow["jobs"]["examples"]["strategy"]["matrix"]["python"]
    except (KeyError, TypeError):
        pytest.fail(f"{path.relative_to(ROOT)} has no jobs.examples.strategy.matrix.python")
    return [str(v) for v in versions]


def matrix_releases(path: Path = ROOT / ".github" / "workflows" / "ci.yml") -> dict[str, str]:
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    include = workflow["jobs"]["examples"]["strategy"]["matrix"].get("include") or []
    return {str(item["python"]): str(item["release"]) for item in include}


RELEASE = re.compile(r"\b3\.\d{1,2}\.\d{1,2}\b")


def release_claim(text: str, start: str) -> list[str]:
    """The releases (3.9.18, ...) named from `start` to the next heading."""
    at = text.find(start)
    if at < 0:
        return []
    return RELEASE.findall(re.split(r"\n#", text[at:], maxsplit=1)[0])


def readme_versions(text: str) -> list[str]:
    """The versions of the README line 'Verified on CPython 3.9, ... and 3.13'."""
    match = re.search(r"Verified on CPython\s+([^\n]*)", text)
    if not match:
        return []
    # Up to the end of the sentence: a full stop not between digits.
    claim = re.split(r"\.(?!\d)", match.group(1), maxsplit=1)[0]
    return VERSION.findall(claim)


def ranges(text: str) -> list[tuple[str, str]]:
    """Every '3.X to 3.Y' / 'от 3.X до 3.Y' range in a text.

    '3.X–3.Y' with a dash is left alone: content-tab labels such as
    'Python 3.9–3.12' name part of the range on purpose.
    """
    return re.findall(r"\b(3\.\d{1,2}) to (3\.\d{1,2})\b", text) + re.findall(
        r"\bот\s+(3\.\d{1,2})\s+до\s+(3\.\d{1,2})\b", text
    )


def test_the_harness_versions_are_consecutive_and_sorted():
    versions = harness_versions()
    assert versions == sorted(versions, key=key), f"VERSIONS is not sorted: {versions}"
    minors = [key(v)[1] for v in versions]
    assert minors == list(range(minors[0], minors[-1] + 1)), (
        f"VERSIONS skips a version: {versions} (a '3.X to 3.Y' claim would be wrong)"
    )


def test_mkdocs_names_the_harness_versions():
    assert mkdocs_versions() == harness_versions(), (
        "mkdocs.yml extra.python_versions and tools/examples.py VERSIONS differ"
    )


def test_the_ci_matrix_runs_the_harness_versions():
    assert matrix_versions() == harness_versions(), (
        ".github/workflows/ci.yml examples matrix and tools/examples.py VERSIONS differ"
    )


def test_the_readme_claims_the_harness_versions():
    readme = ROOT / "README.md"
    assert readme.is_file(), "README.md does not exist yet"
    claimed = readme_versions(readme.read_text(encoding="utf-8"))
    assert claimed, "README.md has no line 'Verified on CPython 3.9, 3.10, ... and 3.13'"
    assert claimed == harness_versions(), (
        f"README.md claims CPython {claimed}; tools/examples.py verifies {harness_versions()}"
    )


def test_the_ci_matrix_installs_the_pinned_releases():
    assert matrix_releases() == harness_releases(), (
        ".github/workflows/ci.yml examples matrix 'include' releases and tools/examples.py RELEASES differ"
    )


@pytest.mark.parametrize(
    "name,start",
    [
        ("README.md", "The recordings come from"),
        ("docs/index.md", "{ #verified-versions }"),
        ("docs/index.ru.md", "{ #verified-versions }"),
    ],
)
def test_the_pinned_releases_are_named(name, start):
    text = (ROOT / name).read_text(encoding="utf-8")
    claimed = release_claim(text, start)
    assert claimed, f"{name} has no paragraph starting {start!r} naming the releases"
    assert claimed == list(harness_releases().values()), (
        f"{name} names releases {claimed}; tools/examples.py RELEASES pins {list(harness_releases().values())}"
    )


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md", "mkdocs.yml", "docs/index.md", "docs/index.ru.md"])
def test_version_ranges_in_the_docs_span_the_harness_versions(name):
    path = ROOT / name
    if not path.is_file():
        pytest.fail(f"{name} does not exist yet")
    versions = harness_versions()
    wrong = [r for r in ranges(path.read_text(encoding="utf-8")) if r != (versions[0], versions[-1])]
    assert not wrong, (
        f"{name} claims {['%s to %s' % r for r in wrong]}; the examples are verified on "
        f"{versions[0]} to {versions[-1]}"
    )


# The parsers themselves, on planted text, so that a wrong list is caught.


def test_release_parser():
    text = "x\n\nThe recordings come from 3.9.18 and\n\n3.13.18.\n\n## Later 3.14.1"
    assert release_claim(text, "The recordings come from") == ["3.9.18", "3.13.18"]
    assert release_claim(text, "absent") == []


def test_readme_parser():
    line = "Verified on CPython 3.9, 3.10, 3.11, 3.12 and 3.13. Built with MkDocs 1.6."
    assert readme_versions(line) == ["3.9", "3.10", "3.11", "3.12", "3.13"]
    assert readme_versions("Verified on CPython 3.10 and 3.12.\n3.13") == ["3.10", "3.12"]
    assert readme_versions("Runs on Python 3.12.") == []


def test_range_parser():
    text = "every supported Python (3.9 to 3.13), and labels like Python 3.9–3.12"
    assert ranges(text) == [("3.9", "3.13")]
    assert ranges("проверен\n    на CPython от 3.9 до 3.12.") == [("3.9", "3.12")]


def test_a_planted_disagreement_is_reported(tmp_path):
    workflow = tmp_path / "ci.yml"
    workflow.write_text(
        'jobs:\n  examples:\n    strategy:\n      matrix:\n        python: ["3.10", "3.11"]\n',
        encoding="utf-8",
    )
    assert matrix_versions(workflow) != harness_versions()
    mkdocs = tmp_path / "mkdocs.yml"
    mkdocs.write_text(
        "site_url: !ENV [SITE_URL, 'http://x/']\n"
        "extra:\n  python_versions: ['3.9', '3.13']\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n",
        encoding="utf-8",
    )
    assert mkdocs_versions(mkdocs) == ["3.9", "3.13"] != harness_versions()
