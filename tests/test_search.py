"""Search in both languages, in Chromium on the real build (queries: search_queries.toml).

Each query must find one of its expected targets among the first three results,
counted as Material shows them: one result per page, with its sections (for a
pasted error message: the first result, and its section first); no query may
get an empty list; and every result must be in the reader's language: /ru/
pages on /ru/, English pages elsewhere.

The queries of a language run in one page, one after another, through
Material's own search box: the query is put into the box as a paste puts it,
the keyup Material listens for is sent, and the rendered result list is read
once Material has drawn it (RUN_ALL below). Doing this inside the page, not
one Playwright round trip per step, keeps 200 queries to a few seconds.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from test_browser import open_search

QUERIES = tomllib.loads((Path(__file__).with_name("search_queries.toml")).read_text(encoding="utf-8"))


RUN_ALL = """
async (queries) => {
  const box = document.querySelector('input.md-search__input')
  const meta = document.querySelector('.md-search-result__meta')
  const list = document.querySelector('.md-search-result__list')
  const until = (test, what) => new Promise((resolve, reject) => {
    const start = performance.now()
    const poll = () => test() ? resolve()
      : performance.now() - start > 10000 ? reject(new Error(what + ': ' + meta.textContent))
      : setTimeout(poll, 2)
    poll()
  })
  const keyup = () => box.dispatchEvent(new KeyboardEvent('keyup', {key: 'End', bubbles: true}))
  const results = []
  for (const query of queries) {
    // An empty query shows the placeholder and clears the list: what is
    // drawn next can only be this query's.
    box.value = ''
    keyup()
    await until(() => /^(Type to start|Начните печатать)/.test(meta.textContent), 'reset')
    box.value = query
    box.dispatchEvent(new Event('input', {bubbles: true}))
    keyup()
    await until(() => /^(No matching|Совпадений не найдено|\\d|Найдено)/.test(meta.textContent), query)
    await new Promise(r => setTimeout(r, 10))
    results.push([...list.querySelectorAll('li.md-search-result__item')].map(item =>
      [...item.querySelectorAll('a.md-search-result__link')].map(a => {
        const u = new URL(a.href); u.search = ''; return u.href })))
  }
  return results
}
"""


def read_results(page, base: str, queries: list[str]) -> dict[str, list[list[str]]]:
    """{query: result groups, each the page's links relative to base} in one page."""
    raw = page.evaluate(RUN_ALL, queries)
    return {q: [[link[len(base):] if link.startswith(base) else link for link in g] for g in groups]
            for q, groups in zip(queries, raw)}


def rank(case: dict, groups: list[list[str]]) -> int | None:
    """1-based position of the first result group that holds an expected target.

    A group is a page then its sections, as Material draws it. An expected
    page matches a group of that page; an expected section matches when it is
    among the group's sections (for `first`: when it is the top section)."""
    for position, group in enumerate(groups, 1):
        for expected in case["expect"]:
            page, _, section = expected.partition("#")
            if not group or group[0] != page:
                continue
            if not section or expected in (group[1:2] if case.get("first") else group[1:]):
                return position
    return None


@pytest.fixture(scope="module")
def results(browser, server):
    """{lang: {query: result groups}} for every query, read in Chromium."""
    found = {}
    for lang, path in (("en", ""), ("ru", "ru/")):
        page = browser.new_page()
        page.goto(server.url + path)
        open_search(page)
        found[lang] = read_results(page, server.url + path, [case["query"] for case in QUERIES[lang]])
        page.close()
    return found


def test_query_sets_are_big_enough():
    assert len(QUERIES["en"]) >= 100 and len(QUERIES["ru"]) >= 100
    for lang in ("en", "ru"):
        questions = [c for c in QUERIES[lang] if c.get("kind") in ("question", "traceback")]
        assert len(questions) >= 60, f"{lang}: {len(questions)} real-style questions and tracebacks, want 60"


@pytest.mark.parametrize(
    "lang,case",
    [pytest.param(lang, case, id=f"{lang}:{case['query'][:60]}") for lang in ("en", "ru") for case in QUERIES[lang]],
)
def test_search_finds(results, server, lang, case):
    groups = results[lang][case["query"]]
    where = "/ru/" if lang == "ru" else "/"
    assert groups, f"{case['query']!r} on {where}: no results"
    # Links are relative to the language's root: an English result on /ru/
    # stays absolute, a Russian one on / starts with ru/.
    wrong = [r for g in groups for r in g if r.startswith("http" if lang == "ru" else "ru/")]
    assert not wrong, f"{case['query']!r}: results in the other language: {wrong[:3]}"
    position = rank(case, groups)
    limit = 1 if case.get("first") else 3
    shown = [g[:3] for g in groups[:5]]
    assert position is not None and position <= limit, (
        f"{case['query']!r}: expected one of {case['expect']} in the top {limit}; got {shown}"
    )


def test_aliases_name_only_sections_that_exist():
    """An alias for a section that is not in the index stops the build, naming the file."""
    from mkdocs.exceptions import PluginError

    from conftest import load_hook

    hook = load_hook("search_i18n")
    aliases = hook.load_aliases()
    assert aliases["en"] and aliases["ru"], "hooks/search_aliases.toml has no aliases"
    docs = [{"location": "modules/", "title": "Modules", "text": ""}]
    hook.add_aliases(docs, {"modules/": ["module file"]}, "en")
    assert docs[0]["aliases"] == ["module file"]
    with pytest.raises(PluginError, match=r"search_aliases\.toml: \[en\] names sections that do not exist: \['modules/#gone'\]"):
        hook.add_aliases(docs, {"modules/#gone": ["x"]}, "en")


def test_aliases_file_rejects_bad_entries(tmp_path):
    from mkdocs.exceptions import PluginError

    from conftest import load_hook

    hook = load_hook("search_i18n")
    bad = tmp_path / "aliases.toml"
    bad.write_text('[en]\n"modules/" = []\n', encoding="utf-8")
    with pytest.raises(PluginError, match="needs a list of non-empty strings"):
        hook.load_aliases(bad)
    bad.write_text('[de]\n"modules/" = ["x"]\n', encoding="utf-8")
    with pytest.raises(PluginError, match="unknown languages"):
        hook.load_aliases(bad)
