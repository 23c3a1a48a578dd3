"""Links gate: LinkChecker over the served site finds no broken internal link or #anchor.

Both languages, the 404 pages, the language switcher's targets, the hreflang
links and the sitemap. Configuration: tests/linkcheckerrc (AnchorCheck on).
Two LinkChecker processes (English, Russian) check in parallel; each follows
links inside its own language and checks, without following, links into the
other one. The last test plants a broken anchor in a copy of the build and
shows the gate failing on it.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import BIN, ROOT, Server, free_port

pytestmark = pytest.mark.slow  # LinkChecker crawls every page of both languages

CONFIG = ROOT / "tests" / "linkcheckerrc"


def linkcheck(start_urls: list[str], nofollow: str | None = None, recursion: int | None = None) -> list[dict]:
    """Run LinkChecker; return its rows for broken links and for warnings."""
    cmd = [str(BIN / "linkchecker"), "-f", str(CONFIG), "--no-status", "-o", "csv"]
    if nofollow:
        cmd += ["--no-follow-url", nofollow]
    if recursion is not None:
        cmd += ["-r", str(recursion)]
    result = subprocess.run([*cmd, *start_urls], capture_output=True, text=True, timeout=600)
    # Exit 1 means problems were found; anything else but 0 is LinkChecker failing.
    assert result.returncode in (0, 1), f"linkchecker exited {result.returncode}:\n{result.stderr[-3000:]}"
    # The CSV log starts and ends with comment lines "# ..." (a row may start
    # with "#" too: a same-page link such as "#part").
    lines = [line for line in result.stdout.splitlines(keepends=True) if not line.startswith("# ")]
    rows = list(csv.DictReader(io.StringIO("".join(lines)), delimiter=";"))
    return [r for r in rows if r.get("valid") == "False" or r.get("warningstring")]


def describe(rows: list[dict], root: str) -> list[str]:
    out = []
    for r in rows:
        parent = (r.get("parentname") or "(start URL)").replace(root, "/")
        problem = r["result"] if r.get("valid") == "False" else " ".join(r["warningstring"].split())
        problem = re.sub(r"Available anchors: .*", "", problem).strip()
        out.append(f"{parent} line {r.get('line', '?')}: {r['urlname']} -> {problem}")
    return sorted(set(out))


def test_no_broken_internal_links_or_anchors(server):
    root = server.url
    here = re.escape(root)
    jobs = [
        # English: the home page, the 404 page and the sitemap (which lists
        # both languages); /ru/ pages are checked, not followed.
        ([root, root + "404.html", root + "sitemap.xml"], f"^{here}ru/"),
        # Russian: the root comes first so that the whole host counts as
        # internal (LinkChecker takes that from the first URL); English pages
        # are checked, not followed.
        ([root, root + "ru/", root + "ru/404.html"], f"^{here}(?!ru/)"),
    ]
    with ThreadPoolExecutor(len(jobs)) as pool:
        results = list(pool.map(lambda job: linkcheck(*job), jobs))
    problems = describe([row for rows in results for row in rows], root)
    assert not problems, "LinkChecker found broken links or anchors:\n" + "\n".join(problems)


def test_gate_fails_on_a_broken_anchor(built_site, tmp_path):
    """A link to an existing page with an #anchor it lacks is reported, with its page."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    home = site / "index.html"
    html = home.read_text(encoding="utf-8")
    planted = '<p><a href="modules/#no-such-anchor">planted</a></p></article>'
    home.write_text(html.replace("</article>", planted, 1), encoding="utf-8")
    # The copy's absolute URLs name the session server's port; serve it on
    # another one: only the home page's own links are checked (-r 1).
    server = Server(site, free_port())
    try:
        problems = describe(linkcheck([server.url], recursion=1), server.url)
    finally:
        server.close()
    assert any("modules/#no-such-anchor" in p and "no-such-anchor" in p and "not found" in p for p in problems), problems
