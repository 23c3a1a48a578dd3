"""Search benchmark (not a test): quality, latency and index size, per language.

    .venv/bin/python tools/bench_search.py [--runs 3]

Builds the site strictly, serves it on 127.0.0.1, opens Debian's Chromium and,
for every query of tests/search_queries.toml:

- reads the results Material draws (tests/test_search.py's read_results) and
  counts top-1 and top-3 hits (rank()) and empty result lists, by kind of
  query: questions asked as people ask them, pasted tracebacks, and words;
- measures inside the page the time from the keyup that Material listens for
  to the moment the result list is rendered (a MutationObserver on the
  list), best of --runs.

Prints the hit rates, the index size (raw and gzip) against the figures of
issue 13's start (BEFORE), and the median and 90th percentile latency.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS, Server, free_port, mkdocs_build  # noqa: E402
from test_search import rank, read_results  # noqa: E402

# Index size (raw, gzip) before issue 13, from the README of that time.
BEFORE = {"en": (283 * 1024, 67 * 1024), "ru": (367 * 1024, 81 * 1024)}

MEASURE = """
async (query) => {
  const box = document.querySelector('input.md-search__input')
  const list = document.querySelector('.md-search-result__list')
  const settle = () => new Promise(r => setTimeout(r, 30))
  // Reset to an empty query, so the next one is a change Material acts on.
  box.value = ''
  box.dispatchEvent(new KeyboardEvent('keyup', {key: 'End', bubbles: true}))
  await settle()
  return await new Promise(resolve => {
    const observer = new MutationObserver(() => {
      if (list.children.length) { observer.disconnect(); resolve(performance.now() - start) }
    })
    observer.observe(list, {childList: true})
    box.value = query
    const start = performance.now()
    box.dispatchEvent(new KeyboardEvent('keyup', {key: 'End', bubbles: true}))
    setTimeout(() => { observer.disconnect(); resolve(null) }, 5000)
  })
}
"""


def sizes(site: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for lang, rel in (("en", "search/search_index.json"), ("ru", "ru/search/search_index.json")):
        data = (site / rel).read_bytes()
        out[lang] = (len(data), len(gzip.compress(data, 9)))
    return out


def measure(site: Path, port: int, runs: int) -> tuple[dict[str, list[float]], dict[str, list[tuple[dict, int | None, bool]]]]:
    from playwright.sync_api import sync_playwright

    queries = tomllib.loads((ROOT / "tests/search_queries.toml").read_text(encoding="utf-8"))
    server = Server(site, port)
    timings: dict[str, list[float]] = {}
    quality: dict[str, list[tuple[dict, int | None, bool]]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for lang, path in (("en", ""), ("ru", "ru/")):
                page = browser.new_page()
                page.goto(server.url + path)
                page.keyboard.press("/")
                page.wait_for_function("document.activeElement.matches('input.md-search__input')")
                page.evaluate(MEASURE, "warm up")  # index built, worker ready
                found = read_results(page, server.url + path, [c["query"] for c in queries[lang]])
                quality[lang] = [(c, rank(c, found[c["query"]]), not found[c["query"]]) for c in queries[lang]]
                timings[lang] = []
                for case in queries[lang]:
                    best = [page.evaluate(MEASURE, case["query"]) for _ in range(runs)]
                    best = [t for t in best if t is not None]
                    if best:
                        timings[lang].append(min(best))
                page.close()
            browser.close()
    finally:
        server.close()
    return timings, quality


def quality_report(quality: dict[str, list[tuple[dict, int | None, bool]]]) -> str:
    lines = [
        "| language | kind | queries | top-1 | top-3 | empty |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for lang, rows in quality.items():
        for kind in ("question", "traceback", "word", "all"):
            sel = [r for r in rows if kind == "all" or r[0].get("kind", "word") == kind]
            if not sel:
                continue
            top1 = sum(1 for _, pos, _ in sel if pos == 1)
            top3 = sum(1 for _, pos, _ in sel if pos is not None and pos <= 3)
            empty = sum(1 for *_, e in sel if e)
            lines.append(
                f"| {lang} | {kind} | {len(sel)} | {100 * top1 / len(sel):.0f}% | "
                f"{100 * top3 / len(sel):.0f}% | {empty} |"
            )
    misses = [f"- {lang}: {c['query'][:80]!r} (expected {c['expect'][0]})"
              for lang, rows in quality.items() for c, pos, _ in rows if pos is None or pos > 3]
    return "\n".join(lines + ([""] + ["Not in the top 3:"] + misses if misses else []))


def report(site: Path, timings: dict[str, list[float]]) -> str:
    lines = [
        "| language | index (raw) | index (gzip) | before (raw / gzip) | queries | median | p90 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for lang, (raw, gz) in sizes(site).items():
        t = sorted(timings.get(lang, []))
        p90 = t[int(0.9 * (len(t) - 1))] if t else float("nan")
        b_raw, b_gz = BEFORE[lang]
        lines.append(
            f"| {lang} | {raw / 1024:.0f} KiB | {gz / 1024:.0f} KiB | {b_raw / 1024:.0f} / {b_gz / 1024:.0f} KiB | {len(t)} | "
            f"{statistics.median(t) if t else float('nan'):.1f} ms | {p90:.1f} ms |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site, port = Path(tmp) / "site", free_port()
        result = mkdocs_build(ROOT / "mkdocs.yml", site, {"SITE_URL": f"http://127.0.0.1:{port}/"})
        if result.returncode:
            print(result.stderr, file=sys.stderr)
            return 1
        timings, quality = measure(site, port, args.runs)
        print("Search quality: tests/search_queries.toml in Chromium (expected section in the top 1 / 3)\n")
        print(quality_report(quality))
        print("\nSearch: keyup to rendered results, Chromium, best of", args.runs, "runs per query\n")
        print(report(site, timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
