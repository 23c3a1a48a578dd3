"""`mkdocs serve`, as a reader on a plane runs it: both languages and their search indexes."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import BIN, ROOT, free_port


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.slow
def test_mkdocs_serve_serves_both_languages_with_search():
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                status, _ = get(url)
                if status == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                pytest.fail(f"mkdocs serve exited:\n{server.stdout.read()}")
            time.sleep(0.5)
        else:
            pytest.fail("mkdocs serve did not answer within 120 s")
        status, en = get(url)
        assert status == 200 and b'<html lang="en"' in en
        assert b"livereload" in en, "mkdocs serve runs without live reload"
        status, ru = get(url + "ru/")
        assert status == 200 and b'<html lang="ru"' in ru
        for path, lang in (("search/search_index.json", ["en"]), ("ru/search/search_index.json", ["en", "ru"])):
            status, body = get(url + path)
            assert status == 200, path
            assert json.loads(body)["config"]["lang"] == lang
        status, missing = get(url + "ru/no-such-page/")
        assert status == 404
    finally:
        server.terminate()
        server.wait(timeout=20)
