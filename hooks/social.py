"""What a shared link shows: a description per page, Open Graph and Twitter tags, a preview image.

- Descriptions: every docs page starts with front matter `description:`, one
  sentence of at most 160 characters (about what a search engine shows), and no
  two pages of one language share one. A page that breaks this fails the build
  with `docs/file.md:LINE: what is wrong`, all of them at once. The check runs
  once, after every language is built, so the rest of the build's messages are
  shown too. tests/test_share.py feeds check_descriptions() bad input and plants
  each defect in a tiny copy of the site.
- Tags: every page gets og:title, og:description (its own description, in its
  language), og:url and og:image (absolute, from site_url), og:type,
  og:site_name, og:locale (en_US / ru_RU) with og:locale:alternate for its
  twin, and the twitter:card tags. Material writes <meta name="description">
  from the same front matter.
- Preview image: one PNG per page, 1200x630, drawn with Pillow at build time in
  the site's indigo (mkdocs.yml palette) with the page's title and description,
  in the fonts of Debian's fonts-dejavu-core (DejaVu covers Cyrillic;
  tools/system-deps.sh installs it). Nothing is downloaded: Material's social
  plugin fetches fonts from Google Fonts at build time, so it is not used.
  Written to assets/images/social/<page>.png (ru/<page>.png for Russian).
- The offline edition (OFFLINE=true) is read from disk, where previews mean
  nothing: it gets neither the tags nor the images.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

DESCRIPTION_MAX = 160
LOCALES = {"en": "en_US", "ru": "ru_RU"}
LANG_LABEL = {"en": "English", "ru": "Русский"}

# Preview image: Material's indigo (primary #4051b5, dark #303fa1, accent #526cfe).
WIDTH, HEIGHT = 1200, 630
PRIMARY = (0x40, 0x51, 0xB5)
PRIMARY_DARK = (0x30, 0x3F, 0xA1)
ACCENT = (0x52, 0x6C, 0xFE)
WHITE = (0xFF, 0xFF, 0xFF)
WHITE_LIGHT = (0xD9, 0xDC, 0xF0)  # #ffffffb3 over the primary colour
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
FONTS = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
IMAGE_DIR = "assets/images/social"


# --- descriptions -----------------------------------------------------------

def front_matter(text: str) -> tuple[dict, dict[str, int]]:
    """(metadata, key -> line number) of a page's YAML front matter ({} if none)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, {}
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, {}
    block = "\n".join(lines[1:end])
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as error:
        raise ValueError(f"front matter is not valid YAML: {error}") from None
    if not isinstance(meta, dict):
        raise ValueError("front matter is not a mapping")
    where = {}
    for number, line in enumerate(lines[1:end], start=2):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            where.setdefault(match[1], number)
    return meta, where


def check_descriptions(docs_dir: Path) -> list[str]:
    """Every page has its own description of at most 160 characters, unique in its language."""
    docs_dir = Path(docs_dir)
    problems = []
    seen: dict[tuple[str, str], str] = {}  # (language, normalised description) -> page
    for path in sorted(docs_dir.rglob("*.md")):
        rel = "docs/" + path.relative_to(docs_dir).as_posix()
        lang = "ru" if path.name.endswith(".ru.md") else "en"
        try:
            meta, where = front_matter(path.read_text(encoding="utf-8"))
        except ValueError as error:
            problems.append(f"{rel}:1: {error}")
            continue
        description = meta.get("description")
        line = where.get("description", 1)
        if description is None or (isinstance(description, str) and not description.strip()):
            problems.append(
                f"{rel}:1: no description: start the page with front matter "
                f"`description:` (one sentence, at most {DESCRIPTION_MAX} characters)"
            )
            continue
        if not isinstance(description, str):
            problems.append(f"{rel}:{line}: description is not text: {description!r}")
            continue
        description = " ".join(description.split())
        if len(description) > DESCRIPTION_MAX:
            problems.append(
                f"{rel}:{line}: description is {len(description)} characters, "
                f"more than {DESCRIPTION_MAX} (search results cut it)"
            )
        key = (lang, description.casefold())
        if key in seen:
            problems.append(f"{rel}:{line}: description is the same as in {seen[key]}; each page needs its own")
        else:
            seen[key] = rel
    return problems


# --- tags -------------------------------------------------------------------

def _plugin(config):
    return config.plugins.get("i18n")


def _building_nested(config) -> bool:
    plugin = _plugin(config)
    return bool(plugin is not None and getattr(plugin, "building", False))


def _offline(config) -> bool:
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(offline and offline.config.enabled)


def _lang(page) -> str:
    lang = getattr(page.file, "locale", None) or "en"
    if lang not in LOCALES:
        raise PluginError(f"social hook: {page.file.src_uri} has language {lang!r}, which has no og:locale")
    return lang


def page_key(page) -> str:
    """'modules', 'ru/modules', 'index', 'ru/index': names the page's image."""
    dest = page.file.dest_uri
    for suffix in ("/index.html", ".html"):
        if dest.endswith(suffix):
            dest = dest[: -len(suffix)]
            break
    if dest in ("", "index"):
        return "index"
    if dest in ("ru", "ru/index"):
        return "ru/index"
    return dest


def image_uri(page) -> str:
    return f"{IMAGE_DIR}/{page_key(page)}.png"


def absolute(config, uri: str) -> str:
    return config.site_url.rstrip("/") + "/" + uri.lstrip("/")


def page_title(page, config) -> str:
    return config.site_name if page.is_homepage or page.file.src_uri in ("index.md", "index.ru.md") else page.title


def page_description(page, config) -> str:
    description = page.meta.get("description")
    return " ".join(str(description).split()) if description else config.site_description


def tags(page, config) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of every preview tag of the page."""
    lang = _lang(page)
    title = page_title(page, config)
    description = page_description(page, config)
    image = absolute(config, image_uri(page))
    alternates = sorted(getattr(page.file, "alternates", None) or {})
    out = [
        ("property", "og:type", "website" if page_key(page).endswith("index") else "article"),
        ("property", "og:site_name", config.site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", page.canonical_url or absolute(config, page.url)),
        ("property", "og:image", image),
        ("property", "og:image:type", "image/png"),
        ("property", "og:image:width", str(WIDTH)),
        ("property", "og:image:height", str(HEIGHT)),
        ("property", "og:image:alt", title),
        ("property", "og:locale", LOCALES[lang]),
    ]
    out += [("property", "og:locale:alternate", LOCALES[a]) for a in alternates if a != lang and a in LOCALES]
    out += [
        ("name", "twitter:card", "summary_large_image"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
        ("name", "twitter:image", image),
        ("name", "twitter:image:alt", title),
    ]
    return out


# --- image ------------------------------------------------------------------

def _font_path(kind: str) -> Path:
    for folder in FONT_DIRS:
        path = folder / FONTS[kind]
        if path.exists():
            return path
    raise PluginError(
        f"social hook: font {FONTS[kind]} not found in {', '.join(map(str, FONT_DIRS))}: "
        "install Debian's fonts-dejavu-core (tools/system-deps.sh, or apt-get install fonts-dejavu-core)"
    )


_font_cache: dict = {}


def _font(kind: str, size: int):
    from PIL import ImageFont

    key = (kind, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(str(_font_path(kind)), size)
    return _font_cache[key]


def _wrap(text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _clip(lines: list[str], font, width: int, most: int) -> list[str]:
    if len(lines) <= most:
        return lines
    last = lines[most - 1]
    while last and font.getlength(last + " …") > width:
        last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
    return lines[: most - 1] + [last + " …"]


def _logo(draw, x: int, y: int, size: int, fg, bg) -> None:
    """The site logo (docs/assets/images/logo.svg, a 24x24 path) at (x, y)."""
    s = size / 24

    def pts(*xy):
        return [(x + a * s, y + b * s) for a, b in zip(xy[::2], xy[1::2])]

    draw.polygon(pts(3, 4, 10, 4, 12, 6, 21, 6, 21, 20, 3, 20), fill=fg)
    draw.rectangle(pts(5, 8, 19, 18), fill=bg)
    for box in ((7, 10, 11, 13), (13, 10, 17, 13), (7, 15, 17, 16)):
        draw.rectangle(pts(*box), fill=fg)


def render_image(title: str, description: str, site_name: str, footer: str, lang: str) -> bytes:
    """The preview image as PNG bytes (the same input gives the same bytes)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), PRIMARY)
    draw = ImageDraw.Draw(image)
    margin, width = 80, WIDTH - 160
    band = 96
    draw.rectangle((0, HEIGHT - band, WIDTH, HEIGHT), fill=PRIMARY_DARK)
    draw.rectangle((0, HEIGHT - band - 8, WIDTH, HEIGHT - band), fill=ACCENT)

    # Header: logo and site name.
    _logo(draw, margin - 6, 56, 72, WHITE, PRIMARY)
    draw.text((margin + 84, 92), site_name, font=_font("regular", 38), fill=WHITE_LIGHT, anchor="lm")

    # Title: as large as fits in two lines (three for a long one), leaving
    # room for two lines of description.
    for most, size in [(2, n) for n in (88, 80, 72, 64, 58)] + [(3, n) for n in (58, 52, 46)]:
        font = _font("bold", size)
        lines = _wrap(title, font, width)
        if len(lines) <= most and all(font.getlength(l) <= width for l in lines):
            break
    lines = _clip(lines, font, width, 3)
    y = 165
    for line in lines:
        draw.text((margin, y), line, font=font, fill=WHITE)
        y += int(size * 1.15)

    # Description under the title, in the lines left above the band.
    small, step = _font("regular", 30), 40
    y += 22
    room = (HEIGHT - band - 8 - 20 - y) // step
    if room > 0:
        for line in _clip(_wrap(description, small, width), small, width, min(3, room)):
            draw.text((margin, y), line, font=small, fill=WHITE_LIGHT)
            y += step

    # Footer band: where the page lives and its language.
    mid = HEIGHT - band // 2
    draw.text((margin, mid), footer, font=_font("regular", 30), fill=WHITE, anchor="lm")
    draw.text((WIDTH - margin, mid), LANG_LABEL.get(lang, lang), font=_font("bold", 30), fill=WHITE, anchor="rm")

    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _footer_text(config) -> str:
    from urllib.parse import urlsplit

    url = urlsplit(config.site_url)
    return (url.netloc + url.path).rstrip("/")


# --- events -----------------------------------------------------------------

def on_post_page(output, page, config, **kwargs):
    if _offline(config):
        return output
    lang = _lang(page)
    target = Path(config.site_dir) / image_uri(page)
    target.parent.mkdir(parents=True, exist_ok=True)
    png = render_image(page_title(page, config), page_description(page, config), config.site_name, _footer_text(config), lang)
    if not target.exists() or target.read_bytes() != png:
        target.write_bytes(png)
    meta = "\n    ".join(
        f'<meta {attr}="{name}" content="{html.escape(content, quote=True)}">' for attr, name, content in tags(page, config)
    )
    if "</head>" not in output:
        raise PluginError(f"social hook: {page.file.src_uri} rendered without </head>")
    return output.replace("</head>", f"  {meta}\n  </head>", 1)


@event_priority(-120)  # after static-i18n (-100) and i18n_site (-110): every language is built
def on_post_build(config, **kwargs):
    if _building_nested(config):
        return
    problems = check_descriptions(Path(config.docs_dir))
    if problems:
        raise PluginError("Page descriptions:\n  " + "\n  ".join(problems))
