"""A plain-text edition for assistants: /llms.txt, /ru/llms.txt and a Markdown copy of every page.

- Markdown copy: beside each page's HTML file, the same path with .md for .html:
  modules/index.html -> modules/index.md, ru/modules/index.html ->
  ru/modules/index.md, index.html -> index.md (the offline edition, with plain
  .html pages: modules.html -> modules.md). It is the page's own Markdown as
  written in docs/, with every `--8<--` include expanded exactly as the build
  expands it (pymdownx.snippets with the site's settings: the example code and
  its recorded output), links to other pages pointing at their Markdown copies,
  and front matter with title, description, the HTML page's URL and the date
  of its last change.
- llms.txt (https://llmstxt.org): one per language, at the root of that
  language (/llms.txt, /ru/llms.txt): `# site name`, `> site description`, a
  note on the other language, then one `## section` per navigation section
  with `- [Title](copy.md): description` for every page, in navigation order.
  Links are absolute (from site_url); in the offline edition, relative.
- The footer of every page links to its language's llms.txt and to the page's
  own copy (overrides/main.html reads `llms` from the page context).
- The offline edition also shows in its footer the date it was built.

mkdocs-llmstxt is not used: it writes one llms.txt for one language.
"""

from __future__ import annotations

import datetime
import json
import os
import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

SECTION_ABOUT = {
    "en": (
        "Every link below is the Markdown copy of a page, with its examples and their "
        "recorded output included; the HTML page is {where}. The site in Russian: {other}."
    ),
    "ru": (
        "Каждая ссылка ниже ведёт на Markdown-копию страницы, в которую уже вставлены "
        "примеры и их записанный вывод; HTML-страница {where}. Английская версия сайта: {other}."
    ),
}
WHERE_HTML = {
    ("en", False): "at the same address without `index.md`",
    ("en", True): "beside it, with `.html` for `.md`",
    ("ru", False): "находится по тому же адресу без `index.md`",
    ("ru", True): "лежит рядом, с `.html` вместо `.md`",
}
LINK = re.compile(r"(?P<open>!?\[[^\]\n]*\]\()(?P<target>[^)\s]+)(?P<close>(?:\s+\"[^\"]*\")?\))")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)

_sources: dict[str, str] = {}  # src_uri -> markdown before the build changes it
_nav: dict[str, dict] = {}      # language -> {"name", "description", "sections": [(title, [page, ...])]}
_pages: dict[str, dict] = {}    # dest uri of the copy -> {"title", "description"}


def _plugin(config):
    return config.plugins.get("i18n")


def _nested(config) -> bool:
    plugin = _plugin(config)
    return bool(plugin is not None and getattr(plugin, "building", False))


def _offline(config) -> bool:
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(offline and offline.config.enabled)


def _lang(page_or_file) -> str:
    f = getattr(page_or_file, "file", page_or_file)
    return getattr(f, "locale", None) or "en"


def copy_uri(file) -> str:
    """Where the Markdown copy of a page goes: its HTML file's path with .md."""
    dest = file.dest_uri
    if not dest.endswith(".html"):
        raise PluginError(f"llms hook: {file.src_uri} is written to {dest}, not an .html file")
    return dest[: -len(".html")] + ".md"


def language_root(lang: str, default: str = "en") -> str:
    return "" if lang == default else f"{lang}/"


def _url(config, uri: str, base: str) -> str:
    """`uri` (from the site root) as a link from the file at `base`."""
    if _offline(config):
        return posixpath.relpath(uri, posixpath.dirname(base) or ".")
    return config.site_url.rstrip("/") + "/" + uri


def build_date(lang: str) -> str:
    """Today (or SOURCE_DATE_EPOCH), written out in the language."""
    from babel.dates import format_date

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch
        else datetime.datetime.now(datetime.timezone.utc)
    ).date()
    return format_date(day, format="long", locale=lang)


# --- collecting -------------------------------------------------------------

def on_pre_build(config, **kwargs):
    if not _nested(config):
        _sources.clear()
        _nav.clear()
        _pages.clear()


@event_priority(-110)  # after static-i18n has translated the navigation
def on_nav(nav, config, files, **kwargs):
    lang = _plugin(config).current_language if _plugin(config) else "en"
    sections: list[tuple[str | None, list]] = []
    loose: list = []

    def pages_of(items):
        for item in items:
            if isinstance(item, Page):
                yield item
            elif getattr(item, "children", None):
                yield from pages_of(item.children)

    for item in nav.items:
        if isinstance(item, Page):
            loose.append(item)
        elif getattr(item, "children", None):
            sections.append((item.title, list(pages_of(item.children))))
    if loose:
        sections.insert(0, (None, loose))
    _nav[lang] = {"name": config.site_name, "description": config.site_description, "sections": sections}
    return nav


@event_priority(100)  # before any other hook or plugin changes the page's Markdown
def on_page_markdown(markdown, page, config, files, **kwargs):
    _sources[page.file.src_uri] = rewrite_links(markdown, page, files)
    return markdown


def rewrite_links(markdown: str, page, files) -> str:
    """Links to other pages point at their Markdown copies, relative to this copy."""
    here = copy_uri(page.file)
    out, fence = [], None
    for line in markdown.split("\n"):
        match = FENCE.match(line)
        if fence:
            if match and match[1][0] == fence[0] and len(match[1]) >= len(fence):
                fence = None
            out.append(line)
            continue
        if match:
            fence = match[1]
            out.append(line)
            continue
        out.append(LINK.sub(lambda m: m["open"] + _retarget(m["target"], page, files, here) + m["close"], line))
    return "\n".join(out)


def _retarget(target: str, page, files, here: str) -> str:
    if SCHEME.match(target) or target.startswith(("#", "/")):
        return target
    path, hash_, fragment = target.partition("#")
    src = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    f = files.get_file_from_path(src)
    if f is None:
        return target
    dest = copy_uri(f) if f.is_documentation_page() else f.dest_uri
    return posixpath.relpath(dest, posixpath.dirname(here) or ".") + hash_ + fragment


def expand_snippets(markdown: str, config) -> str:
    """The page's `--8<--` includes expanded as the build does (pymdownx.snippets)."""
    import markdown as md_lib

    settings = dict(config.mdx_configs.get("pymdownx.snippets", {}))
    md = md_lib.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": settings})
    return "\n".join(md.preprocessors["snippet"].run(markdown.split("\n")))


# --- writing ----------------------------------------------------------------

def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def page_copy(page, config) -> str:
    source = _sources.get(page.file.src_uri)
    if source is None:
        raise PluginError(f"llms hook: no Markdown was captured for {page.file.src_uri}")
    title = config.site_name if page.file.src_uri in ("index.md", "index.ru.md") else page.title
    description = " ".join(str(page.meta.get("description") or config.site_description).split())
    head = ["---", f"title: {_yaml(title)}", f"description: {_yaml(description)}"]
    if not _offline(config):
        head.append(f"url: {_yaml(page.canonical_url)}")
    updated = page.meta.get("git_revision_date_localized_raw_iso_date")
    if updated:
        head.append(f"updated: {_yaml(str(updated))}")
    head.append("---")
    return "\n".join(head) + "\n\n" + expand_snippets(source, config).strip("\n") + "\n"


FOOTER = {
    "en": {"label": "For AI assistants:", "page": "this page in Markdown", "built": "Offline edition built on {date}"},
    "ru": {"label": "Для ИИ-ассистентов:", "page": "эта страница в Markdown", "built": "Офлайн-версия собрана {date}"},
}


def on_page_context(context, page, config, nav, **kwargs):
    lang = _lang(page)
    words = FOOTER[lang]
    # Paths from the site root: the template's `url` filter makes them relative.
    context["llms"] = {
        "label": words["label"],
        "index": language_root(lang) + "llms.txt",
        "page": copy_uri(page.file),
        "page_label": words["page"],
        "built": words["built"].format(date=build_date(lang)) if _offline(config) else None,
    }
    return context


def on_post_page(output, page, config, **kwargs):
    uri = copy_uri(page.file)
    target = Path(config.site_dir) / uri
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page_copy(page, config), encoding="utf-8")
    title = config.site_name if page.file.src_uri in ("index.md", "index.ru.md") else page.title
    _pages[uri] = {"title": title, "description": " ".join(str(page.meta.get("description") or "").split())}
    return output


def llms_txt(lang: str, config) -> str:
    info = _nav[lang]
    root = language_root(lang)
    others = [l for l in _nav if l != lang]
    base = root + "llms.txt"
    lines = [f"# {info['name']}", "", f"> {' '.join(info['description'].split())}", ""]
    if others:
        other = others[0]
        where = WHERE_HTML[(lang, _offline(config))]
        lines += [SECTION_ABOUT[lang].format(where=where, other=_url(config, language_root(other) + "llms.txt", base)), ""]
    untitled = {"en": "Start here", "ru": "С чего начать"}
    for title, pages in info["sections"]:
        lines += [f"## {title or untitled[lang]}", ""]
        for page in pages:
            uri = copy_uri(page.file)
            entry = _pages.get(uri)
            if entry is None:
                raise PluginError(f"llms hook: {page.file.src_uri} is in the navigation but was not built")
            text = f"- [{entry['title']}]({_url(config, uri, base)})"
            if entry["description"]:
                text += f": {entry['description']}"
            lines.append(text)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


@event_priority(-115)  # after static-i18n (-100) has built every language
def on_post_build(config, **kwargs):
    if _nested(config):
        return
    site = Path(config.site_dir)
    for lang in _nav:
        target = site / language_root(lang) / "llms.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(llms_txt(lang, config), encoding="utf-8")
