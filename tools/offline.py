"""Build the offline edition: the whole site, both languages, readable from disk.

    python tools/offline.py dist/python-modules-packages-offline.zip

Builds with Material's offline plugin enabled (OFFLINE=true: plain .html URLs,
search index inlined as a script, the vendored iframe-worker shim), strictly,
into dist/offline/python-modules-packages/, then zips that folder. Unzip it and
open python-modules-packages/index.html (or ru/index.html) in a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "python-modules-packages"


def build(site_dir: Path) -> None:
    env = {**os.environ, "OFFLINE": "true", "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run([str(mkdocs), "build", "--strict", "-d", str(site_dir)], cwd=ROOT, env=env, check=True)


def pack(site_dir: Path, archive: Path) -> None:
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(site_dir.rglob("*")):
            if path.is_file():
                z.write(path, f"{NAME}/{path.relative_to(site_dir).as_posix()}")


def main(argv: list[str]) -> int:
    archive = Path(argv[0] if argv else "dist/python-modules-packages-offline.zip").resolve()
    site_dir = ROOT / "dist" / "offline" / NAME
    shutil.rmtree(site_dir, ignore_errors=True)
    build(site_dir)
    pack(site_dir, archive)
    print(f"offline edition: {archive} ({archive.stat().st_size // 1024} KiB); open {NAME}/index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
