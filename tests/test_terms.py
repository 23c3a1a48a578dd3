"""Russian pages use one term per concept: the terms in tests/terms.toml fail with file:line."""

import re
import tomllib

from conftest import ROOT, load_hook

checks = load_hook("checks")
RULES = tomllib.loads((ROOT / "tests" / "terms.toml").read_text(encoding="utf-8"))["ru"]


def prose_paragraphs(path):
    """(first line, text) of each prose paragraph, inline code and link targets blanked."""
    for number, text in checks._paragraphs(checks.parse(path, path.parent).prose):
        text = re.sub(r"`[^`]*`", " ", text)
        text = re.sub(r"(?<=\])\([^)]*\)|https?://\S+|\{[^}]*\}", " ", text)
        yield number, text


def wrong_terms(path) -> list[str]:
    found = []
    for number, text in prose_paragraphs(path):
        for rule in RULES:
            for match in re.finditer(rule["pattern"], text, flags=re.IGNORECASE):
                line = number + text.count("\n", 0, match.start())
                found.append(f"docs/{path.name}:{line}: «{match.group(0)}» — {rule['use']}")
    return found


def test_russian_pages_use_the_glossary_terms():
    problems = [p for page in sorted((ROOT / "docs").glob("*.ru.md")) for p in wrong_terms(page)]
    assert not problems, "Russian pages use terms the glossary replaces:\n" + "\n".join(problems)


def test_a_planted_wrong_term_is_reported_with_its_line(tmp_path):
    page = tmp_path / "modules.ru.md"
    text = (ROOT / "docs" / "modules.ru.md").read_text(encoding="utf-8")
    lines = len(text.splitlines())
    page.write_text(text + "\nПоложите файл в папку `src`, это обычный модуль.\n", encoding="utf-8")
    found = [p for p in wrong_terms(page) if f":{lines + 2}:" in p]
    assert [p.split(": ", 1)[1].split(" — ")[0] for p in found] == ["«папку»", "«обычный»"], found


def test_code_and_regular_packages_are_not_reported(tmp_path):
    page = tmp_path / "page.ru.md"
    page.write_text("# Т { #t }\n\nЭто *обычный* пакет, `папка` в коде, обычно так.\n", encoding="utf-8")
    assert wrong_terms(page) == []


def test_the_rules_from_the_russian_edit_catch_their_words_and_no_others(tmp_path):
    page = tmp_path / "page.ru.md"
    page.write_text(
        "# Т { #t }\n\nИмпорт бросает `ImportError`, проверщик типов молчит, хэш другой.\n\n"
        "Файлы разбросаны, счётчик сбросил значение, в блокноте Jupyter всё так.\n",
        encoding="utf-8",
    )
    found = [p.split(": ", 1)[1].split(" — ")[0] for p in wrong_terms(page)]
    assert sorted(found) == ["«бросает»", "«проверщик»", "«хэш»"], found
