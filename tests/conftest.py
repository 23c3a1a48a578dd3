"""Shared fixtures: the real strict build, served like GitHub Pages, and Chromium.

- `built_site`: `mkdocs build --strict` of this repository, once per session,
  with SITE_URL pointing at the local server, so absolute URLs resolve to it.
- `server`: serves that build on 127.0.0.1 as GitHub Pages does: a missing
  path gets the root 404.html with status 404, text files are gzipped,
  connections are kept alive (HTTP/1.1).
- `browser`: Debian's Chromium driven by Playwright (never a downloaded build).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def load_hook(name: str):
    """Import hooks/<name>.py as a module, as MkDocs does."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"hooks_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def mkdocs_build(config: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `mkdocs build` (strict comes from the config)."""
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=full_env, cwd=config.parent,
    )


COMPRESSED = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Static files as GitHub Pages serves them: a missing path gets the root
    404.html with status 404, text files are gzipped when the client accepts
    it, and connections are kept alive. Lighthouse's simulated phone network
    charges a new connection (a round trip) for every request to an
    HTTP/1.0 server, which GitHub Pages (HTTP/2) never costs."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def end_headers(self):
        # LinkChecker waits 0.1-0.6 s between requests to a host unless the
        # server says it may go faster with this header (linkcheck/checker/
        # httpurl.py); this server is ours and local.
        self.send_header("LinkChecker", "no rate limit")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
            path = path / "index.html"
        if not path.exists() and not path.is_dir():
            return self.send_body(404, (Path(self.directory) / "404.html").read_bytes(), "text/html; charset=utf-8")
        if path.is_file() and path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            return self.send_body(200, path.read_bytes(), self.guess_type(str(path)), gzipped=True)
        return super().send_head()  # a file as it is, or the redirect to the URL with a slash

    def send_body(self, status: int, body: bytes, content_type: str, gzipped: bool = False):
        if gzipped:
            body = gzip.compress(body, 6)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class QuietHTTPServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser closing a kept-alive connection is not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class Server:
    """`directory` served on 127.0.0.1:`port` in a thread, by `handler_class`."""

    handler_class = PagesHandler

    def __init__(self, directory: Path, port: int):
        handler = functools.partial(self.handler_class, directory=str(directory))
        self.httpd = QuietHTTPServer(("127.0.0.1", port), handler)
        self.url = f"http://127.0.0.1:{port}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, port) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT / "mkdocs.yml", site, {"SITE_URL": f"http://127.0.0.1:{port}/"})
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def server(built_site, port):
    srv = Server(built_site, port)
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def html_pages(built_site) -> list[Path]:
    """Every HTML page of the build (both languages, both 404 pages)."""
    return sorted(built_site.rglob("*.html"))


def page_urls(built_site: Path) -> list[str]:
    """Site-relative URLs of every content page (from the sitemap) plus the 404s."""
    import re

    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    urls = [urlsplit(u).path.lstrip("/") for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return urls + ["404.html", "ru/404.html"]


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install it with `apt-get install chromium` (or make system)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance, tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright_instance.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
    )
    yield context
    context.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def pytest_collection_modifyitems(items):
    # Browser tests need Chromium; mark them so `make check` can leave them out.
    for item in items:
        if {"browser", "page", "chromium"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
