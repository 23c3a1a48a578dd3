"""A shared link shows a preview; every page says when it changed; assistants get plain text (issue 17).

What is checked, on the real build (both languages) and on a tiny copy of the
site (the `mini_site` of tests/test_checks.py) with one planted defect each:

- descriptions (hooks/social.py): every page has its own, at most 160
  characters; missing, duplicated or too long fails the build naming the file;
- preview tags (hooks/social.py): og:title, og:description (the page's own),
  og:url and og:image absolute from site_url, og:type, og:site_name,
  og:locale with og:locale:alternate, twitter:card; the image exists, is a
  1200x630 PNG, one per page;
- "Last updated" (git-revision-date-localized): on every page, in its
  language, the date of the page's last commit;
- the plain-text edition (hooks/llms.py): /llms.txt and /ru/llms.txt list every
  page of their language with its description, each page has a Markdown copy
  beside its HTML (modules/index.html -> modules/index.md) with every snippet
  expanded, and the footer links to both;
- the offline edition shows the date it was built.

Each check is a function returning problems; the tests below run it on the
build and then on a copy with a planted defect, and see it fail.
"""

from __future__ import annotations

import datetime
import html as html_lib
import posixpath
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, load_hook, mkdocs_build, page_urls
from test_checks import build, mini_site  # noqa: F401  (mini_site is a fixture)

social = load_hook("social")

LOCALE = {"en": "en_US", "ru": "ru_RU"}
SITE_NAME = {"en": "Python modules and packages", "ru": "Модули и пакеты Python"}
MONTHS = {
    # Babel puts a narrow no-break space (U+202F) before "г.": \s matches it.
    "en": r"(January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},\s\d{4}",
    "ru": r"\d{1,2}\s(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s\d{4}\sг\.",
}
SNIPPET = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<path>[^"]+)"', re.M)


# --- what a page is ----------------------------------------------------------

def content_urls(site: Path) -> list[str]:
    """Site-relative URLs of the content pages (both languages), from the sitemap."""
    return [u for u in page_urls(site) if not u.endswith("404.html")]


def lang_of(url: str) -> str:
    return "ru" if url == "ru/" or url.startswith("ru/") else "en"


def source_of(url: str, docs: Path) -> Path:
    """docs/<page>.md (or .ru.md) for a site URL such as 'ru/modules/'."""
    lang = lang_of(url)
    slug = url[3:] if lang == "ru" else url
    slug = slug.strip("/") or "index"
    return docs / (f"{slug}.ru.md" if lang == "ru" else f"{slug}.md")


def description_of(source: Path) -> str:
    meta, _ = social.front_matter(source.read_text(encoding="utf-8"))
    return " ".join(str(meta.get("description", "")).split())


class HeadMeta(HTMLParser):
    """<meta property|name=... content=...> of a page, and its canonical link."""

    def __init__(self):
        super().__init__()
        self.meta: dict[str, list[str]] = {}
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and "content" in a and (a.get("property") or a.get("name")):
            self.meta.setdefault(a.get("property") or a.get("name"), []).append(a["content"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")


def head_meta(text: str) -> HeadMeta:
    parser = HeadMeta()
    parser.feed(text.split("</head>", 1)[0])
    return parser


# --- the checks ----------------------------------------------------------------

def tag_problems(text: str, url: str, site_url: str, description: str, site: Path) -> list[str]:
    """The preview tags of one built page (and the image they name)."""
    lang = lang_of(url)
    head = head_meta(text)
    m = {k: v for k, v in head.meta.items()}
    problems = []

    def one(name):
        values = m.get(name, [])
        if len(values) != 1 or not values[0].strip():
            problems.append(f"{url}: {name} is {values!r}, expected exactly one non-empty value")
            return ""
        return values[0]

    title, desc, page_url, image = one("og:title"), one("og:description"), one("og:url"), one("og:image")
    if desc and desc != description:
        problems.append(f"{url}: og:description {desc!r} is not the page's description {description!r}")
    if one("description") != description:
        problems.append(f"{url}: <meta name=description> is not the page's description")
    if page_url and page_url != site_url + url:
        problems.append(f"{url}: og:url {page_url!r}, expected {site_url + url!r}")
    if one("og:type") not in ("website", "article"):
        problems.append(f"{url}: og:type is {m.get('og:type')!r}")
    if one("og:site_name") != SITE_NAME[lang]:
        problems.append(f"{url}: og:site_name is {m.get('og:site_name')!r}, expected {SITE_NAME[lang]!r}")
    if one("og:locale") != LOCALE[lang]:
        problems.append(f"{url}: og:locale is {m.get('og:locale')!r}, expected {LOCALE[lang]!r}")
    other = LOCALE["ru" if lang == "en" else "en"]
    if m.get("og:locale:alternate") != [other]:
        problems.append(f"{url}: og:locale:alternate is {m.get('og:locale:alternate')!r}, expected [{other!r}]")
    if one("twitter:card") != "summary_large_image":
        problems.append(f"{url}: twitter:card is {m.get('twitter:card')!r}")
    for name, value in (("twitter:title", title), ("twitter:description", desc), ("twitter:image", image)):
        if one(name) != value:
            problems.append(f"{url}: {name} differs from its og: tag")
    if image:
        if not image.startswith(site_url):
            problems.append(f"{url}: og:image {image!r} is not under site_url {site_url!r}")
        else:
            problems += image_problems(site / image[len(site_url):], url)
    return problems


def image_problems(path: Path, url: str) -> list[str]:
    from PIL import Image

    if not path.is_file():
        return [f"{url}: preview image {path} does not exist"]
    with Image.open(path) as image:
        if image.format != "PNG" or image.size != (social.WIDTH, social.HEIGHT):
            return [f"{url}: preview image {path.name} is {image.format} {image.size}, expected PNG (1200, 630)"]
        colours = image.convert("RGB").getcolors(1 << 20) or []
    main = max(colours)[1] if colours else None
    if main != social.PRIMARY:
        return [f"{url}: preview image {path.name} is mostly {main}, not the site's indigo {social.PRIMARY}"]
    if len(colours) < 20:
        return [f"{url}: preview image {path.name} has {len(colours)} colours: no text on it?"]
    return []


def expected_date(source: Path) -> datetime.date:
    """The date the page shows: its last commit (UTC), or today if it has none."""
    proc = subprocess.run(
        ["git", "log", "-n1", "--format=%at", "--diff-filter=r", "--follow", "--ignore-all-space",
         "--ignore-blank-lines", "--", str(source)],
        cwd=source.parent, capture_output=True, text=True,
    )
    stamp = proc.stdout.strip()
    moment = datetime.datetime.fromtimestamp(int(stamp), datetime.timezone.utc) if stamp else datetime.datetime.now(datetime.timezone.utc)
    return moment.date()


def date_problems(text: str, url: str) -> list[str]:
    """'Last updated' is on the page, written in the page's language."""
    lang = lang_of(url)
    found = re.search(r'class="git-revision-date-localized-plugin git-revision-date-localized-plugin-date"[^>]*>([^<]*)<', text)
    if not found or 'class="md-source-file"' not in text:
        return [f"{url}: no 'Last updated' date"]
    if not re.fullmatch(MONTHS[lang], found[1].strip()):
        return [f"{url}: 'Last updated' {found[1]!r} is not a date in {lang}"]
    return []


def included_text(root: Path, include: str) -> str:
    """What `--8<-- "path"` or `--8<-- "path:start:end"` brings in (stripped)."""
    path, _, lines = include.partition(":")
    text = (root / path).read_text(encoding="utf-8")
    if lines:
        start, _, end = lines.partition(":")
        text = "\n".join(text.split("\n")[int(start or 1) - 1 : int(end) if end else None])
    return text.strip()


def dedented(text: str) -> str:
    return "\n".join(line.strip() for line in text.split("\n"))


def copy_problems(copy: Path, source: Path, url: str, root: Path) -> list[str]:
    """The Markdown copy exists, has its front matter, and every include expanded."""
    if not copy.is_file():
        return [f"{url}: no Markdown copy {copy}"]
    text = copy.read_text(encoding="utf-8")
    problems = []
    if "--8<--" in text:
        problems.append(f"{url}: the Markdown copy still has a --8<-- line")
    meta, _ = social.front_matter(text)
    if meta.get("description") != description_of(source):
        problems.append(f"{url}: the Markdown copy's description is {meta.get('description')!r}")
    if not meta.get("updated"):
        problems.append(f"{url}: the Markdown copy has no 'updated' date")
    for include in SNIPPET.findall(source.read_text(encoding="utf-8")):
        if include.startswith("includes/"):
            continue
        # Inside a content tab the include is indented, and so is every line it brings.
        body = dedented(included_text(root, include))
        if body and body not in dedented(text):
            problems.append(f"{url}: the Markdown copy lacks the text of {include}")
    return problems


def llms_problems(text: str, lang: str, pages: dict[str, str], site_url: str) -> list[str]:
    """llms.txt: the convention's layout, and every page of the language with its description.

    `pages`: the language's site URLs ('ru/modules/') -> description.
    """
    problems = []
    lines = text.splitlines()
    if not lines or lines[0] != f"# {SITE_NAME[lang]}":
        problems.append(f"{lang} llms.txt: the first line is not '# {SITE_NAME[lang]}'")
    if not any(l.startswith("> ") for l in lines[1:4]):
        problems.append(f"{lang} llms.txt: no '> summary' blockquote after the title")
    if not any(l.startswith("## ") for l in lines):
        problems.append(f"{lang} llms.txt: no '## section'")
    entries = dict(re.findall(r"^- \[[^\]]+\]\(([^)]+)\): (.+)$", text, re.M))
    for url, description in pages.items():
        link = site_url + url + "index.md" if not url.endswith(".html") else site_url + url[: -len(".html")] + ".md"
        if link not in entries:
            problems.append(f"{lang} llms.txt: {url} is not listed (as {link})")
        elif entries[link] != description:
            problems.append(f"{lang} llms.txt: {url} is listed with {entries[link]!r}, not its description")
    return problems


def footer_problems(text: str, url: str) -> list[str]:
    lang = lang_of(url)
    block = re.search(r'<div class="[^"]*\bmd-copyright__llms\b[^"]*">(.*?)</div>', text, re.S)
    if not block:
        return [f"{url}: the footer has no llms.txt line"]
    hrefs = re.findall(r'href="([^"]+)"', block[1])
    expected_index = posixpath.relpath(("ru/" if lang == "ru" else "") + "llms.txt", url or ".")
    problems = []
    if expected_index not in hrefs:
        problems.append(f"{url}: the footer links {hrefs}, not {expected_index}")
    if "index.md" not in hrefs:
        problems.append(f"{url}: the footer does not link the page's Markdown copy (index.md)")
    return problems


# --- descriptions: the check itself -------------------------------------------

def write_docs(tmp_path: Path, pages: dict[str, str]) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, description in pages.items():
        head = "" if description is None else f"---\ndescription: {description}\n---\n\n"
        (docs / name).write_text(f"{head}# Title {{ #top }}\n", encoding="utf-8")
    return docs


def test_good_descriptions_pass(tmp_path):
    docs = write_docs(tmp_path, {"a.md": "One.", "a.ru.md": "Один.", "b.md": "Two.", "b.ru.md": "One."})
    assert social.check_descriptions(docs) == []  # the same text in two languages is fine


def test_missing_description_is_named(tmp_path):
    docs = write_docs(tmp_path, {"a.md": None, "a.ru.md": "Один."})
    assert social.check_descriptions(docs) == [
        "docs/a.md:1: no description: start the page with front matter `description:` (one sentence, at most 160 characters)"
    ]


def test_empty_description_counts_as_missing(tmp_path):
    docs = write_docs(tmp_path, {"a.md": '""'})
    assert social.check_descriptions(docs)[0].startswith("docs/a.md:1: no description")


def test_front_matter_without_description_is_named(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\nsearch:\n  boost: 2\n---\n\n# A { #a }\n", encoding="utf-8")
    assert social.check_descriptions(docs)[0].startswith("docs/a.md:1: no description")


def test_too_long_description_is_named(tmp_path):
    docs = write_docs(tmp_path, {"a.md": "x" * 161, "b.md": "y" * 160})
    assert social.check_descriptions(docs) == ["docs/a.md:2: description is 161 characters, more than 160 (search results cut it)"]


def test_duplicate_description_in_one_language_is_named(tmp_path):
    docs = write_docs(tmp_path, {"a.ru.md": "Одно и то же.", "b.ru.md": "Одно  и то же."})
    assert social.check_descriptions(docs) == [
        "docs/b.ru.md:2: description is the same as in docs/a.ru.md; each page needs its own"
    ]


def test_bad_front_matter_is_named(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("---\ndescription: [unclosed\n---\n", encoding="utf-8")
    assert social.check_descriptions(docs)[0].startswith("docs/a.md:1: front matter is not valid YAML")


def test_the_real_docs_have_descriptions():
    problems = social.check_descriptions(ROOT / "docs")
    assert not problems, "Pages without a proper description:\n" + "\n".join(problems)


# --- the real build -------------------------------------------------------------

@pytest.fixture(scope="module")
def site_url(port) -> str:
    return f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="module")
def pages(built_site) -> list[str]:
    urls = content_urls(built_site)
    assert len(urls) >= 30 and "ru/" in urls and "" in urls, urls
    return urls


def test_every_page_has_its_preview_tags(built_site, pages, site_url):
    problems = []
    for url in pages:
        text = (built_site / url / "index.html").read_text(encoding="utf-8")
        problems += tag_problems(text, url, site_url, description_of(source_of(url, ROOT / "docs")), built_site)
    assert not problems, "\n".join(problems)


def test_one_preview_image_per_page(built_site, pages):
    images = [head_meta((built_site / u / "index.html").read_text(encoding="utf-8")).meta["og:image"][0] for u in pages]
    assert len(set(images)) == len(pages)


def test_tag_check_fails_on_planted_defects(built_site, site_url):
    url = "ru/modules/"
    text = (built_site / url / "index.html").read_text(encoding="utf-8")
    description = description_of(source_of(url, ROOT / "docs"))
    assert tag_problems(text, url, site_url, description, built_site) == []
    planted = {
        "og:description": text.replace(f'property="og:description" content="{html_lib.escape(description)}"', 'property="og:description" content="Python modules and packages"'),
        "og:url": text.replace(f'content="{site_url}{url}"', 'content="/ru/modules/"'),
        "og:locale": text.replace('content="ru_RU"', 'content="en_US"'),
        "og:locale:alternate": re.sub(r'\s*<meta property="og:locale:alternate"[^>]*>', "", text),
        "twitter:card": text.replace('content="summary_large_image"', 'content="summary"'),
        "og:image": text.replace("assets/images/social/ru/modules.png", "assets/images/social/ru/nope.png"),
    }
    for name, bad in planted.items():
        assert bad != text, name
        problems = tag_problems(bad, url, site_url, description, built_site)
        assert any(name in p or "preview image" in p for p in problems), (name, problems)


def test_image_check_fails_on_wrong_size_or_colour(built_site, tmp_path):
    from PIL import Image

    good = built_site / "assets/images/social/modules.png"
    assert image_problems(good, "modules/") == []
    Image.open(good).resize((600, 315)).save(tmp_path / "small.png")
    assert "expected PNG (1200, 630)" in image_problems(tmp_path / "small.png", "x")[0]
    Image.new("RGB", (1200, 630), (255, 255, 255)).save(tmp_path / "white.png")
    assert "not the site's indigo" in image_problems(tmp_path / "white.png", "x")[0]
    Image.new("RGB", (1200, 630), social.PRIMARY).save(tmp_path / "blank.png")
    assert "no text on it" in image_problems(tmp_path / "blank.png", "x")[0]


def test_every_page_shows_when_it_changed_in_its_language(built_site, pages):
    problems = []
    for url in pages:
        problems += date_problems((built_site / url / "index.html").read_text(encoding="utf-8"), url)
    assert not problems, "\n".join(problems)


def test_date_check_fails_on_planted_defects(built_site):
    text = (built_site / "ru/modules/index.html").read_text(encoding="utf-8")
    assert date_problems(text, "ru/modules/") == []
    english = re.sub(r"(plugin-date\"[^>]*>)[^<]*<", r"\1December 2, 2026<", text)
    assert "is not a date in ru" in date_problems(english, "ru/modules/")[0]
    assert date_problems(text.replace("git-revision-date-localized-plugin-date", "x"), "ru/modules/") == ["ru/modules/: no 'Last updated' date"]


def test_the_date_is_the_last_commit_of_the_page(built_site, pages):
    problems = []
    for url in pages:
        source = source_of(url, ROOT / "docs")
        meta, _ = social.front_matter((built_site / url / "index.md").read_text(encoding="utf-8"))
        if str(meta.get("updated")) != expected_date(source).isoformat():
            problems.append(f"{url}: updated {meta.get('updated')}, but {source.name} was last committed {expected_date(source)}")
    assert not problems, "\n".join(problems)


def test_every_page_has_a_markdown_copy_with_examples_included(built_site, pages):
    problems = []
    for url in pages:
        problems += copy_problems(built_site / url / "index.md", source_of(url, ROOT / "docs"), url, ROOT)
    assert not problems, "\n".join(problems)


def test_copy_check_fails_on_planted_defects(built_site, tmp_path):
    url, source = "modules/", ROOT / "docs" / "modules.md"
    copy = built_site / url / "index.md"
    assert copy_problems(copy, source, url, ROOT) == []
    include = next(p for p in SNIPPET.findall(source.read_text(encoding="utf-8")) if p.startswith("examples/"))
    body = included_text(ROOT, include)
    bad = tmp_path / "index.md"
    bad.write_text(copy.read_text(encoding="utf-8").replace(body, f'--8<-- "{include}"', 1), encoding="utf-8")
    problems = copy_problems(bad, source, url, ROOT)
    assert f"{url}: the Markdown copy still has a --8<-- line" in problems
    assert f"{url}: the Markdown copy lacks the text of {include}" in problems
    assert copy_problems(tmp_path / "none.md", source, url, ROOT) == [f"{url}: no Markdown copy {tmp_path / 'none.md'}"]


def test_markdown_copy_links_lead_to_other_copies(built_site):
    text = (built_site / "ru/init-py/index.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)", text)
    assert targets, "the Russian __init__.py copy links no other page"
    for target in targets:
        assert (built_site / "ru/init-py" / target).resolve().is_file(), target
        assert "/ru/" in str((built_site / "ru/init-py" / target).resolve()), f"{target} leaves the Russian pages"


def test_llms_txt_lists_every_page_of_its_language(built_site, pages, site_url):
    problems = []
    for lang, path in (("en", "llms.txt"), ("ru", "ru/llms.txt")):
        mine = {u: description_of(source_of(u, ROOT / "docs")) for u in pages if lang_of(u) == lang}
        problems += llms_problems((built_site / path).read_text(encoding="utf-8"), lang, mine, site_url)
    assert not problems, "\n".join(problems)


def test_llms_txt_links_resolve(built_site, site_url):
    for path in ("llms.txt", "ru/llms.txt"):
        for link in re.findall(r"\]\((http[^)]+)\)", (built_site / path).read_text(encoding="utf-8")):
            assert link.startswith(site_url), link
            assert (built_site / link[len(site_url):]).is_file(), link


def test_llms_check_fails_on_planted_defects(built_site, pages, site_url):
    text = (built_site / "ru/llms.txt").read_text(encoding="utf-8")
    mine = {u: description_of(source_of(u, ROOT / "docs")) for u in pages if lang_of(u) == "ru"}
    assert llms_problems(text, "ru", mine, site_url) == []
    dropped = "\n".join(l for l in text.splitlines() if "/ru/modules/index.md" not in l)
    assert "ru llms.txt: ru/modules/ is not listed" in llms_problems(dropped, "ru", mine, site_url)[0]
    wrong = text.replace(mine["ru/modules/"], "Что-то другое.")
    assert "not its description" in llms_problems(wrong, "ru", mine, site_url)[0]
    assert "the first line" in llms_problems(text.replace("# ", "## ", 1), "ru", mine, site_url)[0]


def test_footer_links_the_plain_text_edition(built_site, pages):
    problems = []
    for url in pages:
        problems += footer_problems((built_site / url / "index.html").read_text(encoding="utf-8"), url)
    assert not problems, "\n".join(problems)
    ru = (built_site / "ru/modules/index.html").read_text(encoding="utf-8")
    assert "Для ИИ-ассистентов:" in ru and "эта страница в Markdown" in ru
    assert footer_problems(ru.replace("md-copyright__llms", "x"), "ru/modules/") == ["ru/modules/: the footer has no llms.txt line"]


# --- the mini site: the build stops, and the offline edition --------------------

DESCRIBED = {
    "index.md": "The mini site's home page.",
    "index.ru.md": "Главная страница маленького сайта.",
    "page.md": "A tiny page with one example.",
    "page.ru.md": "Маленькая страница с одним примером.",
}


@pytest.fixture
def share_site(mini_site):
    """The mini site with a description on each of its four pages."""
    # hooks/runner.py copies Pyodide from node_modules beside hooks/.
    if (ROOT / "node_modules").is_dir() and not (mini_site / "node_modules").exists():
        (mini_site / "node_modules").symlink_to(ROOT / "node_modules")
    for name, description in DESCRIBED.items():
        path = mini_site / "docs" / name
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            path.write_text(f"---\ndescription: {description}\n---\n\n{text}", encoding="utf-8")
    return mini_site


def set_description(site: Path, name: str, description: str | None) -> None:
    path = site / "docs" / name
    text = re.sub(r"(?s)^---\n.*?\n---\n\n", "", path.read_text(encoding="utf-8"))
    head = "" if description is None else f"---\ndescription: {description}\n---\n\n"
    path.write_text(head + text, encoding="utf-8")


@pytest.mark.slow
def test_mini_site_shares_well(share_site):
    code, log = build(share_site)
    assert code == 0, log
    site, site_url = share_site / "site", "http://127.0.0.1:8000/"
    problems = []
    for url in ("", "page/", "ru/", "ru/page/"):
        text = (site / url / "index.html").read_text(encoding="utf-8")
        source = source_of(url, share_site / "docs")
        problems += tag_problems(text, url, site_url, description_of(source), site)
        problems += date_problems(text, url) + footer_problems(text, url)
        problems += copy_problems(site / url / "index.md", source, url, share_site)
    for lang, path in (("en", "llms.txt"), ("ru", "ru/llms.txt")):
        mine = {u: description_of(source_of(u, share_site / "docs")) for u in ("", "page/", "ru/", "ru/page/") if lang_of(u) == lang}
        problems += llms_problems((site / path).read_text(encoding="utf-8"), lang, mine, site_url)
    assert not problems, "\n".join(problems)


PLANTED = [
    pytest.param("page.md", None, "docs/page.md:1: no description", id="missing"),
    pytest.param("page.ru.md", DESCRIBED["index.ru.md"], "docs/page.ru.md:2: description is the same as in docs/index.ru.md", id="duplicate"),
    pytest.param("index.md", "A home page" + " and more" * 18, "docs/index.md:2: description is 173 characters, more than 160", id="too-long"),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, description, message", PLANTED)
def test_build_stops_on_a_bad_description(share_site, name, description, message):
    set_description(share_site, name, description)
    code, log = build(share_site)
    assert code != 0 and message in log, log


@pytest.mark.slow
def test_offline_edition_shows_its_build_date(share_site):
    site = share_site / "offline"
    result = mkdocs_build(share_site / "mkdocs.yml", site, {"OFFLINE": "true", "SOURCE_DATE_EPOCH": "1767225600"})
    assert result.returncode == 0, result.stdout + result.stderr
    en = (site / "page.html").read_text(encoding="utf-8")
    ru = (site / "ru" / "page.html").read_text(encoding="utf-8").replace("\u202f", " ")
    assert "Offline edition built on January 1, 2026" in en
    assert "Офлайн-версия собрана 1 января 2026 г." in ru
    # Read from disk: no preview tags, relative links in llms.txt and the footer.
    assert "og:image" not in en and not (site / "assets/images/social").exists()
    assert "- [" in (site / "llms.txt").read_text(encoding="utf-8")
    assert "](page.md)" in (site / "llms.txt").read_text(encoding="utf-8")
    assert (site / "page.md").is_file() and (site / "ru" / "page.md").is_file()
    assert 'href="llms.txt"' in en and 'href="page.md"' in en
