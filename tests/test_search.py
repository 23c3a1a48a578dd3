"""Search in both languages, in Chromium on the real build (queries: search_queries.toml).

Each query must find one of its expected targets among the first three results,
counted as Material shows them: one result per page, with its sections (for a
pasted error message: the first result, and its section first), and every result must be in the
reader's language: /ru/ pages on /ru/, English pages elsewhere.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from test_browser import open_search, search

QUERIES = tomllib.loads((Path(__file__).with_name("search_queries.toml")).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def search_pages(browser, server):
    pages = {}
    for lang, path in (("en", ""), ("ru", "ru/")):
        page = browser.new_page()
        page.goto(server.url + path)
        open_search(page)
        pages[lang] = page
    yield pages
    for page in pages.values():
        page.close()


def test_query_sets_are_big_enough():
    assert len(QUERIES["en"]) >= 30 and len(QUERIES["ru"]) >= 30


@pytest.mark.parametrize(
    "lang,case",
    [pytest.param(lang, case, id=f"{lang}:{case['query'][:60]}") for lang in ("en", "ru") for case in QUERIES[lang]],
)
def test_search_finds(search_pages, server, lang, case):
    base = server.url + ("ru/" if lang == "ru" else "")
    groups = search(search_pages[lang], case["query"])
    assert groups, f"{case['query']!r} on /{'ru/' if lang == 'ru' else ''}: no results"
    wrong = [r for g in groups for r in g if r.startswith(server.url + "ru/") != (lang == "ru")]
    assert not wrong, f"{case['query']!r}: results in the other language: {wrong[:3]}"
    pages = [[r[len(base):] for r in g] for g in groups]
    top = pages[:1] if case.get("first") else pages[:3]

    def hit(group: list[str]) -> bool:
        for expected in case["expect"]:
            page, _, section = expected.partition("#")
            if group[0] != page:
                continue
            if not section:
                return True
            # Material lists the page, then its sections, best first.
            if (group[1:2] if case.get("first") else group[1:]).count(expected):
                return True
        return False

    shown = [g[:3] for g in pages[:5]]
    assert any(hit(g) for g in top), f"{case['query']!r}: expected one of {case['expect']} in the top {len(top)}; got {shown}"
