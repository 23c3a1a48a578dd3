"""What mkdocs-static-i18n leaves to the site: per-language 404, hreflang, glossary tooltips.

- 404: static-i18n writes one 404.html and the last language built wins. We keep
  each language's rendering: 404.html (English) and ru/404.html (Russian); the
  English one carries a tiny script that shows the Russian page to a reader whose
  missing URL is under /ru/ (GitHub Pages answers every missing URL with the root
  404.html).
- hreflang: Material writes <link rel="alternate"> with relative links and no
  x-default. We write absolute URLs from site_url, one per language plus
  x-default (English). The offline edition gets none: it is read from disk.
- Language switcher: each entry links to the twin page, relative to the page, so
  it works hosted under a sub-path, with `mkdocs serve` and from file://.
  docs/assets/javascripts/i18n.js carries the #fragment along on click.
- Glossary tooltips: includes/abbreviations.md is appended to English pages,
  includes/abbreviations.ru.md to Russian ones (pymdownx.snippets, check_paths).
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

DEFAULT = "en"
ABBREVIATIONS = {"en": "includes/abbreviations.md", "ru": "includes/abbreviations.ru.md"}
ALTERNATE_LINK = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
SWITCHER_LINK = re.compile(r'<a href="[^"]*" hreflang="([a-z]{2})"')
_404: dict[str, str] = {}


def _plugin(config):
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("i18n_site hook: the i18n plugin (mkdocs-static-i18n) is not configured")
    return plugin


def _offline(config) -> bool:
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(offline and offline.config.enabled)


def _page_lang(page) -> str:
    lang = getattr(page.file, "locale", None)
    if lang not in ABBREVIATIONS:
        raise PluginError(f"i18n_site hook: {page.file.src_uri} has unknown language {lang!r}")
    return lang


def on_page_markdown(markdown, page, config, files, **kwargs):
    lang = _page_lang(page)
    return f'{markdown}\n\n--8<-- "{ABBREVIATIONS[lang]}"\n'


def _twins(page) -> dict[str, str]:
    """Language -> URL (from the site root) of this page in that language."""
    urls = {_page_lang(page): page.url}
    for lang, f in (getattr(page.file, "alternates", None) or {}).items():
        urls[lang] = f.url
    return urls


@event_priority(-50)  # after static-i18n has set extra.alternate for this page
def on_page_context(context, page, config, nav, **kwargs):
    twins = _twins(page)
    # static-i18n sets the attribute (which the templates read), not the key.
    for alternate in getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []:
        url = twins.get(alternate["lang"])
        if url is None:
            raise PluginError(f"i18n_site hook: {page.file.src_uri} has no {alternate['lang']!r} twin")
        # From the site root: Material's `url` filter makes it relative to the page.
        alternate["link"] = url or "."
    return context


def _absolute(config, url: str) -> str:
    return config.site_url.rstrip("/") + "/" + ("" if url in ("", ".", "./") else url)


def on_post_page(output, page, config, **kwargs):
    output = ALTERNATE_LINK.sub("", output)
    if _offline(config):
        return output
    twins = _twins(page)
    links = [
        f'<link rel="alternate" href="{html.escape(_absolute(config, twins[lang]))}" hreflang="{lang}">'
        for lang in sorted(twins)
    ]
    links.append(f'<link rel="alternate" href="{html.escape(_absolute(config, twins[DEFAULT]))}" hreflang="x-default">')
    return output.replace("</title>", "</title>\n    " + "\n    ".join(links), 1)


def on_post_template(output_content, template_name, config, **kwargs):
    if template_name == "404.html":
        lang = _plugin(config).current_language
        root = urlsplit(config.site_url).path.rstrip("/") + "/"
        # The switcher on a 404 page leads to each language's home page.
        output_content = SWITCHER_LINK.sub(
            lambda m: f'<a href="{root}{"" if m[1] == DEFAULT else m[1] + "/"}" hreflang="{m[1]}"', output_content
        )
        _404[lang] = ALTERNATE_LINK.sub("", output_content)
    return output_content


@event_priority(-110)  # after static-i18n (-100) has built every language
def on_post_build(config, **kwargs):
    plugin = _plugin(config)
    if plugin.building:
        return
    site = Path(config.site_dir)
    missing = {DEFAULT, "ru"} - set(_404)
    if missing:
        raise PluginError(f"i18n_site hook: no 404 page was rendered for {sorted(missing)}")
    (site / "ru").mkdir(exist_ok=True)
    (site / "ru" / "404.html").write_text(_404["ru"], encoding="utf-8")
    root = urlsplit(config.site_url).path.rstrip("/") + "/"
    redirect = (
        f"<script>if(location.pathname.indexOf({json.dumps(root + 'ru/')})===0)"
        f"fetch({json.dumps(root + 'ru/404.html')}).then(function(r){{return r.ok?r.text():null}})"
        ".then(function(t){if(t){document.open();document.write(t);document.close()}})</script>"
    )
    (site / "404.html").write_text(_404[DEFAULT].replace("</head>", redirect + "</head>", 1), encoding="utf-8")
    _404.clear()
