"""The strict bilingual build: both languages, their links to each other, and nothing external."""

from __future__ import annotations

import json
import posixpath
import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, page_urls

PAGES = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").glob("*.md") if not p.name.endswith(".ru.md"))


def url_of(md: str, lang: str) -> str:
    slug = "" if md == "index.md" else md[: -len(".md")] + "/"
    return ("" if lang == "en" else f"{lang}/") + slug


@pytest.mark.parametrize("md", PAGES)
def test_page_exists_in_both_languages(built_site, md):
    for lang, html_lang in (("en", "en"), ("ru", "ru")):
        page = built_site / url_of(md, lang) / "index.html"
        assert page.exists(), f"{md}: no {lang} page at /{url_of(md, lang)}"
        assert f'<html lang="{html_lang}"' in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("md", PAGES)
def test_hreflang_is_absolute_with_x_default(built_site, server, md):
    for lang in ("en", "ru"):
        html = (built_site / url_of(md, lang) / "index.html").read_text(encoding="utf-8")
        links = dict(
            (m[2], m[1]) for m in re.finditer(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)">', html)
        )
        assert links == {
            "en": server.url + url_of(md, "en"),
            "ru": server.url + url_of(md, "ru"),
            "x-default": server.url + url_of(md, "en"),
        }, f"/{url_of(md, lang)}: hreflang links {links}"


@pytest.mark.parametrize("md", PAGES)
def test_language_switcher_links_to_twin(built_site, md):
    for lang, other in (("en", "ru"), ("ru", "en")):
        here = url_of(md, lang)
        html = (built_site / here / "index.html").read_text(encoding="utf-8")
        href = re.search(rf'<a href="([^"]*)" hreflang="{other}"', html)
        assert href, f"/{here}: no language switcher entry for {other}"
        target = posixpath.normpath(posixpath.join("/" + here, href[1]))
        target = target if target == "/" else target + "/"
        assert target == "/" + url_of(md, other), f"/{here}: switcher goes to {href[1]}"


def test_sitemap_lists_both_languages(built_site, server):
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    locs = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    for md in PAGES:
        for lang in ("en", "ru"):
            assert server.url + url_of(md, lang) in locs, f"sitemap.xml lacks {url_of(md, lang)}"


def test_each_language_has_its_own_404(built_site):
    en = (built_site / "404.html").read_text(encoding="utf-8")
    ru = (built_site / "ru" / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in en and '<html lang="ru"' in ru
    assert "ru/404.html" in en, "the root 404 must bring /ru/ readers to the Russian one"


def test_search_index_per_language(built_site):
    en = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    ru = json.loads((built_site / "ru/search/search_index.json").read_text(encoding="utf-8"))
    assert en["config"]["lang"] == ["en"] and ru["config"]["lang"] == ["en", "ru"]
    assert not [d for d in en["docs"] if d["location"].startswith("ru/")]
    assert any("Модули" in d["title"] for d in ru["docs"]) and not any("Модули" in d["title"] for d in en["docs"])
    assert {d["location"].split("#")[0] for d in en["docs"]} == {d["location"].split("#")[0] for d in ru["docs"]}


def test_every_example_tree_downloads_as_zip(built_site):
    for example in sorted((ROOT / "examples").glob("*/example.toml")):
        name = example.parent.name
        archive = built_site / "downloads" / f"{name}.zip"
        assert archive.exists(), f"downloads/{name}.zip missing"
        with zipfile.ZipFile(archive) as z:
            names = set(z.namelist())
        expected = {
            f"{name}/{p.relative_to(example.parent).as_posix()}"
            for p in example.parent.rglob("*")
            if p.is_file() and not {"output", "__pycache__", "example.toml"} & set(p.relative_to(example.parent).parts)
        }
        assert names == expected, f"downloads/{name}.zip holds {sorted(names ^ expected)} unexpectedly"


EXTERNAL = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*?\b(?:src|href)="(https?:)?//([^"/]+)', re.I)


def test_no_page_loads_anything_from_another_host(html_pages, server):
    own = urlsplit(server.url).netloc
    offenders = []
    for page in html_pages:
        html = page.read_text(encoding="utf-8")
        for m in EXTERNAL.finditer(html):
            tag = m.group(0)
            if m[2] != own and 'rel="alternate"' not in tag and 'rel="canonical"' not in tag:
                offenders.append(f"{page.name}: {tag}")
        if "fonts.googleapis" in html or "fonts.gstatic" in html:
            offenders.append(f"{page}: Google Fonts")
    assert not offenders, "\n".join(offenders[:20])


@pytest.mark.parametrize("md", PAGES)
def test_edit_link_opens_the_source_of_its_language(built_site, md):
    for lang, source in (("en", md), ("ru", md[: -len(".md")] + ".ru.md")):
        html = (built_site / url_of(md, lang) / "index.html").read_text(encoding="utf-8")
        edit = re.search(r'<a href="([^"]+)" title="[^"]+" class="md-content__button md-icon"', html)
        assert edit, f"/{url_of(md, lang)}: no edit link"
        assert edit[1].endswith(f"/edit/main/docs/{source}"), f"/{url_of(md, lang)}: edit link {edit[1]}"


@pytest.mark.parametrize("md", PAGES)
def test_every_section_heading_has_a_permalink(built_site, md):
    for lang in ("en", "ru"):
        html = (built_site / url_of(md, lang) / "index.html").read_text(encoding="utf-8")
        article = html[html.index("<article"): html.index("</article>")]
        headings = re.findall(r'<h([2-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', article, re.S)
        assert headings, f"/{url_of(md, lang)}: no section headings"
        missing = [hid for _, hid, body in headings if f'<a class="headerlink" href="#{hid}"' not in body]
        assert not missing, f"/{url_of(md, lang)}: headings without a permalink: {missing}"
