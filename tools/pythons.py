"""Install the CPython releases the examples are recorded on, where this machine lacks them.

    python3 tools/pythons.py install   # fetch and unpack what is missing
    python3 tools/pythons.py list      # which interpreter each version resolves to

tools/examples.py RELEASES names the exact release of each version. 3.9 to 3.12
come from the machine image's pyenv (`pyenv install 3.9.18` where it lacks
one). 3.13, 3.14 and 3.15 come from Debian's unstable suite, which carries
their newest patch releases; they are installed without touching the
system's apt setup:

1. a private APT configuration in the cache directory lists the archive the
   machine already uses (read from /etc/apt/sources.list.d/*.sources, so no
   host is written in this repository), with the suite `sid`;
2. `apt-get install --download-only` fetches the interpreters, their
   standard libraries, `-venv` and the libraries they link to (about 70 debs,
   45 MB); the debs are kept, so a second install downloads nothing;
3. `dpkg-deb -x` unpacks them into one root, and `patchelf` points each
   interpreter at that root's dynamic loader and libraries (sid's glibc is
   newer than the host's);
4. the root's `_sysconfigdata` names its own wheel directory, so that
   `python3.X -m venv` can bootstrap pip from Debian's pip wheel, as it does
   on Debian itself.

EXAMPLE_PYTHONS=3.11 (comma-separated) limits the install to those versions,
as the CI job that runs the examples on one Python at a time does.

The interpreters land in $XDG_CACHE_HOME/python-modules-packages/debian-sid/
(default ~/.cache/...), where tools/examples.py finds them. When sid has moved
on and a pinned release is gone, install stops and says what sid has now: move
the pin in tools/examples.py RELEASES, re-record (README, "Adding an example"),
read the diffs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import examples  # noqa: E402

DEBIAN = ("3.13", "3.14", "3.15")
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"


class InstallError(Exception):
    pass


def packages(version: str) -> list[str]:
    return [f"python{version}", f"python{version}-venv", f"libpython{version}-stdlib"]


def archive_uri() -> str:
    """The Debian archive this machine's apt already uses."""
    for source in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")):
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.startswith("URIs:") and "security" not in line:
                return line.split()[1]
    for line in Path("/etc/apt/sources.list").read_text(encoding="utf-8").splitlines() if Path(
        "/etc/apt/sources.list"
    ).exists() else []:
        m = re.match(r"deb\s+(?:\[[^]]*\]\s+)?(\S+)\s+\S+\s+main", line)
        if m and "security" not in m[1]:
            return m[1]
    raise InstallError("no Debian archive found in /etc/apt/sources.list.d/*.sources or sources.list")


def apt(cache: Path, *args: str) -> str:
    env = {**os.environ, "APT_CONFIG": str(cache / "apt.conf"), "DEBIAN_FRONTEND": "noninteractive"}
    proc = subprocess.run(["apt-get", *args], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise InstallError(f"apt-get {' '.join(args)} failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout


def configure_apt(cache: Path) -> None:
    for sub in ("etc/sources.list.d", "etc/preferences.d", "lists/partial", "debs/partial"):
        (cache / sub).mkdir(parents=True, exist_ok=True)
    (cache / "status").touch()
    signed = f" [signed-by={KEYRING}]" if Path(KEYRING).exists() else ""
    (cache / "etc/sources.list").write_text(f"deb{signed} {archive_uri()} sid main\n", encoding="utf-8")
    (cache / "apt.conf").write_text(
        "\n".join([
            f'Dir::Etc::SourceList "{cache}/etc/sources.list";',
            f'Dir::Etc::SourceParts "{cache}/etc/sources.list.d";',
            f'Dir::Etc::Preferences "{cache}/etc/preferences";',
            f'Dir::Etc::PreferencesParts "{cache}/etc/preferences.d";',
            f'Dir::State::status "{cache}/status";',
            f'Dir::State::Lists "{cache}/lists";',
            f'Dir::Cache "{cache}";',
            'Dir::Cache::archives "debs";',
            'APT::Install-Recommends "false";',
            'APT::Sandbox::User "root";' if os.geteuid() == 0 else "",
        ]) + "\n",
        encoding="utf-8",
    )


def debian_revision(cache: Path, version: str, release: str) -> str:
    """The Debian version of `release` in sid's index, e.g. 3.14.10-1."""
    env = {**os.environ, "APT_CONFIG": str(cache / "apt.conf")}
    out = subprocess.run(
        ["apt-cache", "madison", f"python{version}"], env=env, capture_output=True, text=True,
    ).stdout
    offered = [line.split("|")[1].strip() for line in out.splitlines() if "|" in line]
    for candidate in offered:
        if candidate.split("-")[0] == release:
            return candidate
    raise InstallError(
        f"Debian sid no longer has CPython {release} (it has {', '.join(offered) or 'none'}).\n"
        f"Move the pin in tools/examples.py RELEASES to the new release, install again, then\n"
        f"re-record the examples (README, 'Adding an example') and read the diffs."
    )


def cached_debs(debs: Path, version: str, release: str) -> bool:
    return all(any(debs.glob(f"{p}_{release}-*.deb")) for p in packages(version))


def install(root_dir: Path) -> list[str]:
    cache = root_dir
    root = cache / "root"
    wanted = {v: examples.RELEASES[v] for v in DEBIAN if v in examples.wanted_versions()}
    missing = {
        v: r for v, r in wanted.items()
        if examples.release_of(str(root / "usr/bin" / f"python{v}")) != r
    }
    if not missing:
        return []
    for tool in ("apt-get", "dpkg-deb", "patchelf"):
        if not shutil.which(tool):
            raise InstallError(f"{tool} not found: install it with `apt-get install {tool}` (Debian)")
    configure_apt(cache)
    debs = cache / "debs"
    if not all(cached_debs(debs, v, r) for v, r in wanted.items()):
        print("pythons: reading Debian sid's package index", flush=True)
        apt(cache, "update", "-qq")
        names = [f"{p}={debian_revision(cache, v, r)}" for v, r in wanted.items() for p in packages(v)]
        print(f"pythons: downloading {', '.join(f'CPython {r}' for r in wanted.values())}", flush=True)
        apt(cache, "install", "--download-only", "-y", "-qq", *names)
    # Unpack every cached deb of the pinned releases (and the libraries), newest last.
    if root.exists():
        shutil.rmtree(root)
    root.mkdir()
    stale = re.compile(r"^(lib)?python3\.\d+(-\w+)?_")
    for deb in sorted(debs.glob("*.deb")):
        if stale.match(deb.name) and not any(f"_{r}-" in deb.name for r in wanted.values()):
            continue  # an older release left in the cache
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    libdir = root / "usr/lib/x86_64-linux-gnu"
    wheels = root / "usr/share/python-wheels"
    done = []
    for v, r in wanted.items():
        exe = root / "usr/bin" / f"python{v}"
        subprocess.run(
            ["patchelf", "--set-interpreter", str(libdir / "ld-linux-x86-64.so.2"),
             "--force-rpath", "--set-rpath", str(libdir), str(exe)],
            check=True,
        )
        for data in (root / "usr/lib" / f"python{v}").glob("_sysconfigdata_*.py"):
            text = data.read_text(encoding="utf-8")
            data.write_text(
                text.replace("'WHEEL_PKG_DIR': '/usr/share/python-wheels/'", f"'WHEEL_PKG_DIR': '{wheels}/'"),
                encoding="utf-8",
            )
        got = examples.release_of(str(exe))
        if got != r:
            raise InstallError(f"{exe} reports CPython {got or 'nothing'}, expected {r}")
        done.append(f"CPython {r}: {exe}")
    return done


def main(argv: list[str]) -> int:
    if argv[:1] == ["list"]:
        found = examples.find_pythons()
        for v in examples.VERSIONS:
            print(f"{v}  {examples.RELEASES[v]:8}  {found.get(v, 'missing')}")
        return 0 if len(found) == len(examples.VERSIONS) else 1
    if argv[:1] != ["install"]:
        print(__doc__)
        return 2
    try:
        for line in install(examples.DEBIAN_ROOT):
            print("pythons: installed", line)
    except InstallError as exc:
        print(f"pythons: {exc}", file=sys.stderr)
        return 1
    found = examples.find_pythons()
    lacking = [v for v in examples.wanted_versions() if v not in found]
    for v in lacking:
        print(
            f"pythons: CPython {examples.RELEASES[v]} not found; install it with "
            f"`pyenv install {examples.RELEASES[v]}`",
            file=sys.stderr,
        )
    return 1 if lacking else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
