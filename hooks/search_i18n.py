"""One search index per language, stemmed the same way at index and query time.

mkdocs-static-i18n writes one search/search_index.json holding both languages,
so a reader on /ru/ gets English results too. After the build this hook splits
it: search/search_index.json keeps the English documents, ru/search/
search_index.json the Russian ones (locations relative to /ru/). Russian pages
get `base` = the /ru/ root in Material's __config, so Material's search loads
the Russian index and resolves result links under /ru/.

Both indexes use lunr's full pipeline (trimmer, stop words, Snowball stemmer):
English with lunr's English stemmer, Russian with lunr-languages' Russian and
English stemmers (Russian pages are full of English identifiers). The worker
overrides/assets/javascripts/workers/search-i18n.js applies the same stemmers to
the query. For the offline edition each index is also written as the
search_index.js script Material loads from file://.

Aliases: hooks/search_aliases.toml lists, per language and section, the
words readers use for it that its text does not ("switch" for `-m`). They go
into each index as a field of their own (`aliases`, weighted below a title),
never into the page, and the worker ranks a section up when a query's words
stand next to each other in its title or in one of its aliases. An alias for
a section that does not exist stops the build.
"""

from __future__ import annotations

import json
import posixpath
import re
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

LANGS = {"en": ["en"], "ru": ["en", "ru"]}
PIPELINE = ["stemmer", "stopWordFilter", "trimmer"]
WORKER = "assets/javascripts/workers/search-i18n.js"
ALIASES = Path(__file__).with_name("search_aliases.toml")
ALIAS_BOOST = 300.0
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


SHIM = "assets/javascripts/vendor/iframe-worker-shim.js"


def _offline(config) -> bool:
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(offline and offline.config.enabled)


@event_priority(10)  # before Material's offline plugin adds the shim from a CDN
def on_config(config, **kwargs):
    if _offline(config):
        # From file:// browsers refuse web workers; the iframe-worker shim runs
        # the search worker in an iframe instead. Ours is vendored from npm.
        config.extra["polyfills"] = [SHIM]
    return config


def _rewrite_config(output: str, base: str | None, search: str) -> str:
    match = CONFIG.search(output)
    if not match:
        raise PluginError("search_i18n hook: Material's __config script not found in a page")
    data = json.loads(match.group(2))
    if base is not None:
        data["base"] = base
    data["search"] = search
    return output[: match.start(2)] + json.dumps(data) + output[match.end(2):]


def _relative(target: str, page_url: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(page_url) or ".")


def on_post_page(output, page, config, **kwargs):
    lang = getattr(page.file, "locale", "en")
    base = None
    if lang != "en":
        base = _relative(f"{lang}/", page.url)
    return _rewrite_config(output, base, _relative(WORKER, page.url))


@event_priority(10)  # before i18n_site keeps a copy of each 404 page
def on_post_template(output_content, template_name, config, **kwargs):
    if template_name != "404.html":
        return output_content
    root = urlsplit(config.site_url).path.rstrip("/") + "/"
    lang = config.plugins["i18n"].current_language
    base = root if lang == "en" else f"{root}{lang}/"
    return _rewrite_config(output_content, base, root + WORKER)


def load_aliases(path: Path = ALIASES) -> dict[str, dict[str, list[str]]]:
    """{lang: {location: [alias, ...]}} from the aliases file, checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise PluginError(f"search_i18n hook: {path.name}: {exc}") from exc
    unknown = set(data) - set(LANGS)
    if unknown:
        raise PluginError(f"search_i18n hook: {path.name}: unknown languages {sorted(unknown)}")
    for lang, table in data.items():
        for location, aliases in table.items():
            if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
                raise PluginError(f"search_i18n hook: {path.name}: [{lang}] {location!r} needs a list of non-empty strings")
    return data


def add_aliases(docs: list[dict], aliases: dict[str, list[str]], lang: str, source: str = ALIASES.name) -> None:
    # The offline edition has no directory URLs: modules.html#x is modules/#x.
    def key(location: str) -> str:
        path, hash_, fragment = location.partition("#")
        path = re.sub(r"(^|/)index\.html$", r"\1", path)
        path = re.sub(r"\.html$", "/", path)
        return path + hash_ + fragment

    by_location = {key(d["location"]): d for d in docs}
    missing = sorted(set(aliases) - set(by_location))
    if missing:
        raise PluginError(
            f"search_i18n hook: {source}: [{lang}] names sections that do not exist: {missing}"
        )
    for location, words in aliases.items():
        by_location[location]["aliases"] = words


def _material_worker(site: Path) -> str:
    workers = sorted((site / "assets/javascripts/workers").glob("search.*.min.js"))
    if len(workers) != 1:
        raise PluginError(f"search_i18n hook: expected one Material search worker, found {workers}")
    return workers[0].name


@event_priority(-105)  # after static-i18n (-100) wrote the combined index
def on_post_build(config, **kwargs):
    plugin = config.plugins["i18n"]
    if plugin.building:
        return
    site = Path(config.site_dir)
    worker = site / WORKER
    worker.write_text(
        worker.read_text(encoding="utf-8").replace("MATERIAL_WORKER", _material_worker(site)),
        encoding="utf-8",
    )
    combined = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    aliases = load_aliases()
    for lang, langs in LANGS.items():
        prefix = "" if lang == "en" else f"{lang}/"
        if lang == "en":
            docs = [d for d in combined["docs"] if not any(d["location"].startswith(f"{l}/") for l in LANGS if l != "en")]
        else:
            docs = [dict(d, location=d["location"][len(prefix):]) for d in combined["docs"] if d["location"].startswith(prefix)]
        if not docs:
            raise PluginError(f"search_i18n hook: the search index has no {lang!r} documents")
        add_aliases(docs, aliases.get(lang, {}), lang)
        fields = dict(combined["config"]["fields"], aliases={"boost": ALIAS_BOOST})
        index = {"config": dict(combined["config"], lang=langs, pipeline=PIPELINE, fields=fields), "docs": docs}
        out = site / prefix / "search"
        out.mkdir(parents=True, exist_ok=True)
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        (out / "search_index.json").write_text(text, encoding="utf-8")
        if _offline(config):
            (out / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")
