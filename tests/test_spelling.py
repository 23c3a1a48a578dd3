"""Spelling and Markdown style gates.

- codespell: English (the pages, the text appended to them, the example files
  and the outputs the pages include). Config: .codespellrc; reviewed words:
  tests/wordlists/en.txt.
- pyspelling with hunspell (ru_RU + en_US): the Russian pages. Config:
  .pyspelling.yml; reviewed words: tests/wordlists/ru.txt (Russian technical
  words the dictionary lacks, in the forms the pages use, and the English
  names and identifiers the pages write without backticks).
- markdownlint-cli2: the Markdown of docs/ and includes/, set up for
  Material's syntax in .markdownlint-cli2.yaml.

Each gate has a planted-defect test that copies a page to a temporary folder,
spoils it and shows the gate failing on it, naming the file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import BIN, ROOT

MARKDOWNLINT = ROOT / "node_modules" / ".bin" / "markdownlint-cli2"
CODESPELL_PATHS = ["docs", "includes", "examples"]


def codespell(*paths) -> list[str]:
    result = subprocess.run(
        [str(BIN / "codespell"), *map(str, paths)], capture_output=True, text=True, cwd=ROOT
    )
    # codespell exits 65 when it finds misspellings, 0 when none, other codes on failure.
    assert result.returncode in (0, 65), f"codespell failed ({result.returncode}):\n{result.stderr}"
    return result.stdout.splitlines()


def pyspelling(*sources) -> dict[str, list[str]]:
    """Misspelt words per file, from pyspelling's report."""
    if not shutil.which("hunspell"):
        pytest.fail("hunspell not found: apt-get install hunspell hunspell-ru hunspell-en-us (make system)")
    cmd = [str(BIN / "pyspelling"), "-c", str(ROOT / ".pyspelling.yml"), "-n", "russian"]
    for source in sources:
        cmd += ["-S", str(source)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "tests"), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    if result.returncode not in (0, 1) or "Traceback" in result.stderr:
        pytest.fail(f"pyspelling failed ({result.returncode}):\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    found: dict[str, list[str]] = {}
    for block in result.stdout.split("Misspelled words:")[1:]:
        header = re.search(r"<[^>]+> (\S+?):", block)
        words = re.findall(r"^(?!-{5})(\S+)$", block.split("-" * 80, 1)[-1], re.M)
        found.setdefault(header[1] if header else "?", []).extend(w for w in words if not w.startswith("!!!"))
    return found


def markdownlint(cwd: Path, *files) -> list[str]:
    assert MARKDOWNLINT.exists(), f"{MARKDOWNLINT} missing: run npm ci"
    result = subprocess.run(
        [str(MARKDOWNLINT), "--config", str(ROOT / ".markdownlint-cli2.yaml"), *map(str, files)],
        capture_output=True, text=True, cwd=cwd,
    )
    problems = [line for line in (result.stdout + result.stderr).splitlines() if re.search(r" MD\d{3}/", line)]
    assert result.returncode in (0, 1), f"markdownlint-cli2 failed ({result.returncode}):\n{result.stderr}"
    assert (result.returncode == 1) == bool(problems), result.stdout + result.stderr
    return problems


# --- codespell (English) -----------------------------------------------------

def test_codespell_finds_no_misspelling():
    problems = codespell(*CODESPELL_PATHS)
    assert not problems, "codespell (fix the word, or add a reviewed one to tests/wordlists/en.txt):\n" + "\n".join(problems)


def test_codespell_fails_on_a_misspelt_word(tmp_path):
    page = tmp_path / "modules.md"
    text = (ROOT / "docs" / "modules.md").read_text(encoding="utf-8")
    page.write_text(text + "\nPython will recieve the module once.\n", encoding="utf-8")
    problems = codespell(page)
    assert any(p.startswith(f"{page}:") and "recieve ==> receive" in p for p in problems), problems


# --- hunspell through pyspelling (Russian pages) ------------------------------

def test_russian_pages_are_spelt_right():
    found = pyspelling()
    problems = [f"{path}: {', '.join(sorted(set(words)))}" for path, words in sorted(found.items())]
    assert not problems, (
        "hunspell (ru_RU, en_US) does not know these words (fix the spelling, put code in backticks, "
        "or add a reviewed word to tests/wordlists/ru.txt):\n" + "\n".join(problems)
    )


def test_pyspelling_fails_on_a_misspelt_russian_word(tmp_path):
    page = tmp_path / "modules.ru.md"
    text = (ROOT / "docs" / "modules.ru.md").read_text(encoding="utf-8")
    page.write_text(text + "\nКаждый модль выполняется один раз.\n", encoding="utf-8")
    found = pyspelling(page)
    assert found.get(str(page)) == ["модль"], found


# --- markdownlint-cli2 --------------------------------------------------------

def test_markdown_style():
    problems = markdownlint(ROOT)
    assert not problems, "markdownlint-cli2 (.markdownlint-cli2.yaml):\n" + "\n".join(problems)


def test_markdownlint_fails_on_a_style_defect(tmp_path):
    page = tmp_path / "modules.md"
    text = (ROOT / "docs" / "modules.md").read_text(encoding="utf-8")
    # A heading two levels below the last section's (## References): MD001.
    page.write_text(text.rstrip("\n") + "\n\n#### Skipped a level { #skipped }\n\nText.\n", encoding="utf-8")
    line = len(page.read_text(encoding="utf-8").splitlines()) - 2
    problems = markdownlint(tmp_path, page.name)
    assert any(p.startswith(f"modules.md:{line} ") and "MD001/heading-increment" in p for p in problems), problems
