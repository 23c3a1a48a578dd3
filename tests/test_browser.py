"""The site as readers use it, in Debian's Chromium: languages, switcher, search, 404, network."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from conftest import page_urls


def open_search(page):
    """Open Material's search as a keyboard user does: the "/" hotkey."""
    page.wait_for_function("() => document.querySelector('input.md-search__input') !== null")
    page.keyboard.press("/")
    page.wait_for_function("() => document.activeElement && document.activeElement.matches('input.md-search__input')")


def search(page, query: str, timeout: float = 10_000, typing: bool = False) -> list[list[str]]:
    """Type a query into Material's search; return the results as Material shows
    them: one group per page, best first, each the page's links (page, then its
    sections), without the ?h= highlight parameter.

    The query is pasted (one input event) unless `typing`: typing a long
    traceback key by key runs a search per key. Playwright's typing of
    Cyrillic sends no keyup, and Material reads the query on keyup: pressing
    End afterwards sends one.
    """
    box = page.locator("input.md-search__input")
    meta = "document.querySelector('.md-search-result__meta').textContent"
    # An empty query shows the placeholder once the worker is ready, and clears
    # the previous results: what follows can only be this query's.
    box.fill("")
    box.press("End")
    page.wait_for_function(f"() => /^(Type to start|Начните печатать)/.test({meta})", timeout=timeout)
    if typing:
        box.type(query, delay=5)
    else:  # pasted, as readers paste an error message: one input, one search
        box.fill(query)
    box.press("End")
    page.wait_for_function(
        f"""q => document.querySelector('input.md-search__input').value === q &&
               /^(No matching|Совпадений не найдено|\\d|Найдено)/.test({meta})""",
        arg=query, timeout=timeout,
    )
    page.wait_for_timeout(50)
    return page.eval_on_selector_all(
        "li.md-search-result__item",
        """items => items.map(item => [...item.querySelectorAll('a.md-search-result__link')]
              .map(a => { const u = new URL(a.href); u.search = ''; return u.href }))""",
    )


def test_both_languages_load(page, server):
    for path, lang, heading in (("", "en", "Python modules and packages"), ("ru/", "ru", "Модули и пакеты Python")):
        response = page.goto(server.url + path)
        assert response.status == 200
        assert page.get_attribute("html", "lang") == lang
        assert page.locator("h1").first.inner_text().strip(" ¶\n") == heading


@pytest.mark.parametrize(
    "start,target,lang",
    [
        ("packages/#init-py", "ru/packages/#init-py", "ru"),
        ("ru/packages/#init-py", "packages/#init-py", "en"),
        ("ru/modules/#main-guard", "modules/#main-guard", "en"),
        ("", "ru/", "ru"),
        ("ru/", "", "en"),
    ],
)
def test_language_switch_keeps_page_and_section(page, server, start, target, lang):
    page.goto(server.url + start)
    page.hover(".md-header__option .md-select")
    with page.expect_navigation():
        page.click(f"a.md-select__link[hreflang={lang}]")
    assert page.url == server.url + target
    assert page.get_attribute("html", "lang") == lang
    fragment = urlsplit(target).fragment
    if fragment:
        assert page.locator(f"#{fragment}").is_visible()


def test_search_finds_english_on_english_pages(page, server):
    page.goto(server.url)
    open_search(page)
    groups = search(page, "namespace", typing=True)
    assert groups and all("/ru/" not in r for g in groups for r in g)
    assert any(g[0].endswith("/namespace-packages/") for g in groups[:3]), groups[:3]


def test_search_finds_russian_on_russian_pages(page, server):
    page.goto(server.url + "ru/")
    open_search(page)
    groups = search(page, "пространства имён", typing=True)
    assert groups and all(r.startswith(server.url + "ru/") for g in groups for r in g), groups[:3]
    assert any(g[0].endswith("/ru/namespace-packages/") for g in groups[:3]), groups[:3]


def test_missing_english_page_gets_english_404(page, server):
    response = page.goto(server.url + "no-such-page/")
    assert response.status == 404
    assert page.get_attribute("html", "lang") == "en"
    assert "404" in page.locator("h1").first.inner_text()


def test_missing_russian_page_gets_russian_404(page, server):
    response = page.goto(server.url + "ru/no-such-page/")
    assert response.status == 404
    page.wait_for_function("document.documentElement.lang === 'ru'")
    assert page.url == server.url + "ru/no-such-page/", "the reader keeps the URL they typed"
    nav = page.locator("nav.md-nav--primary").first.inner_text()
    assert "Модули" in nav and "Modules" not in nav


def test_no_request_leaves_the_site(browser, server, built_site):
    """Every page of both languages, search opened once per language: own host only."""
    own = urlsplit(server.url).netloc
    foreign = []
    page = browser.new_page()

    def record(request):
        host = urlsplit(request.url).netloc
        if request.url.startswith(("http:", "https:", "ws:", "wss:")) and host != own:
            foreign.append(f"{page.url} -> {request.url}")

    page.on("request", record)
    page.route(lambda url: urlsplit(url).netloc not in ("", own), lambda route: route.abort())
    try:
        urls = page_urls(built_site)
        assert len(urls) > 20
        for path in urls:
            page.goto(server.url + path, wait_until="load")
        for path, query in (("", "module"), ("ru/", "модуль")):
            page.goto(server.url + path)
            open_search(page)
            assert search(page, query)
    finally:
        page.close()
    assert not foreign, "requests to other hosts:\n" + "\n".join(foreign[:20])


@pytest.mark.parametrize("path", ["errors/", "ru/errors/"])
def test_copy_button_on_a_code_block_far_down(browser, page, server, path):
    """Code blocks are set up as they come into view (content.lazy): the last
    block of a long page has no copy button at load, gets one once scrolled
    to, and the button copies the block's text."""
    browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url.rstrip("/"))
    page.goto(server.url + path, wait_until="load")
    block = page.locator(".highlight pre >> visible=true").last
    button = block.locator("button[data-clipboard-target]")
    page.wait_for_timeout(300)
    assert button.count() == 0, "the last code block was set up before it came into view"
    block.scroll_into_view_if_needed()
    button.click(timeout=5_000)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.strip() == block.locator("code").inner_text().strip()


def test_colour_scheme_toggle_switches_and_is_remembered(browser, page, server):
    """The palette toggle (overrides/main.html runs it instead of Material's
    component): a first visit follows the system preference, a click switches
    scheme, and the choice holds on the next page, in the other language too."""
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    page.emulate_media(color_scheme="light")
    page.goto(server.url + "modules/")
    page.evaluate("localStorage.clear()")
    page.reload()
    assert page.evaluate(scheme) == "default"
    page.locator("label[title='Switch to dark mode']").click()
    assert page.evaluate(scheme) == "slate"
    page.goto(server.url + "ru/errors/")
    assert page.evaluate(scheme) == "slate"
    page.locator("label[for='__palette_0']").click()
    assert page.evaluate(scheme) == "default"
    page.goto(server.url)
    assert page.evaluate(scheme) == "default"
    page.evaluate("localStorage.clear()")
