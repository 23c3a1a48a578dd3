"""requirements.txt is fully pinned and builds the site from scratch (issue 7).

Every requirement is `name==version` (optionally with --hash options); a fresh
virtual environment that installs it with --no-deps passes `pip check` (so the
transitive dependencies are pinned too) and runs `mkdocs build --strict`.
The install test takes about a minute; it needs PyPI (or a warm pip cache).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements.txt"
HASH = re.compile(r"--hash[= ](sha256|sha384|sha512):[0-9a-f]+")
# Global options that do not change where packages come from.
ALLOWED_OPTIONS = {"--require-hashes", "--only-binary=:all:", "--prefer-binary"}
# What the site cannot be built without.
ESSENTIAL = {"mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pymdown-extensions"}


def logical_lines(text: str) -> list[tuple[int, str]]:
    """(first line number, line) with continuations joined and comments dropped."""
    lines: list[tuple[int, str]] = []
    pending, start = "", 0
    for number, raw in enumerate(text.splitlines(), 1):
        line = re.sub(r"(^|\s)#.*$", "", raw).rstrip()
        if not pending:
            start = number
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        pending += line
        if pending.strip():
            lines.append((start, " ".join(pending.split())))
        pending = ""
    if pending.strip():
        lines.append((start, " ".join(pending.split())))
    return lines


def pin_problems(text: str, name: str = "requirements.txt") -> tuple[list[str], dict[str, str]]:
    """Problems with a requirements file, and the pins {name: version} it holds."""
    problems: list[str] = []
    pins: dict[str, str] = {}
    hashed = 0
    for number, line in logical_lines(text):
        where = f"{name}:{number}"
        if line.startswith("-"):
            if line not in ALLOWED_OPTIONS:
                problems.append(f"{where}: option {line!r}: only pinned requirements belong here")
            continue
        hashes = HASH.findall(line)
        spec = HASH.sub("", line).strip()
        if "--" in spec:
            problems.append(f"{where}: unexpected option in {line!r}")
            continue
        try:
            req = Requirement(spec)
        except InvalidRequirement as error:
            problems.append(f"{where}: {spec!r} is not a requirement ({error})")
            continue
        specs = list(req.specifier)
        if req.url or len(specs) != 1 or specs[0].operator != "==" or "*" in specs[0].version:
            problems.append(f"{where}: {spec!r} is not pinned as name==version")
            continue
        key = canonicalize_name(req.name)
        if key in pins:
            problems.append(f"{where}: {req.name} is pinned twice")
        pins[key] = specs[0].version
        hashed += bool(hashes)
    if 0 < hashed < len(pins):
        problems.append(
            f"{name}: {hashed} of {len(pins)} requirements have --hash; "
            "with hashes, pip needs them on every line"
        )
    return problems, pins


def python311() -> str:
    """A CPython 3.11 (the version the site is built with), else this Python if newer."""
    candidates = sorted(
        glob.glob(os.path.expanduser("~/.pyenv/versions/3.11.*/bin/python3.11")),
        key=lambda p: [int(x) for x in re.findall(r"\d+", Path(p).parent.parent.name)],
    )
    if candidates:
        return candidates[-1]
    found = shutil.which("python3.11")
    if found:
        return found
    if sys.version_info >= (3, 11):
        return sys.executable
    pytest.fail("no Python 3.11+ found: install one (pyenv install 3.11) to run this test")


def test_requirements_are_fully_pinned():
    assert REQUIREMENTS.is_file(), "requirements.txt does not exist"
    problems, pins = pin_problems(REQUIREMENTS.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)
    missing = ESSENTIAL - set(pins)
    assert not missing, f"requirements.txt does not pin {sorted(missing)}"


def test_pin_check_catches_loose_requirements():
    text = (
        "mkdocs==1.6.1 \\\n"
        "    --hash=sha256:" + "a" * 64 + "\n"
        "# a comment\n"
        "mkdocs-material>=9.8\n"
        "pymdown-extensions\n"
        "Markdown==3.*\n"
        "-e git+https://example.org/x.git#egg=x\n"
        "babel==2.18.0\n"
    )
    problems, pins = pin_problems(text)
    lines = [p.split(":")[1] for p in problems if ":" in p and p.split(":")[1].isdigit()]
    assert lines == ["4", "5", "6", "7"], problems
    assert any("have --hash" in p for p in problems), problems
    assert pins == {"mkdocs": "1.6.1", "babel": "2.18.0"}


@pytest.mark.slow
def test_a_fresh_venv_installs_the_pins_and_builds_the_site(tmp_path):
    assert REQUIREMENTS.is_file(), "requirements.txt does not exist"
    venv = tmp_path / "venv"
    subprocess.run([python311(), "-m", "venv", str(venv)], check=True, timeout=120)
    bin_dir = venv / "bin"
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PYTHONDONTWRITEBYTECODE="1",
        NO_MKDOCS_2_WARNING="1",
    )

    def step(*args: str, timeout: int = 300) -> None:
        proc = subprocess.run(
            list(args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
        assert proc.returncode == 0, (
            f"`{' '.join(args)}` failed (exit {proc.returncode}):\n"
            f"{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
        )

    # --no-deps: whatever requirements.txt forgets stays missing, and pip check says so.
    step(str(bin_dir / "python"), "-m", "pip", "install", "--no-deps", "-r", str(REQUIREMENTS))
    step(str(bin_dir / "python"), "-m", "pip", "check")
    site = tmp_path / "site"
    step(str(bin_dir / "mkdocs"), "build", "--strict", "-d", str(site))
    assert (site / "index.html").is_file(), "mkdocs build wrote no index.html"
    assert (site / "sitemap.xml").is_file(), "mkdocs build wrote no sitemap.xml"
