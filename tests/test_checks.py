"""Bad input stops the build or the tests with a message naming file and line.

The first tests feed hooks/checks.py small page pairs; the last ones build a
tiny copy of the site with one planted defect each and read MkDocs' error.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, load_hook, mkdocs_build

checks = load_hook("checks")

EN = """# Title { #top }

Intro with a [link](other.md#part).

## Part { #part }

```python
--8<-- "examples/short-answer/main.py"
```

!!! note
    A note.
"""
RU = """# Заголовок { #top }

Вступление со [ссылкой](other.md#part).

## Часть { #part }

```python
--8<-- "examples/short-answer/main.py"
```

!!! note
    Примечание.
"""


def run(tmp_path, en=EN, ru=RU, name="page"):
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    if en is not None:
        (docs / f"{name}.md").write_text(en, encoding="utf-8")
    if ru is not None:
        (docs / f"{name}.ru.md").write_text(ru, encoding="utf-8")
    return checks.check_docs(docs)


def test_good_twins_pass(tmp_path):
    assert run(tmp_path) == []


def test_page_without_russian_twin(tmp_path):
    assert run(tmp_path, ru=None) == ["docs/page.md:1: has no Russian twin docs/page.ru.md"]


def test_page_without_english_twin(tmp_path):
    assert run(tmp_path, en=None) == ["docs/page.ru.md:1: has no English twin docs/page.md"]


def test_heading_without_id(tmp_path):
    problems = run(tmp_path, ru=RU.replace("## Часть { #part }", "## Часть"))
    assert "docs/page.ru.md:5: heading without an explicit id: '## Часть' (add { #some-id })" in problems


def test_ids_differ_between_twins(tmp_path):
    problems = run(tmp_path, ru=RU.replace("{ #part }", "{ #chast }"))
    assert "docs/page.ru.md:5 has #chast, but docs/page.md:5 has #part: heading ids must match in the same order" in problems


def test_bad_id_spelling(tmp_path):
    problems = run(tmp_path, en=EN.replace("#part", "#Part_1"), ru=RU.replace("#part", "#Part_1"))
    assert any("docs/page.md:5: heading id 'Part_1' is not lowercase" in p for p in problems)


def test_duplicate_id(tmp_path):
    problems = run(tmp_path, en=EN.replace("{ #part }", "{ #top }"), ru=RU.replace("{ #part }", "{ #top }"))
    assert "docs/page.md:5: heading id #top already used on line 1" in problems


def test_snippet_includes_differ(tmp_path):
    problems = run(tmp_path, ru=RU.replace("short-answer/main.py", "short-answer/greet.py"))
    assert any(p.startswith("docs/page.ru.md:8: snippet include #1 is 'examples/short-answer/greet.py'") for p in problems)


def test_admonition_missing_in_translation(tmp_path):
    problems = run(tmp_path, ru=RU.replace("!!! note\n    Примечание.\n", "Примечание.\n"))
    assert "docs/page.ru.md:1: 0 admonitions, but docs/page.md has 1" in problems


def test_internal_link_missing_in_translation(tmp_path):
    problems = run(tmp_path, ru=RU.replace("[ссылкой](other.md#part)", "ссылкой"))
    assert "docs/page.md:3: link to 'other.md#part' is missing from docs/page.ru.md" in problems


def test_english_prose_left_in_russian_page(tmp_path):
    problems = run(tmp_path, ru=RU.replace("Примечание.", "This note was never translated."))
    assert "docs/page.ru.md:12: English left in a Russian page: 'This note was never translated'" in problems


def test_code_and_names_in_russian_page_are_fine(tmp_path):
    ru = RU.replace("Примечание.", "Ошибка `ImportError: attempted relative import with no known parent package` и Python 3.13.")
    assert run(tmp_path, ru=ru) == []


def test_hand_typed_output_is_reported(tmp_path):
    typed = "\n```console\n$ python main.py\nHello, reader!\n```\n"
    problems = run(tmp_path, en=EN + typed, ru=RU + typed)
    assert any(p.startswith("docs/page.md:15: a ```console block (line 14) shows text that no example printed") for p in problems)


def test_included_output_is_accepted(tmp_path):
    block = '\n```console\n--8<-- "examples/short-answer/output/main.txt"\n```\n'
    assert run(tmp_path, en=EN + block, ru=RU + block) == []


def test_the_real_docs_pass():
    assert checks.check_docs(ROOT / "docs") == []


# --- the build itself stops on bad input --------------------------------------

MINI_EN = "# Home { #home }\n\nSee [the page](page.md#part).\n"
MINI_RU = "# Главная { #home }\n\nСм. [страницу](page.md#part).\n"


@pytest.fixture
def mini_site(tmp_path):
    """A copy of the real configuration, hooks and theme with two tiny pages."""
    for name in ("hooks", "overrides", "includes", "examples", "tools"):
        shutil.copytree(ROOT / name, tmp_path / name)
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    (docs / "index.md").write_text("---\ndescription: The mini site's home page.\n---\n\n" + MINI_EN, encoding="utf-8")
    (docs / "index.ru.md").write_text("---\ndescription: Главная страница маленького сайта.\n---\n\n" + MINI_RU, encoding="utf-8")
    (docs / "page.md").write_text(
        "---\ndescription: A tiny page with one example.\n---\n\n" + EN.replace("other.md#part", "index.md#home"), encoding="utf-8"
    )
    (docs / "page.ru.md").write_text(
        "---\ndescription: Маленькая страница с одним примером.\n---\n\n" + RU.replace("other.md#part", "index.md#home"),
        encoding="utf-8",
    )
    # The runner hook copies Pyodide from node_modules (installed by `npm ci`).
    if (ROOT / "node_modules").is_dir():
        (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    # The real aliases name the real site's sections; the mini site gets its own.
    (tmp_path / "hooks" / "search_aliases.toml").write_text(
        '[en]\n"page/" = ["tiny page"]\n\n[ru]\n"page/" = ["маленькая страница"]\n', encoding="utf-8"
    )
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"(?ms)^nav:.*", "nav:\n  - Home: index.md\n  - Page: page.md\n", config)
    config = config.replace("            Home: Главная", "            Home: Главная\n            Page: Страница")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    return tmp_path


def build(site: Path):
    result = mkdocs_build(site / "mkdocs.yml", site / "site")
    return result.returncode, result.stdout + result.stderr


@pytest.mark.slow
def test_mini_site_builds(mini_site):
    code, log = build(mini_site)
    assert code == 0, log


@pytest.mark.slow
def test_build_stops_on_missing_twin(mini_site):
    (mini_site / "docs" / "page.ru.md").unlink()
    code, log = build(mini_site)
    assert code != 0 and "docs/page.md:1: has no Russian twin docs/page.ru.md" in log


@pytest.mark.slow
def test_build_stops_on_wrong_snippet_path(mini_site):
    page = mini_site / "docs" / "page.md"
    page.write_text(page.read_text().replace("short-answer/main.py", "short-answer/nope.py"))
    ru = mini_site / "docs" / "page.ru.md"
    ru.write_text(ru.read_text().replace("short-answer/main.py", "short-answer/nope.py"))
    code, log = build(mini_site)
    assert code != 0 and "examples/short-answer/nope.py" in log and "page.md" in log


@pytest.mark.slow
def test_build_stops_on_link_to_missing_page(mini_site):
    for name, text in (("index.md", MINI_EN), ("index.ru.md", MINI_RU)):
        (mini_site / "docs" / name).write_text(text.replace("page.md#part", "missing.md"), encoding="utf-8")
    code, log = build(mini_site)
    assert code != 0 and "Doc file 'index.md' contains a link 'missing.md'" in log


@pytest.mark.slow
def test_build_stops_on_link_to_missing_anchor(mini_site):
    for name, text in (("index.md", MINI_EN), ("index.ru.md", MINI_RU)):
        (mini_site / "docs" / name).write_text(text.replace("#part", "#no-such-section"), encoding="utf-8")
    code, log = build(mini_site)
    assert code != 0 and "contains a link 'page.md#no-such-section'" in log and "'index.md'" in log


@pytest.mark.slow
def test_build_stops_on_unknown_config_key(mini_site):
    config = mini_site / "mkdocs.yml"
    config.write_text(config.read_text().replace("      reconfigure_search: true", "      reconfigure_search_plugin: true"))
    code, log = build(mini_site)
    assert code != 0 and "reconfigure_search_plugin" in log


@pytest.mark.slow
def test_build_stops_on_missing_nav_translation(mini_site):
    config = mini_site / "mkdocs.yml"
    config.write_text(config.read_text().replace("            Page: Страница\n", ""))
    code, log = build(mini_site)
    assert code != 0 and "mkdocs.yml: nav title 'Page' has no Russian title in nav_translations" in log
