"""Performance benchmark of the site (issue 6): `make bench`, or

    .venv/bin/python tools/bench.py [--lighthouse gated|all|none] [--json FILE]

One run builds the site twice and prints, side by side:

1. the wall time of the strict bilingual build (and of the comparison build);
2. for every page, the bytes a first visit transfers (HTML, CSS, JS, search
   index, other; raw and gzip), against the same Markdown built with a
   default Material configuration: plain `theme: material`, no hooks, no
   overrides, no extra CSS or JS, the same markdown_extensions and nav, and
   the i18n plugin only to place the Russian pages under /ru/ as ours are;
3. Lighthouse's FCP, LCP, TBT and CLS per page (mobile settings, Debian's
   Chromium), ours and default Material's, and the audits that still cost
   points on our pages with what each would take;
4. the size of the search index of each language.

A first visit is measured in Chromium (a fresh profile per page) through a
server that answers like GitHub Pages (gzip, 404.html): every request the page
and its search worker make until the network is idle is counted once, at the
size of the file served (raw) and of its gzip (-6), what GitHub Pages sends.

Goals (issue 6): our pages transfer no more than default Material's for the
same text, LCP under 1.5 s on Lighthouse's mobile profile, TBT 0 ms, CLS 0.
This is a report, not a test: it always exits 0 unless something breaks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import BIN, CHROMIUM, CHROMIUM_ARGS, Server, free_port, page_urls  # noqa: E402
from quality import failing_audits, metrics, run_lighthouse, scores  # noqa: E402

GATED = ["", "modules/", "errors/", "ru/", "ru/modules/", "ru/errors/"]
KINDS = ("html", "css", "js", "index", "other")


# --- builds --------------------------------------------------------------------

def build(config: Path, site: Path, site_url: str, strict: bool = True) -> float:
    """Run `mkdocs build` and return its wall time in seconds."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    cmd = [str(BIN / "mkdocs"), "build", "-q", "-f", str(config), "-d", str(site)]
    cmd.append("--strict" if strict else "--no-strict")
    start = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: {config.name} failed to build:\n{result.stdout}\n{result.stderr}")
    return elapsed


def default_config(path: Path, site_url: str) -> Path:
    """A default Material configuration for the same Markdown (see the module docstring)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml uses !ENV and !relative tags; the values we copy have none.
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    ours = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    extensions = []
    for ext in ours["markdown_extensions"]:
        if isinstance(ext, dict) and "pymdownx.snippets" in ext:
            # Snippet paths are relative to the repository root.
            ext = {"pymdownx.snippets": dict(ext["pymdownx.snippets"], base_path=[str(ROOT)])}
        extensions.append(ext)
    config = {
        "site_name": ours["site_name"],
        "site_url": site_url,
        "docs_dir": str(ROOT / "docs"),
        "theme": {"name": "material"},
        "plugins": [
            "search",
            {"i18n": {"docs_structure": "suffix", "languages": [
                {"locale": "en", "default": True, "name": "English", "build": True},
                {"locale": "ru", "name": "Русский", "build": True},
            ]}},
        ],
        "markdown_extensions": extensions,
        "nav": ours["nav"],
    }
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- first visit ----------------------------------------------------------------

def kind(path: str) -> str:
    if path.endswith("search_index.json"):
        return "index"
    if path.endswith((".html", "/")) or "." not in path.rsplit("/", 1)[-1]:
        return "html"
    if path.endswith(".css"):
        return "css"
    if path.endswith(".js"):
        return "js"
    return "other"


def served_file(site: Path, path: str) -> Path:
    target = site / path.lstrip("/")
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else site / "404.html"


def first_visits(browser, server, site: Path, pages: list[str]) -> dict[str, dict]:
    """Bytes (raw, gzip) per kind that a first visit of each page transfers."""
    gz_cache: dict[Path, int] = {}
    out = {}
    for page_path in pages:
        context = browser.new_context()
        requested: list[str] = []
        context.on("request", lambda r: requested.append(r.url))
        page = context.new_page()
        page.goto(server.url + page_path, wait_until="networkidle")
        page.wait_for_timeout(300)
        context.close()
        totals = {k: [0, 0] for k in KINDS}
        for url in dict.fromkeys(requested):  # each URL once: the browser caches the rest
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not url.startswith(server.url):
                continue  # data: URIs, and (for default Material) fonts from another host
            file = served_file(site, parts.path)
            if file not in gz_cache:
                gz_cache[file] = len(gzip.compress(file.read_bytes(), 6))
            totals[kind(parts.path)][0] += file.stat().st_size
            totals[kind(parts.path)][1] += gz_cache[file]
        out[page_path] = totals
    return out


# --- printing -------------------------------------------------------------------

def kb(n: float) -> str:
    return f"{n / 1024:.1f}"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"  # noqa: E731
    sep = "|" + "|".join(("-" * (w + 2)) if i == 0 else ("-" * (w + 1) + ":") for i, w in enumerate(widths)) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lighthouse", choices=("gated", "all", "none"), default="gated",
                        help="pages to run Lighthouse on: the six gated ones (default), every page, or none")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp = Path(tmp)
        ours_port, default_port = free_port(), free_port()
        ours_site, default_site = tmp / "ours", tmp / "default"

        print("Building (strict, both languages)...", flush=True)
        ours_time = build(ROOT / "mkdocs.yml", ours_site, f"http://127.0.0.1:{ours_port}/")
        cfg = default_config(tmp / "mkdocs-default.yml", f"http://127.0.0.1:{default_port}/")
        default_time = build(cfg, default_site, f"http://127.0.0.1:{default_port}/", strict=False)
        results["build_seconds"] = {"ours": ours_time, "default": default_time}

        pages = page_urls(ours_site)
        ours_server = Server(ours_site, ours_port)
        default_server = Server(default_site, default_port)
        try:
            print(f"Loading {len(pages)} pages of each build in Chromium...", flush=True)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                ours_bytes = first_visits(browser, ours_server, ours_site, pages)
                default_bytes = first_visits(browser, default_server, default_site, pages)
                browser.close()
            results["first_visit_bytes"] = {"ours": ours_bytes, "default": default_bytes}

            lh_pages = {"gated": GATED, "all": pages, "none": []}[args.lighthouse]
            lighthouse: dict[str, dict] = {}
            for i, path in enumerate(lh_pages, 1):
                print(f"Lighthouse {i}/{len(lh_pages)}: /{path}", flush=True)
                ours_report = run_lighthouse(ours_server.url + path, tmp / "lh" / f"ours-{i}.json")
                default_report = run_lighthouse(default_server.url + path, tmp / "lh" / f"default-{i}.json")
                lighthouse[path] = {
                    "ours": {"scores": scores(ours_report), "metrics": metrics(ours_report),
                             "costs": {c: failing_audits(ours_report, c) for c in ours_report["categories"]}},
                    "default": {"scores": scores(default_report), "metrics": metrics(default_report)},
                }
            results["lighthouse"] = lighthouse
        finally:
            ours_server.close()
            default_server.close()

        index = {}
        for name, site, files in (
            ("ours", ours_site, {"en": "search/search_index.json", "ru": "ru/search/search_index.json"}),
            ("default", default_site, {"both": "search/search_index.json"}),
        ):
            for lang, rel in files.items():
                f = site / rel
                if f.exists():
                    data = f.read_bytes()
                    index[f"{name} {lang} ({rel})"] = (len(data), len(gzip.compress(data, 6)),
                                                      len(json.loads(data)["docs"]))
        results["search_index"] = index

    # --- the report ---------------------------------------------------------
    print()
    print("## Build")
    print()
    print(table(["build", "wall time (s)"], [
        ["ours: mkdocs build --strict, both languages, hooks", f"{ours_time:.1f}"],
        ["default Material, same Markdown", f"{default_time:.1f}"],
    ]))

    print()
    print("## First visit: bytes transferred per page (KiB; gzip as served, raw in brackets)")
    print()
    rows = []
    worse = []
    for path in pages:
        o, d = ours_bytes[path], default_bytes.get(path)
        o_gz, o_raw = sum(v[1] for v in o.values()), sum(v[0] for v in o.values())
        d_gz, d_raw = (sum(v[1] for v in d.values()), sum(v[0] for v in d.values())) if d else (0, 0)
        ratio = o_gz / d_gz if d_gz else float("nan")
        if ratio > 1:
            worse.append(path)
        rows.append([f"/{path}"] + [f"{kb(o[k][1])} ({kb(o[k][0])})" for k in KINDS] +
                    [f"{kb(o_gz)} ({kb(o_raw)})", f"{kb(d_gz)} ({kb(d_raw)})", f"{ratio:.2f}"])
    print(table(["page", "HTML", "CSS", "JS", "search index", "other", "ours total", "default total", "ours/default (gzip)"], rows))
    print()
    print("Default Material also loads Google Fonts from another host (not counted: there is no network here);"
          " ours loads no font.")
    if worse:
        print(f"Pages where ours transfers more than default Material: {', '.join('/' + p for p in worse)}")
    else:
        print("Every page transfers no more than default Material's for the same text.")

    if results.get("lighthouse"):
        print()
        print("## Lighthouse (mobile): ours vs default Material")
        print()
        rows = []
        for path, r in results["lighthouse"].items():
            o, d = r["ours"], r["default"]
            rows.append([
                f"/{path}",
                "/".join(str(o["scores"][c]) for c in ("performance", "accessibility", "best-practices", "seo")),
                "/".join(str(d["scores"].get(c, "-")) for c in ("performance", "accessibility", "best-practices", "seo")),
                f"{o['metrics']['FCP']:.0f} / {d['metrics']['FCP']:.0f}",
                f"{o['metrics']['LCP']:.0f} / {d['metrics']['LCP']:.0f}",
                f"{o['metrics']['TBT']:.0f} / {d['metrics']['TBT']:.0f}",
                f"{o['metrics']['CLS']:.3f} / {d['metrics']['CLS']:.3f}",
            ])
        print(table(["page", "ours P/A/BP/SEO", "default P/A/BP/SEO", "FCP ms ours/def", "LCP ms ours/def",
                     "TBT ms ours/def", "CLS ours/def"], rows))
        print()
        print_costs(results["lighthouse"])

    print()
    print("## Search index per language (KiB)")
    print()
    print(table(["index", "raw", "gzip", "documents"],
                [[k, kb(v[0]), kb(v[1]), str(v[2])] for k, v in results["search_index"].items()]))

    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


# What each audit that still costs points would take, from measurements on
# this site (see the README's performance section and issue 6).
ADVICE = {
    "total-blocking-time": "Material's bundle starting up (header, search, TOC, sidebar) in one task; code "
                           "blocks are already set up only as they come into view (content.lazy)",
    "largest-contentful-paint": "Lighthouse's pessimistic estimate counts every request started before the "
                                "paint, Material's bundle (~35 KiB gzip) too; the paint itself waits only for CSS",
    "first-contentful-paint": "render-blocking CSS: main.css (~21 KiB gzip) is Material's",
    "speed-index": "the same as LCP",
    "render-blocking-resources": "Material's main.css and palette.css; inlining them would fork the theme",
    "render-blocking-insight": "as render-blocking-resources",
    "unused-css-rules": "Material's main.css styles every feature; only a fork could trim it",
    "legacy-javascript": "Material's bundle targets older browsers; not ours to rebuild",
    "legacy-javascript-insight": "as legacy-javascript",
    "uses-long-cache-ttl": "GitHub Pages serves with a 10-minute cache; needs a CDN in front",
    "cache-insight": "as uses-long-cache-ttl",
    "dom-size": "long pages: split them, or fewer elements per code line",
    "mainthread-work-breakdown": "as total-blocking-time",
    "bootup-time": "as total-blocking-time",
    "forced-reflow-insight": "Material's viewport and table-of-contents observers measure the page at start",
    "unsized-images": "Material's logo <img> has no width/height (CSS sizes it; CLS stays 0)",
    "max-potential-fid": "as total-blocking-time",
    "interactive": "as total-blocking-time",
    "network-dependency-tree-insight": "CSS -> bundle -> worker -> index chain; the index loads after the page",
    "largest-contentful-paint-element": "as largest-contentful-paint",
}


# Diagnostics (weight 0) worth naming next to the scored audits.
KEY_DIAGNOSTICS = {"dom-size", "bootup-time", "mainthread-work-breakdown", "render-blocking-resources",
                   "unused-css-rules", "legacy-javascript", "uses-long-cache-ttl", "forced-reflow-insight"}


def print_costs(lighthouse: dict) -> None:
    """Each audit that costs our pages points, once, with the pages and values."""
    print("Goals: LCP < 1500 ms, TBT 0 ms, CLS 0. What still costs points on our pages, and what it would take:")
    print()
    seen: dict[str, list[str]] = {}
    for path, r in lighthouse.items():
        for category, lines in r["ours"]["costs"].items():
            for line in lines:
                if line.startswith("    "):
                    continue  # an item of the audit above
                audit, rest = line.split(":", 1)
                if "(weight" not in line and audit not in KEY_DIAGNOSTICS:
                    continue
                value = rest.split("(")[0].replace("score", "").strip()
                seen.setdefault(f"{category}/{audit}", []).append(f"/{path} {value}")
    for key, where in seen.items():
        print(f"- {key}: {'; '.join(where)}")
        print(f"    -> {advice(key.split('/', 1)[1])}")


def advice(audit: str) -> str:
    return ADVICE.get(audit, "see the Lighthouse report")


if __name__ == "__main__":
    sys.exit(main())
