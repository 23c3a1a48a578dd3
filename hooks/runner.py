"""Run it here: every example tree shown on a page can be edited and run in the
reader's browser, on CPython compiled to WebAssembly (Pyodide), from the
site's own files (issue 16).

Build time, this hook
- copies the runtime from node_modules/pyodide (npm, pinned exactly in
  package-lock.json) to assets/runner/pyodide/: pyodide.mjs, pyodide.asm.mjs,
  pyodide.asm.wasm, python_stdlib.zip, and a lock file without packages (the
  site ships none: the examples use the standard library only);
- puts a runner under the first block of each page that shows an example's
  tree (`--8<-- "examples/<name>/output/tree.txt"`, as hooks/downloads.py
  finds them): a Run button per command of example.toml, an editor per file,
  an output area. The markup goes into the final HTML (on_post_page), so the
  search index and the page checks never see it;
- adds the runner's styles inline (no extra request before the first paint)
  and a deferred script, only on pages that have a runner.

Not runnable in the browser, so no Run button: an example with
`not_in_browser = "why"` in its example.toml, and a run whose `since` is newer
than the runtime's Python (the runner says which version it needs). The
browser side is docs/assets/runner/ (runner.js, runner-worker.js); the README
("Run it here") says how a run works. Nothing of the runtime is requested
until the reader presses Run.
"""

from __future__ import annotations

import base64
import html
import importlib.util
import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
RUNTIME_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
RUNTIME_DIR = "assets/runner/pyodide"
SCRIPT = "assets/runner/runner.js"
STYLES = ROOT / "docs" / "assets" / "runner" / "runner.css"
DOWNLOAD = re.compile(r'^\s*\[[^\]]*\]\([^)]*downloads/(?P<name>[^/)]+)\.zip\)\{ \.download \}\s*$')
MOUNT = '<div class="runner" data-runner-mount="{name}"></div>'
# Python-Markdown wraps raw HTML in an indented block (an admonition, a
# question) in a paragraph; the runner replaces the paragraph too.
MOUNTED = re.compile(r'(?:<p>)?<div class="runner" data-runner-mount="(?P<name>[^"]+)"></div>(?:</p>)?')

LABELS = {
    "en": {
        "group": "Run this example in your browser",
        "run": "Run",
        "stop": "Stop",
        "edit": "Edit the files",
        "hint": "Tab inserts four spaces; to leave an editor, press Esc, then Tab.",
        "delete": "Delete",
        "new": "New file",
        "add": "Add the file",
        "reset": "Reset",
        "output": "Output",
        "binary": "binary file, not editable",
        "since": "{command} needs Python {since} or newer; the browser runs CPython {version}.",
        "placeholder": "pkg/module.py",
    },
    "ru": {
        "group": "Запустить пример в браузере",
        "run": "Запустить",
        "stop": "Остановить",
        "edit": "Изменить файлы",
        "hint": "Tab вставляет четыре пробела; чтобы выйти из редактора, нажмите Esc, затем Tab.",
        "delete": "Удалить",
        "new": "Новый файл",
        "add": "Добавить файл",
        "reset": "Вернуть исходные",
        "output": "Вывод",
        "binary": "двоичный файл, не редактируется",
        "since": "{command} требует Python {since} или новее, а в браузере работает CPython {version}.",
        "placeholder": "pkg/module.py",
    },
}


def _examples_module():
    """tools/examples.py, the one definition of an example (runs, since, exit)."""
    if "runner_examples" not in sys.modules:
        spec = importlib.util.spec_from_file_location("runner_examples", ROOT / "tools" / "examples.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["runner_examples"]


def runtime_release() -> str:
    """The CPython release the pinned Pyodide runs ("3.14.2"), from its lock file."""
    lock = PYODIDE / "pyodide-lock.json"
    if not lock.is_file() or not all((PYODIDE / f).is_file() for f in RUNTIME_FILES):
        raise PluginError(
            "runner hook: node_modules/pyodide is missing or incomplete: run `npm ci` "
            "(make build, make serve and make test do)"
        )
    return json.loads(lock.read_text(encoding="utf-8"))["info"]["python"]


def _vkey(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


def _js_regex(pattern: str) -> str:
    """A mask (a Python regex) as JavaScript reads it: named groups spelled the JS way."""
    pattern = pattern.replace("(?P<", "(?<")
    pattern = re.sub(r"\(\?P=(\w+)\)", r"\\k<\1>", pattern)
    if re.search(r"\(\?[aiLmsux]+\)|\\[AZ]", pattern):
        raise PluginError(f"runner hook: mask {pattern!r} uses Python-only regex syntax")
    return pattern


def example_plan(name: str, release: str) -> dict | None:
    """What the runner offers for one example, or None when it offers nothing."""
    examples = _examples_module()
    try:
        example = examples.load(name)
    except examples.ExampleError as exc:
        raise PluginError(f"runner hook: {exc}") from exc
    if example.not_in_browser:
        return None
    minor = ".".join(release.split(".")[:2])
    runs, later = [], []
    for run in example.runs:
        if _vkey(run.since) > _vkey(minor):
            later.append(run)
            continue
        runs.append({
            "name": run.name,
            "command": run.command,
            "args": run.args,
            "cwd": run.cwd,
            "env": run.env,
            "mask": [_js_regex(m) for m in run.mask],
        })
    files = []
    for path in sorted(example.path.rglob("*"), key=lambda p: p.relative_to(example.path).as_posix().lower()):
        rel = path.relative_to(example.path)
        if path.is_dir() or examples.SKIP_IN_TREE & set(rel.parts):
            continue
        data = path.read_bytes()
        try:
            files.append({"path": rel.as_posix(), "text": data.decode("utf-8")})
        except UnicodeDecodeError:
            files.append({"path": rel.as_posix(), "base64": base64.b64encode(data).decode("ascii")})
    return {"name": name, "root": f"{examples.SHOWN_ROOT}/{name}", "runs": runs, "later": later, "files": files}


def render(plan: dict, lang: str, release: str) -> str:
    t = LABELS[lang]
    name = plan["name"]
    esc = lambda s: html.escape(s, quote=True)  # noqa: E731
    out = [f'<div class="runner" data-runner="{esc(name)}" data-root="{esc(plan["root"])}">']
    if plan["runs"]:
        out.append(f'<div class="runner__commands" role="group" aria-label="{esc(t["group"])}">')
        for run in plan["runs"]:
            out.append(
                f'<button type="button" class="runner__run" data-run-example="{esc(name)}" data-run="{esc(run["name"])}"'
                f' data-args="{esc(json.dumps(run["args"]))}" data-cwd="{esc(run["cwd"])}"'
                f' data-env="{esc(json.dumps(run["env"]))}" data-mask="{esc(json.dumps(run["mask"]))}">'
                f'<span class="runner__verb">{esc(t["run"])}</span> <code>{esc(run["command"])}</code></button>'
            )
        out.append(f'<button type="button" class="runner__stop" data-run-stop="{esc(name)}" disabled>{esc(t["stop"])}</button>')
        out.append("</div>")
    for run in plan["later"]:
        note = t["since"].format(command=f"<code>{esc(run.command)}</code>", since=esc(run.since), version=esc(release))
        out.append(f'<p class="runner__note" data-run-later="{esc(run.name)}">{note}</p>')
    if plan["runs"]:
        out.append(f'<details class="runner__editor" data-run-editor="{esc(name)}">')
        out.append(f'<summary>{esc(t["edit"])}</summary>')
        # The editor's contents wait in an inert <template> until the reader
        # opens the editor or presses Run (runner.js): a page with fifteen
        # examples then lays out no more than one without the runner.
        out.append('<template data-run-template>')
        out.append(f'<p class="runner__hint">{esc(t["hint"])}</p>')
        out.append('<div class="runner__files">')
        for i, f in enumerate(plan["files"]):
            fid = f"run-{name}-{i}"
            path = esc(f["path"])
            if "base64" in f:
                out.append(
                    f'<div class="runner__file" data-path="{path}" data-base64="{esc(f["base64"])}">'
                    f'<span class="runner__path">{path}</span> <span class="runner__binary">({esc(t["binary"])})</span></div>'
                )
                continue
            rows = max(2, min(f["text"].count("\n") + 1, 24))
            out.append(
                f'<div class="runner__file" data-path="{path}">'
                f'<div class="runner__filebar"><label class="runner__path" for="{fid}">{path}</label>'
                f'<button type="button" class="runner__delete" data-run-delete>{esc(t["delete"])}'
                f'<span class="runner__sr"> {path}</span></button></div>'
                # The newline after <textarea> is dropped by the HTML parser, so
                # a file that starts with an empty line keeps it.
                f'<textarea id="{fid}" data-run-file="{path}" rows="{rows}" spellcheck="false"'
                f' autocapitalize="off">\n{html.escape(f["text"], quote=False)}</textarea></div>'
            )
        out.append("</div>")
        nid = f"run-{name}-new"
        out.append(
            f'<div class="runner__tools"><label for="{nid}">{esc(t["new"])}</label>'
            f' <input type="text" id="{nid}" data-run-new placeholder="{esc(t["placeholder"])}" spellcheck="false" autocapitalize="off">'
            f' <button type="button" data-run-add>{esc(t["add"])}</button>'
            f' <button type="button" data-run-reset>{esc(t["reset"])}</button></div>'
            '<p class="runner__editstatus" role="status"></p>'
        )
        out.append("</template></details>")
        out.append(
            f'<div class="runner__output" hidden><pre data-run-output="{esc(name)}" role="log" tabindex="0"'
            f' aria-label="{esc(t["output"])}"></pre><p class="runner__status" role="status"></p></div>'
        )
    out.append("</div>")
    return "".join(out)


@event_priority(-200)  # after static-i18n has sorted the files by language
def on_files(files, config, **kwargs):
    runtime_release()  # fails the build, saying what to run, when the runtime is missing
    for name in RUNTIME_FILES:
        uri = f"{RUNTIME_DIR}/{name}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(PYODIDE / name)))
    lock_uri = f"{RUNTIME_DIR}/pyodide-lock.json"
    if files.get_file_from_path(lock_uri) is None:
        info = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]
        files.append(File.generated(config, lock_uri, content=json.dumps({"info": info, "packages": {}})))
    return files


INCLUDE = re.compile(r'^\s*--8<--\s+"examples/(?P<name>[^/"]+)/(?P<path>[^"]*)"\s*$')
FENCE = re.compile(r'^(?P<indent>[ ]*)(?P<fence>```+|~~~+)')
TAB = re.compile(r'^(?P<indent>[ ]*)=== "')


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blocks(lines: list[str]) -> list[dict]:
    """Fenced blocks that include example files: where they start and end, and what they include."""
    blocks, i = [], 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not (
            lines[j].startswith(opening["indent"] + opening["fence"][0] * 3) and not lines[j].strip().strip(opening["fence"][0])
        ):
            j += 1
        includes = [m for m in (INCLUDE.match(line) for line in lines[i + 1:j]) if m]
        if includes:
            blocks.append({"start": i, "end": min(j, len(lines) - 1), "indent": opening["indent"], "includes": includes})
        i = j + 1
    return blocks


def _after(lines: list[str], block: dict) -> tuple[int, str]:
    """Where a runner goes after `block`, and its indentation: after the
    block, or after its whole group of content tabs when the block is in a
    tab (one runner for every version's output)."""
    end, indent = block["end"] + 1, block["indent"]
    if indent:
        k = block["start"] - 1
        while k >= 0 and (not lines[k].strip() or _indent(lines[k]) >= len(indent)):
            k -= 1
        tab = TAB.match(lines[k]) if k >= 0 else None
        if tab:
            indent = tab["indent"]
            end = k + 1
            while end < len(lines) and (
                not lines[end].strip() or _indent(lines[end]) > len(indent) or TAB.match(lines[end])
                and tab["indent"] == TAB.match(lines[end])["indent"]
            ):
                end += 1
            while end > k and not lines[end - 1].strip():
                end -= 1
    return end, indent


def on_page_markdown(markdown, page, **kwargs):
    """A mount point for each example the page shows, once: after the block
    that shows its tree (and after that tree's download link, which
    hooks/downloads.py adds); where the page shows no tree of it, after the
    first block that shows its output (or else one of its files)."""
    lines = markdown.split("\n")
    blocks = _blocks(lines)
    names = list(dict.fromkeys(m["name"] for b in blocks for m in b["includes"]))
    points = []
    for name in names:
        def shows(block, test):
            return any(m["name"] == name and test(m["path"]) for m in block["includes"])

        block = (
            next((b for b in blocks if shows(b, lambda p: p == "output/tree.txt")), None)
            or next((b for b in blocks if shows(b, lambda p: p.startswith("output/"))), None)
            or next(b for b in blocks if shows(b, lambda p: True))
        )
        end, indent = _after(lines, block)
        j = end
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines) and (m := DOWNLOAD.match(lines[j])) and m["name"] == name:
            end = j + 1
        points.append((end, indent, name))
    for end, indent, name in sorted(points, key=lambda p: p[0], reverse=True):
        lines[end:end] = ["", indent + MOUNT.format(name=name), ""]
    return "\n".join(lines)


def on_post_page(output, page, config, **kwargs):
    if "data-runner-mount=" not in output:
        return output
    release = runtime_release()
    lang = getattr(page.file, "locale", None) or "en"
    if lang not in LABELS:
        raise PluginError(f"runner hook: no labels for language {lang!r} ({page.file.src_uri})")
    used = []

    def mount(match):
        plan = example_plan(match["name"], release)
        if plan is None:
            return ""
        used.append(plan["name"])
        return render(plan, lang, release)

    output = MOUNTED.sub(mount, output)
    if not used:
        return output
    style = "<style>" + STYLES.read_text(encoding="utf-8") + "</style>"
    script = f'<script defer src="{get_relative_url(SCRIPT, page.url)}"></script>'
    if "</head>" not in output or "</body>" not in output:
        raise PluginError(f"runner hook: {page.file.src_uri}: no </head> or </body> in the page")
    output = output.replace("</head>", style + "</head>", 1)
    return output.replace("</body>", script + "</body>", 1)
