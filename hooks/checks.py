"""Page checks that stop the build: translations and hand-typed output.

For every docs/<page>.md there must be docs/<page>.ru.md and the other way round,
and the twins must agree: the same explicit heading ids in the same order, the
same snippet includes, the same number of code blocks, admonitions and content
tabs, the same internal links. A Russian page may not hold English prose, and no
page may type program output by hand (English that an example printed, such
as an error message quoted in a Russian sentence, is Python's and allowed): a `console`/`text`/`pycon`/`pytb`/`output`
block holds only `--8<--` includes from examples/. Every problem is reported as
`docs/file.md:LINE: what is wrong`, all of them at once.

tests/test_checks.py feeds each kind of bad input to check_docs() and reads the
messages; this hook runs the same function before every build.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

LANGS = ("en", "ru")
OUTPUT_LANGS = {"console", "text", "pycon", "pytb", "output"}
ALLOWED_ENGLISH = Path(__file__).with_name("ru_english_allowed.txt")
ENGLISH_RUN = 4  # this many English words in a row in a Russian page is prose

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
HEADING_ID = re.compile(r"\{\s*#(?P<id>[^\s}]+)[^}]*\}$")
GOOD_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SNIPPET = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<path>[^"]+)"')
ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s")
TAB = re.compile(r'^\s*===\+?\s+"')
LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
LATIN_WORD = r"[A-Za-z][A-Za-z'’]*"
ENGLISH = re.compile(rf"{LATIN_WORD}(?:[ ,;:\-–—]+{LATIN_WORD}){{{ENGLISH_RUN - 1},}}")


@dataclass
class Page:
    path: Path
    rel: str
    headings: list[tuple[int, str]] = field(default_factory=list)
    includes: list[tuple[int, str]] = field(default_factory=list)
    links: list[tuple[int, str]] = field(default_factory=list)
    fences: list[int] = field(default_factory=list)
    admonitions: list[int] = field(default_factory=list)
    tabs: list[int] = field(default_factory=list)
    prose: list[tuple[int, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse(path: Path, docs_dir: Path) -> Page:
    page = Page(path, str(Path("docs") / path.relative_to(docs_dir)))
    lines = path.read_text(encoding="utf-8").splitlines()
    front_matter = lines[0] == "---" if lines else False
    fence = None  # (marker, language, first line, body lines)
    for number, line in enumerate(lines, start=1):
        if front_matter:  # YAML metadata, not page text
            front_matter = number == 1 or line != "---"
            continue
        match = FENCE.match(line)
        if fence is not None:
            marker, lang, start, body = fence
            if match and match["fence"].startswith(marker) and not match["info"].strip():
                _check_output_block(page, lang, start, body)
                fence = None
            else:
                body.append((number, line))
                snippet = SNIPPET.match(line)
                if snippet:
                    page.includes.append((number, snippet["path"]))
            continue
        if match:
            info = match["info"].strip()
            lang = info.split()[0].lstrip(".{").rstrip("}") if info else ""
            fence = (match["fence"], lang, number, [])
            page.fences.append(number)
            continue
        snippet = SNIPPET.match(line)
        if snippet:
            page.includes.append((number, snippet["path"]))
            continue
        heading = HEADING.match(line)
        if heading:
            found = HEADING_ID.search(heading[2])
            if not found:
                page.problems.append(f"{page.rel}:{number}: heading without an explicit id: {line.strip()!r} (add {{ #some-id }})")
            elif not GOOD_ID.match(found["id"]):
                page.problems.append(f"{page.rel}:{number}: heading id {found['id']!r} is not lowercase-ascii-with-dashes")
            else:
                page.headings.append((number, found["id"]))
            page.prose.append((number, heading[2]))
            continue
        if ADMONITION.match(line):
            page.admonitions.append(number)
        if TAB.match(line):
            page.tabs.append(number)
        for link in LINK.finditer(line):
            target = link["target"]
            if not re.match(r"^[a-z][a-z0-9+.-]*:", target):
                page.links.append((number, target))
        page.prose.append((number, line))
    if fence is not None:
        page.problems.append(f"{page.rel}:{fence[2]}: code block is never closed")
    seen: dict[str, int] = {}
    for number, hid in page.headings:
        if hid in seen:
            page.problems.append(f"{page.rel}:{number}: heading id #{hid} already used on line {seen[hid]}")
        seen[hid] = number
    return page


def _check_output_block(page: Page, lang: str, start: int, body: list[tuple[int, str]]) -> None:
    if lang not in OUTPUT_LANGS:
        return
    for number, line in body:
        if not line.strip():
            continue
        snippet = SNIPPET.match(line)
        if not snippet or not snippet["path"].startswith("examples/"):
            page.problems.append(
                f"{page.rel}:{number}: a ```{lang} block (line {start}) shows text that no example "
                f"printed; include the recorded output with --8<-- \"examples/<name>/output/<run>.txt\""
            )
            return


def english_runs(text: str, allowed: list[str]) -> list[tuple[int, str]]:
    """English word runs left in Russian prose, as (offset, run); code and markup removed.

    Every removal keeps the text's length, so an offset still points into `text`.
    """
    def blank(pattern: str, flags: int = 0) -> None:
        nonlocal text
        text = re.sub(pattern, lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=flags)

    blank(r"`[^`]*`")                                    # inline code, even across lines
    blank(r"(?<=\])\([^)]*\)")                          # link targets
    blank(r"<[^>]+>")                                    # HTML tags
    blank(r"\{[^}]*\}")                                  # attribute lists
    blank(r"https?://\S+")                               # bare URLs
    blank(r"^\s*\*\[[^\]]*\]:", re.M)                     # abbreviation keys
    blank(r'^\s*(?:!!!|\?\?\?\+?|===\+?)\s+[\w-]*', re.M)  # block markers
    for phrase in allowed:
        text = text.replace(phrase, " " * len(phrase))
    flat = text.replace("\n", " ")
    return [(m.start(), m.group(0)) for m in ENGLISH.finditer(flat)]


def _allowed_phrases() -> list[str]:
    if not ALLOWED_ENGLISH.exists():
        return []
    lines = ALLOWED_ENGLISH.read_text(encoding="utf-8").splitlines()
    return sorted((l.strip() for l in lines if l.strip() and not l.startswith("#")), key=len, reverse=True)


def _printed_by_python(docs_dir: Path) -> str:
    """Everything the examples printed: English quoted from it is Python's, not ours."""
    examples = docs_dir.parent / "examples"
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(examples.glob("*/output/*.txt")))


def _paragraphs(prose: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join consecutive non-blank prose lines: (first line number, text with newlines)."""
    out: list[tuple[int, list[str]]] = []
    last = None
    for number, line in prose:
        if not line.strip():
            last = None
            continue
        if last is not None and number == last + 1:
            out[-1][1].append(line)
        else:
            out.append((number, [line]))
        last = number
    return [(n, "\n".join(lines)) for n, lines in out]


def compare(en: Page, ru: Page, printed: str = "") -> list[str]:
    problems = []
    en_ids = [h for _, h in en.headings]
    ru_ids = [h for _, h in ru.headings]
    if en_ids != ru_ids:
        for i in range(max(len(en_ids), len(ru_ids))):
            a = en.headings[i] if i < len(en.headings) else None
            b = ru.headings[i] if i < len(ru.headings) else None
            if a is None or b is None or a[1] != b[1]:
                where_en = f"{en.rel}:{a[0]} has #{a[1]}" if a else f"{en.rel} has no heading #{i + 1}"
                where_ru = f"{ru.rel}:{b[0]} has #{b[1]}" if b else f"{ru.rel} has no heading #{i + 1}"
                problems.append(f"{where_ru}, but {where_en}: heading ids must match in the same order")
                break

    def norm(path: str) -> str:
        return re.sub(r"\.ru(\.[A-Za-z0-9]+)$", r"\1", path)

    en_inc = [norm(p) for _, p in en.includes]
    ru_inc = [norm(p) for _, p in ru.includes]
    if en_inc != ru_inc:
        for i in range(max(len(en_inc), len(ru_inc))):
            a = en.includes[i] if i < len(en.includes) else None
            b = ru.includes[i] if i < len(ru.includes) else None
            if a is None or b is None or norm(a[1]) != norm(b[1]):
                line = b[0] if b else (ru.includes[-1][0] if ru.includes else 1)
                problems.append(
                    f"{ru.rel}:{line}: snippet include #{i + 1} is {b[1] if b else 'missing'!r}, "
                    f"{en.rel}:{a[0] if a else '-'} has {a[1] if a else 'none'!r}"
                )
                break
    for what, a, b in (
        ("code blocks", en.fences, ru.fences),
        ("admonitions", en.admonitions, ru.admonitions),
        ("content tabs", en.tabs, ru.tabs),
    ):
        if len(a) != len(b):
            problems.append(f"{ru.rel}:1: {len(b)} {what}, but {en.rel} has {len(a)}")
    en_links = Counter(t for _, t in en.links)
    ru_links = Counter(t for _, t in ru.links)
    for target in sorted((en_links - ru_links) + (ru_links - en_links)):
        if ru_links[target] > en_links[target]:
            line = next(n for n, t in ru.links if t == target)
            problems.append(f"{ru.rel}:{line}: link to {target!r} is not in {en.rel}")
        else:
            line = next(n for n, t in en.links if t == target)
            problems.append(f"{en.rel}:{line}: link to {target!r} is missing from {ru.rel}")
    allowed = _allowed_phrases()
    for first, paragraph in _paragraphs(ru.prose):
        for offset, run in english_runs(paragraph, allowed):
            if run in printed:  # an error message quoted exactly as Python prints it
                continue
            line = first + paragraph.count("\n", 0, offset)
            problems.append(f"{ru.rel}:{line}: English left in a Russian page: {run!r}")
    return problems


def check_docs(docs_dir: Path) -> list[str]:
    docs_dir = Path(docs_dir)
    problems = []
    pages = {}
    printed = _printed_by_python(docs_dir)
    for path in sorted(docs_dir.rglob("*.md")):
        rel = path.relative_to(docs_dir).as_posix()
        lang = "ru" if rel.endswith(".ru.md") else "en"
        base = rel[: -len(".ru.md")] if lang == "ru" else rel[: -len(".md")]
        page = parse(path, docs_dir)
        problems += page.problems
        pages[(base, lang)] = page
    for base in sorted({b for b, _ in pages}):
        en, ru = pages.get((base, "en")), pages.get((base, "ru"))
        if en is None:
            problems.append(f"docs/{base}.ru.md:1: has no English twin docs/{base}.md")
        elif ru is None:
            problems.append(f"docs/{base}.md:1: has no Russian twin docs/{base}.ru.md")
        else:
            problems += compare(en, ru, printed)
    return problems


def check_nav_translations(config) -> list[str]:
    """Every nav title needs a Russian title in the i18n plugin's nav_translations."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return []
    ru = next((lang for lang in plugin.config.languages if lang.locale == "ru"), None)
    translations = (ru.nav_translations or {}) if ru else {}
    titles = []

    def walk(items):
        for item in items or []:
            if isinstance(item, dict):
                for title, value in item.items():
                    titles.append(title)
                    if isinstance(value, list):
                        walk(value)

    walk(config.nav)
    return [f"mkdocs.yml: nav title {t!r} has no Russian title in nav_translations" for t in titles if t not in translations]


def on_pre_build(config, **kwargs):
    # static-i18n runs a nested build per language; check once per build.
    plugin = config.plugins.get("i18n")
    if plugin is not None and getattr(plugin, "building", False):
        return
    problems = check_docs(Path(config.docs_dir)) + check_nav_translations(config)
    if problems:
        raise PluginError("Page checks failed:\n  " + "\n  ".join(problems))
