"""Shared tools of the quality gates (issue 6) and of tools/bench.py.

A pytest plugin (test modules load it with `pytest_plugins = ["quality"]`) and
a plain module. It holds runners for axe-core, the Nu HTML checker and
Lighthouse, and the list of Nu checker messages we accept (with the reason
for each). The gates check conftest's `built_site` through its `server`,
which answers like GitHub Pages (gzip, 404.html, kept-alive connections).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CHROMIUM, CHROMIUM_ARGS, ROOT

NODE_BIN = ROOT / "node_modules" / ".bin"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
REPORTS = ROOT / "reports"

# ---------------------------------------------------------------------------
# axe-core
# ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def chromium(playwright_instance):
    """Debian's Chromium as a plain browser (conftest's `browser` is one
    persistent context): each test context gets its own storage, so Material's
    remembered palette from one colour scheme does not leak into the next."""
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def run_axe(page, rules: list[str] | None = None) -> list[dict]:
    """axe-core's violations on the page as it is now (all rules, or only
    `rules`; all impacts)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        """async rules => {
            const options = {resultTypes: ["violations"]};
            if (rules) options.runOnly = {type: "rule", values: rules};
            const r = await axe.run(document, options);
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary}))
            }));
        }""",
        rules,
    )


def format_axe(where: str, violations: list[dict], nodes: int = 3) -> list[str]:
    lines = []
    for v in violations:
        lines.append(f"{where}: {v['id']} ({v['impact']}): {v['help']}, {len(v['nodes'])} element(s)")
        for n in v["nodes"][:nodes]:
            summary = " ".join(n["summary"].split())[:240]
            lines.append(f"    {n['target']}: {summary}")
    return lines


# ---------------------------------------------------------------------------
# Nu HTML checker
# ---------------------------------------------------------------------------

# Errors we accept, each an exact message and why. Nothing else is filtered.
VNU_ACCEPTED = {
    # Material's base.html puts autocomplete="off" on its two hidden state
    # checkboxes (drawer, search), outside any block a theme override can
    # reach: fixing it means forking base.html. Browsers ignore the attribute
    # there except Firefox, which otherwise restores the boxes' checked state
    # on reload; that is why Material keeps it.
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
    "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, "
    "or “week”.",
}


def run_vnu(paths: list[Path]) -> list[dict]:
    """Nu checker errors (after VNU_ACCEPTED) for HTML files or directories, in one java run."""
    java = shutil.which("java")
    assert java, "java not found: install a JRE (make system installs default-jre-headless)"
    assert VNU_JAR.exists(), f"{VNU_JAR} missing: run npm ci"
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
         *map(str, paths)],
        capture_output=True, text=True,
    )
    try:
        messages = json.loads(result.stderr or result.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        raise AssertionError(f"the Nu checker did not report JSON (exit {result.returncode}):\n{result.stderr[-2000:]}")
    return [m for m in messages if m.get("type") != "info" and m.get("message") not in VNU_ACCEPTED]


def format_vnu(messages: list[dict], root: Path) -> list[str]:
    lines = []
    for m in messages:
        url = m.get("url", "")
        path = url[len("file:"):] if url.startswith("file:") else url
        try:
            path = Path(path).relative_to(root).as_posix()
        except ValueError:
            pass
        lines.append(f"{path}:{m.get('lastLine', '?')}: {m.get('message')}\n    {(m.get('extract') or '').strip()[:160]}")
    return lines


# ---------------------------------------------------------------------------
# Lighthouse
# ---------------------------------------------------------------------------

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
    "SI": "speed-index",
}


def run_lighthouse(url: str, out: Path, categories=CATEGORIES) -> dict:
    """Lighthouse 12 on `url` with its default (mobile) settings in Debian's
    Chromium; the JSON report is written to `out` and returned."""
    out.parent.mkdir(parents=True, exist_ok=True)
    cli = NODE_BIN / "lighthouse"
    assert cli.exists(), f"{cli} missing: run npm ci"
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    result = subprocess.run(
        [str(cli), url, "--quiet", "--output=json", f"--output-path={out}",
         f"--only-categories={','.join(categories)}", f"--chrome-flags={flags}"],
        capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=240,
    )
    assert result.returncode == 0 and out.exists(), (
        f"lighthouse failed on {url} (exit {result.returncode}):\n{result.stderr[-3000:]}"
    )
    return json.loads(out.read_text(encoding="utf-8"))


def scores(report: dict) -> dict[str, int]:
    return {k: round((v["score"] or 0) * 100) for k, v in report["categories"].items()}


def metrics(report: dict) -> dict[str, float]:
    return {k: report["audits"][a]["numericValue"] for k, a in METRICS.items()}


def failing_audits(report: dict, category: str) -> list[str]:
    """The audits of a category that cost points (weight > 0, score < 1), and
    for performance the opportunities and diagnostics Lighthouse flags."""
    lines = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if audit.get("score") is None or audit["score"] >= 1:
            continue
        if ref["weight"] == 0 and category != "performance":
            continue
        if ref["weight"] == 0 and audit.get("scoreDisplayMode") not in ("metricSavings", "numeric", "binary"):
            continue
        value = audit.get("displayValue", "")
        weight = f"weight {ref['weight']}" if ref["weight"] else "diagnostic"
        lines.append(f"{ref['id']}: score {audit['score']:.2f} {value} ({weight}): {audit['title']}")
        for item in (audit.get("details") or {}).get("items", [])[:3]:
            if isinstance(item, dict):
                what = item.get("url") or (item.get("node") or {}).get("snippet") or item.get("description") or ""
                if what:
                    lines.append(f"    {str(what)[:160]}")
    return lines
