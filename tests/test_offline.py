"""The offline edition, opened from disk (file://) with every network request blocked.

`make offline` (tools/offline.py) builds it; here it is built the same way,
unzipped, and read in Chromium: both languages, search in both, the language
switcher, a diagram, and not a single request to any network.
"""

from __future__ import annotations

import filecmp
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from test_browser import open_search, search

sys.path.insert(0, str(ROOT / "tools"))
import offline  # noqa: E402


@pytest.fixture(scope="module")
def offline_root(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("offline")
    site = work / "build"
    offline.build(site)
    archive = work / "edition.zip"
    offline.pack(site, archive)
    with zipfile.ZipFile(archive) as z:
        z.extractall(work / "unzipped")
    return work / "unzipped" / offline.NAME


@pytest.fixture
def offline_page(browser):
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.route(lambda url: not url.startswith(("file:", "data:", "blob:", "about:")), lambda route: route.abort())
    yield page
    page.close()
    remote = [u for u in requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
    assert not remote, f"the offline edition requested: {remote[:10]}"


def test_vendored_shim_is_the_pinned_npm_file():
    vendored = ROOT / "docs/assets/javascripts/vendor/iframe-worker-shim.js"
    pinned = ROOT / "node_modules/iframe-worker/shim/index.js"
    assert pinned.exists(), "node_modules/iframe-worker missing: run `npm ci` (or make test)"
    assert filecmp.cmp(vendored, pinned, shallow=False), f"{vendored} differs from {pinned}: copy it again"


def test_offline_pages_use_no_cdn(offline_root):
    for page in ("index.html", "ru/index.html", "packages.html"):
        html = (offline_root / page).read_text(encoding="utf-8")
        assert "unpkg.com" not in html and "iframe-worker-shim.js" in html, page


@pytest.mark.parametrize(
    "start,query,expected",
    [
        ("index.html", "namespace", "namespace-packages.html"),
        ("ru/index.html", "вложенных пакетов", "ru/nested-packages.html"),
    ],
)
def test_offline_search_works(offline_page, offline_root, start, query, expected):
    offline_page.goto((offline_root / start).as_uri())
    open_search(offline_page)
    groups = search(offline_page, query, timeout=20_000)
    base = (offline_root / start).parent.as_uri() + "/"
    assert groups, f"no results for {query!r} offline"
    assert any(g[0] == (offline_root / expected).as_uri() for g in groups[:3]), (base, groups[:3])
    lang_ru = start.startswith("ru/")
    assert all(("/ru/" in r) == lang_ru for g in groups for r in g), "results in the other language"


def test_offline_language_switch(offline_page, offline_root):
    offline_page.goto((offline_root / "packages.html").as_uri() + "#init-py")
    offline_page.hover(".md-header__option .md-select")
    with offline_page.expect_navigation():
        offline_page.click("a.md-select__link[hreflang=ru]")
    assert offline_page.url == (offline_root / "ru" / "packages.html").as_uri() + "#init-py"
    assert offline_page.get_attribute("html", "lang") == "ru"


def test_offline_pages_and_diagram_load(offline_page, offline_root):
    pages = sorted(p for p in offline_root.rglob("*.html") if p.name != "404.html")
    assert len(pages) >= 24, pages
    for page in pages:
        offline_page.goto(page.as_uri(), wait_until="load")
    offline_page.goto((offline_root / "ru/packages.html").as_uri())
    diagram = offline_page.locator("svg.diagram").first
    assert diagram.is_visible() and diagram.bounding_box()["height"] > 50
