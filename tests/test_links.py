"""Links gate: no broken internal link or #anchor anywhere in the built site.

- LinkChecker over the served site checks every link: both languages, the 404
  pages, the language switcher's targets, the hreflang links and the sitemap.
  Configuration: tests/linkcheckerrc. Two LinkChecker processes (English,
  Russian) check in parallel; each follows links inside its own language and
  checks, without following, links into the other one.
- Every #fragment of every internal link, in every built page (the theme's
  parts included, which MkDocs' own anchor validation does not see), must
  name an id (or <a name>) on its target page. LinkChecker's AnchorCheck does
  this over HTTP but parses the target page again for each such link (about
  550 here; 70-130 s); `broken_anchors` parses each page once (under 2 s).

The last tests plant a link to a missing page and one to a missing anchor in a
copy of the build and show each check failing on it.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

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


class _Links(HTMLParser):
    """The ids (and <a name>s) of a page, and the targets of its <a href>s."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "a" and attrs.get("href"):
            self.links.append((self.getpos()[0], attrs["href"]))


def broken_anchors(site: Path) -> list[str]:
    """Every internal link with a #fragment whose target page lacks that id,
    as `/page/ line N: href -> why`."""
    base = "http://site/"
    pages = {}
    for file in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(file.read_text(encoding="utf-8"))
        pages[file.relative_to(site).as_posix()] = parser

    def target(url: str) -> str:
        path = unquote(urlsplit(url).path)[len("/"):]
        return path + "index.html" if path == "" or path.endswith("/") else path

    problems = []
    for name, page in pages.items():
        here = base + name
        for line, href in page.links:
            url = urljoin(here, href)
            fragment = urlsplit(url).fragment
            if not url.startswith(base) or not fragment or fragment.startswith("__codelineno-"):
                continue
            shown = "/" + name.removesuffix("index.html")
            goal = target(url)
            if goal not in pages:
                problems.append(f"{shown} line {line}: {href} -> no page {goal}")
            elif unquote(fragment) not in pages[goal].ids:
                problems.append(f"{shown} line {line}: {href} -> anchor #{fragment} not found in {goal}")
    return sorted(set(problems))


def describe(rows: list[dict], root: str) -> list[str]:
    out = []
    for r in rows:
        parent = (r.get("parentname") or "(start URL)").replace(root, "/")
        problem = r["result"] if r.get("valid") == "False" else " ".join(r["warningstring"].split())
        problem = re.sub(r"Available anchors: .*", "", problem).strip()
        out.append(f"{parent} line {r.get('line', '?')}: {r['urlname']} -> {problem}")
    return sorted(set(out))


def test_no_broken_internal_links_or_anchors(built_site, server):
    anchors = broken_anchors(built_site)
    assert not anchors, "links to missing anchors:\n" + "\n".join(anchors)
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


def test_gate_fails_on_a_broken_link_and_a_broken_anchor(built_site, tmp_path):
    """A link to a page that does not exist is reported by LinkChecker, a link
    to an existing page with an #anchor it lacks by the anchor check, each
    with the page it is on."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    home = site / "index.html"
    html = home.read_text(encoding="utf-8")
    planted = '<p><a href="no-such-page/">planted</a> <a href="modules/#no-such-anchor">planted</a></p></article>'
    home.write_text(html.replace("</article>", planted, 1), encoding="utf-8")
    anchors = broken_anchors(site)
    assert any(p.startswith("/ line ") and "modules/#no-such-anchor" in p and "not found" in p for p in anchors), anchors
    # The copy's absolute URLs name the session server's port; serve it on
    # another one: only the home page's own links are checked (-r 1).
    server = Server(site, free_port())
    try:
        problems = describe(linkcheck([server.url], recursion=1), server.url)
    finally:
        server.close()
    assert any("no-such-page/" in p and "404" in p for p in problems), problems
