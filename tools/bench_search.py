"""Search benchmark (not a test): index size and query latency, per language.

    .venv/bin/python tools/bench_search.py [--runs 3]

Builds the site strictly, serves it on 127.0.0.1, opens Debian's Chromium and,
for every query of tests/search_queries.toml, measures inside the page the time
from the keyup that Material listens for to the moment the result list is
rendered (a MutationObserver on the list), best of --runs. Prints the index
size (raw and gzip) and the median and 90th percentile latency per language.
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


def measure(site: Path, port: int, runs: int) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    queries = tomllib.loads((ROOT / "tests/search_queries.toml").read_text(encoding="utf-8"))
    server = Server(site, port)
    timings: dict[str, list[float]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for lang, path in (("en", ""), ("ru", "ru/")):
                page = browser.new_page()
                page.goto(server.url + path)
                page.keyboard.press("/")
                page.wait_for_function("document.activeElement.matches('input.md-search__input')")
                page.evaluate(MEASURE, "warm up")  # index built, worker ready
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
    return timings


def report(site: Path, timings: dict[str, list[float]]) -> str:
    lines = [
        "| language | index (raw) | index (gzip) | queries | median | p90 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for lang, (raw, gz) in sizes(site).items():
        t = sorted(timings.get(lang, []))
        p90 = t[int(0.9 * (len(t) - 1))] if t else float("nan")
        lines.append(
            f"| {lang} | {raw / 1024:.0f} KiB | {gz / 1024:.0f} KiB | {len(t)} | "
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
        print("Search: keyup to rendered results, Chromium, best of", args.runs, "runs per query\n")
        print(report(site, measure(site, port, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
