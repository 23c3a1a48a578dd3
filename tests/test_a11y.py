"""Accessibility gate: axe-core finds no violation, of any impact, anywhere.

Every page of both languages (from the sitemap, plus both 404 pages) in the
light colour scheme with every rule, in the dark one with the rules that look
at colours, and the search dialog with results open, in both schemes.
One Chromium for all of it. A failure names the page, the scheme, the rule and
the elements. The fixes live in overrides/main.html and
docs/assets/stylesheets/extra.css; no rule is disabled.

The last test plants a low-contrast colour into a copy of a page and shows
the gate failing on it.
"""

from __future__ import annotations

import pytest

from conftest import page_urls

pytest.register_assert_rewrite("quality")
from quality import format_axe, run_axe

pytest_plugins = ["quality"]

SCHEMES = ["light", "dark"]
SCHEME_ATTR = {"light": "default", "dark": "slate"}
# Language prefix and a query whose results hold prose, code and tables.
SEARCHES = {"en": ("", "package"), "ru": ("ru/", "пакет")}


@pytest.fixture(params=SCHEMES)
def scheme(request):
    return request.param


@pytest.fixture
def page_in_scheme(chromium, scheme):
    """A page of a fresh context that prefers `scheme` (Material picks its
    palette from prefers-color-scheme on a first visit)."""
    context = chromium.new_context(color_scheme=scheme)
    yield context.new_page()
    context.close()


def load(page, url: str, scheme: str):
    page.goto(url, wait_until="load")
    # Material sets the palette from its (deferred) bundle: wait for it.
    page.wait_for_function(
        "s => document.body.getAttribute('data-md-color-scheme') === s", arg=SCHEME_ATTR[scheme], timeout=10_000
    )


# The dark scheme changes colours only (Material's palette is a set of CSS
# variables): there, the rules that look at colours. Every rule runs in light.
RULES = {"light": None, "dark": ["color-contrast", "link-in-text-block"]}


def test_axe_every_page(built_site, server, page_in_scheme, scheme):
    problems = []
    for url in page_urls(built_site):
        load(page_in_scheme, server.url + url, scheme)
        problems += format_axe(f"/{url} [{scheme}]", run_axe(page_in_scheme, RULES[scheme]))
    assert not problems, "axe-core violations:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", SEARCHES)
def test_axe_search_dialog_with_results(server, page_in_scheme, scheme, lang):
    prefix, query = SEARCHES[lang]
    page = page_in_scheme
    load(page, server.url + prefix, scheme)
    page.keyboard.press("/")
    box = page.locator("input.md-search__input")
    box.type(query, delay=5)
    box.press("End")  # Cyrillic typed by Playwright sends no keyup; Material searches on keyup
    page.wait_for_selector("li.md-search-result__item", timeout=10_000)
    assert page.evaluate("document.getElementById('__search').checked"), "the search dialog did not open"
    problems = format_axe(f"/{prefix} search {query!r} [{scheme}]", run_axe(page))
    assert not problems, "axe-core violations in the search dialog:\n" + "\n".join(problems)


def test_gate_fails_on_low_contrast(server, chromium):
    """Grey paragraphs (#959595 on white, 2.9:1) planted into the modules
    page as served are reported as color-contrast on that page."""
    context = chromium.new_context(color_scheme="light")
    page = context.new_page()
    url = server.url + "modules/"
    planted = "<style>.md-content p{color:#959595}</style></head>"

    def plant(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace("</head>", planted, 1))

    try:
        page.route(url, plant)
        load(page, url, "light")
        problems = format_axe("/modules/ [light]", run_axe(page))
    finally:
        context.close()
    assert any(p.startswith("/modules/ [light]: color-contrast") for p in problems), problems
    assert any("#959595" in p for p in problems), problems
