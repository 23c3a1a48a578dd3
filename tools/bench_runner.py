"""Benchmark of the in-browser example runner (issue 16): `make bench`, or

    .venv/bin/python tools/bench_runner.py [--site DIR] [--page URL] [--example NAME] [--json FILE]

Builds the site (or reads a build given with --site), serves it as GitHub
Pages does (gzip, tests/conftest.py's server, on 127.0.0.1) and, in Debian's
Chromium, prints:

1. the time from the first click on Run to the first output in the output
   area, measured in the page (the click's timestamp to the first change of
   the transcript after its command line):
   - cold: a fresh browser profile, nothing cached: the runtime is
     downloaded, compiled and started;
   - cold, cached: a new page of the same browser: the runtime comes from the
     HTTP cache and is compiled and started again;
   - warm: the next clicks in the same page, once the interpreter started
     ahead of them is ready (the median of five);
2. what the runtime costs to transfer: every file requested after the first
   click, raw and gzip -6 (what a server that compresses it sends), and what
   the runner adds to a first visit before any click (its script; its styles
   are inline).

Goals (issue 16): first output within 4 s cold on this machine served
locally, under 1 s warm; nothing of the runtime before the first click.
This is a report, not a test: it always exits 0 unless something breaks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import BIN, CHROMIUM, CHROMIUM_ARGS, Server, free_port  # noqa: E402

# Resolves with milliseconds from the click to the first output of the run.
FIRST_OUTPUT = """async ([name, run]) => {
  const button = document.querySelector(`button[data-run-example="${name}"][data-run="${run}"]`)
  const runner = button.closest(".runner")
  const output = runner.querySelector("[data-run-output]")
  const command = button.querySelector("code").textContent + "\\n"
  return await new Promise((resolve, reject) => {
    let t0 = 0
    const observer = new MutationObserver(() => {
      if (t0 && output.textContent.length > command.length) {
        observer.disconnect()
        resolve(performance.now() - t0)
      }
    })
    observer.observe(output, { childList: true, characterData: true, subtree: true })
    setTimeout(() => reject(new Error("no output in 60 s")), 60000)
    t0 = performance.now()
    button.click()
  })
}"""
ENDED = """([name]) => ["done", "failed", "limit"].includes(
  document.querySelector(`[data-runner="${name}"]`).dataset.runState)"""
WARM = """() => document.documentElement.dataset.runnerWarm !== undefined"""


def build(site: Path, site_url: str) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": site_url}
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "--strict", "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    if result.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")


def sizes(site: Path, urls: list[str], base: str) -> list[tuple[str, int, int]]:
    rows = []
    for url in dict.fromkeys(urls):
        path = urlsplit(url).path
        if not url.startswith(base) or path.endswith("/"):
            continue
        file = site / path.lstrip("/")
        if file.is_file():
            data = file.read_bytes()
            rows.append((path.lstrip("/"), len(data), len(gzip.compress(data, 6))))
    return rows


def first_output(page, name: str, run: str) -> float:
    ms = page.evaluate(FIRST_OUTPUT, [name, run])
    page.wait_for_function(ENDED, arg=[name], timeout=60_000)
    return ms / 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="a build to read (default: build one)")
    parser.add_argument("--page", default="", help="site-relative page URL (default: the home page)")
    parser.add_argument("--example", default="short-answer")
    parser.add_argument("--run", default="main")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site, f"http://127.0.0.1:{port}/")
        server = Server(site, port)
        figures: dict = {}
        try:
            with sync_playwright() as p:
                context = p.chromium.launch_persistent_context(
                    str(Path(tmp) / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                )
                page = context.new_page()
                requests: list[str] = []
                page.on("request", lambda r: requests.append(r.url))
                page.goto(server.url + args.page, wait_until="load")
                page.wait_for_timeout(300)
                before = sizes(site, [u for u in requests if "/assets/runner/" in u], server.url)
                clicked = len(requests)
                figures["cold"] = first_output(page, args.example, args.run)
                runtime = sizes(site, requests[clicked:], server.url)
                warm = []
                for _ in range(5):
                    page.wait_for_function(WARM, timeout=60_000)
                    warm.append(first_output(page, args.example, args.run))
                figures["warm"] = statistics.median(warm)
                figures["warm_all"] = warm
                again = context.new_page()
                again.goto(server.url + args.page, wait_until="load")
                figures["cold_cached"] = first_output(again, args.example, args.run)
                context.close()
        finally:
            server.close()

    figures["runtime"] = {path: {"raw": raw, "gzip": gz} for path, raw, gz in runtime}
    figures["first_visit"] = {path: {"raw": raw, "gzip": gz} for path, raw, gz in before}
    print(f"Runner: example {args.example}, run {args.run!r}, on /{args.page} "
          f"(Chromium, served locally, {os.cpu_count()} CPUs)")
    print(f"  first click to first output, cold          {figures['cold']:6.2f} s   (goal: 4 s)")
    print(f"  first click to first output, cold (cached) {figures['cold_cached']:6.2f} s")
    print(f"  click to first output, warm (median of 5)  {figures['warm']:6.2f} s   (goal: 1 s)"
          f"  [{', '.join(f'{w:.2f}' for w in warm)}]")
    print("  the runtime, requested after the first click:")
    for path, raw, gz in runtime:
        print(f"    {path:48} {raw / 1e6:7.2f} MB raw {gz / 1e6:7.2f} MB gzip")
    total_raw, total_gz = sum(r[1] for r in runtime), sum(r[2] for r in runtime)
    print(f"    {'total':48} {total_raw / 1e6:7.2f} MB raw {total_gz / 1e6:7.2f} MB gzip")
    print("  what the runner adds to a first visit (before any click):")
    for path, raw, gz in before:
        print(f"    {path:48} {raw / 1e3:7.1f} kB raw {gz / 1e3:7.1f} kB gzip")
    if not any("/pyodide/" in p for p, _, _ in before):
        print("    (nothing of the runtime)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
