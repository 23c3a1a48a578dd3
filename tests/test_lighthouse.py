"""Lighthouse gate: Home, a core page and the errors page, in both languages.

Lighthouse 12 (npm) with its default mobile settings (a mid-range phone on a
slow 4G network, simulated) in Debian's Chromium, against the strict build
served like GitHub Pages (gzip, kept-alive connections). Performance must be
at least 95 (issue 6; 100 is the target, and `make bench` names what still
costs points), accessibility, best practices and SEO 100. A failure prints
the audits that cost points; the JSON reports are kept in reports/lighthouse/
(git-ignored).

The performance score is computed from a simulation, but the simulation
starts from the main-thread work Chromium really did, so a busy machine lowers
it. With both cores of this machine kept busy by other processes the gated
pages still scored 96-100 (99-100 when quiet); they scored 68-92 before code
blocks were set up lazily (content.lazy, mkdocs.yml). When one run scores
below the gate, two more are made and their median decides, as Lighthouse's
own advice on variability says (docs/variability.md in its repository): a
page that really got slower fails all three, a run slowed by a busy machine
does not fail the suite on its own.

The planted-defect tests put a defect into a copy of Home (a page that forbids
indexing; a script that keeps the main thread busy for 2 s) and show the gate
failing on each, with the audit named, in one real run each; the median rule
itself is tested on scripted scores, so it costs no extra browser runs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.register_assert_rewrite("quality")
from quality import REPORTS, failing_audits, run_lighthouse, scores  # noqa: E402

from conftest import Server, free_port  # noqa: E402


pytestmark = pytest.mark.browser  # Lighthouse drives Debian's Chromium

PAGES = ["", "modules/", "errors/", "ru/", "ru/modules/", "ru/errors/"]
GATE = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}


def report_name(path: str) -> str:
    return (path.strip("/").replace("/", "-") or "home") + ".json"


def gate(url: str, out: Path, minimums: dict[str, int], measure=run_lighthouse,
         remeasure: bool = True) -> tuple[dict[str, int], list[str]]:
    """Lighthouse on `url` (report in `out`): the scores, and for every category
    below its minimum a line with the audits that cost points. Performance
    below its minimum is measured twice more and the median of the three
    counts (see the module docstring); `remeasure=False` keeps the first run
    (the planted defects, which fail whatever the noise)."""
    report = measure(url, out, categories=list(minimums))
    got = scores(report)
    reports = dict.fromkeys(minimums, report)
    if remeasure and "performance" in minimums and got["performance"] < minimums["performance"]:
        runs = [report] + [
            measure(url, out.with_suffix(f".run{i}.json"), categories=["performance"]) for i in (2, 3)
        ]
        runs.sort(key=lambda r: scores(r)["performance"])
        print(f"{url}: performance over three runs: {[scores(r)['performance'] for r in runs]}")
        reports["performance"] = runs[1]
        got["performance"] = scores(runs[1])["performance"]
    lines = []
    for category, minimum in minimums.items():
        if got[category] < minimum:
            lines.append(f"{category}: {got[category]} < {minimum}")
            lines += [f"    {a}" for a in failing_audits(reports[category], category)]
    return got, lines


@pytest.mark.parametrize("path", PAGES, ids=[p or "home" for p in PAGES])
def test_lighthouse(server, path):
    out = REPORTS / "lighthouse" / report_name(path)
    got, lines = gate(server.url + path, out, GATE)
    summary = f"/{path}: {got}; report {out.relative_to(REPORTS.parent)}"
    print(summary)
    assert not lines, summary + "\n" + "\n".join(lines)


# A defect planted after <title>, the category it must cost points in, and
# the audit that must be named.
PLANTED = {
    "hidden-from-search-engines": ('<meta name="robots" content="noindex">', "seo", "is-crawlable"),
    "main-thread-busy-for-2-s": (
        "<script>addEventListener('DOMContentLoaded',function(){var t=Date.now();while(Date.now()-t<2000);})</script>",
        "performance", "total-blocking-time",
    ),
}


@pytest.mark.parametrize("defect", PLANTED)
def test_gate_fails_on_a_planted_defect(built_site, tmp_path, defect):
    markup, category, audit = PLANTED[defect]
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    home = site / "index.html"
    home.write_text(home.read_text(encoding="utf-8").replace("</title>", "</title>" + markup, 1), encoding="utf-8")
    server = Server(site, free_port())
    try:
        got, lines = gate(server.url, tmp_path / "planted.json", {category: GATE[category]}, remeasure=False)
    finally:
        server.close()
    assert got[category] < GATE[category], lines
    assert any(line.startswith(f"    {audit}:") for line in lines), lines


def scripted(performance_scores: list[int]):
    """A stand-in for run_lighthouse that returns reports with these
    performance scores in turn: the median rule, without three browser runs."""
    queue = list(performance_scores)

    def measure(url, out, categories):
        score = queue.pop(0)
        audit = {"score": score / 100, "displayValue": f"{score}", "title": "Total Blocking Time"}
        return {
            "categories": {"performance": {"score": score / 100,
                                           "auditRefs": [{"id": "total-blocking-time", "weight": 30}]}},
            "audits": {"total-blocking-time": audit},
        }

    return measure, queue


@pytest.mark.parametrize(
    "runs,median,passes",
    [([99], 99, True), ([90, 97, 96], 96, True), ([90, 60, 93], 90, False), ([50, 52, 48], 50, False)],
    ids=["first-run-passes", "slow-run-outvoted", "slow-twice", "slow-every-time"],
)
def test_a_run_below_the_gate_is_measured_twice_more_and_the_median_counts(tmp_path, runs, median, passes):
    measure, left = scripted(runs)
    got, lines = gate("http://planted/", tmp_path / "r.json", {"performance": 95}, measure=measure)
    assert not left, "the gate did not measure as often as the rule says"
    assert got["performance"] == median
    assert (not lines) == passes, lines
    if not passes:
        assert any(line.startswith("    total-blocking-time:") for line in lines), lines
