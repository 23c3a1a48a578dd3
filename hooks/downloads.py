"""Every example tree shown on a page can be downloaded as a zip.

At build time each folder under examples/ becomes downloads/<name>.zip (the
files the tests run, without example.toml and the recorded output; fixed
timestamps, so the same tree gives the same bytes). Below every block that shows
an example's tree (`--8<-- "examples/<name>/output/tree.txt"`), the page gets a
download link in its own language.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SKIP = {"example.toml", "output", "__pycache__", ".pytest_cache"}
TREE = re.compile(r'^(?P<indent>\s*)--8<--\s+"examples/(?P<name>[^/"]+)/output/tree\.txt"\s*$')
LABEL = {"en": "Download this example ({name}.zip)", "ru": "Скачать пример ({name}.zip)"}


def make_zip(example: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(example.rglob("*")):
            rel = path.relative_to(example)
            if path.is_dir() or SKIP & set(rel.parts):
                continue
            info = zipfile.ZipInfo(f"{example.name}/{rel.as_posix()}", date_time=(2024, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


@event_priority(-200)  # after static-i18n has sorted the files by language
def on_files(files, config, **kwargs):
    for example in sorted(p.parent for p in EXAMPLES.glob("*/example.toml")):
        uri = f"downloads/{example.name}.zip"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=make_zip(example)))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    lang = getattr(page.file, "locale", "en")
    lines = markdown.split("\n")
    out, pending = [], None
    for line in lines:
        out.append(line)
        match = TREE.match(line)
        if match:
            if not (EXAMPLES / match["name"] / "example.toml").exists():
                raise PluginError(f"downloads hook: {page.file.src_uri} shows the tree of unknown example {match['name']!r}")
            pending = match
            continue
        if pending is not None and line.strip().startswith(("```", "~~~")):
            indent, name = pending["indent"], pending["name"]
            href = posixpath.relpath(f"downloads/{name}.zip", posixpath.dirname(page.file.src_uri) or ".")
            out += ["", f"{indent}[{LABEL[lang].format(name=name)}]({href}){{ .download }}", ""]
            pending = None
    return "\n".join(out)
