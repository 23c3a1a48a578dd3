#!/usr/bin/env bash
# What the tests need from outside PyPI and npm:
# - Debian packages: Chromium (browser tests, Lighthouse), Java (the Nu HTML
#   checker), hunspell with Russian and English dictionaries (spelling),
#   the DejaVu fonts (hooks/social.py draws the link preview images with them),
#   patchelf (for the next step). Installs what is missing when run as root;
#   otherwise says how.
# - the CPython releases the examples are recorded on: tools/pythons.py
#   installs 3.13, 3.14 and 3.15 from Debian's unstable suite where they are
#   missing (cached under ~/.cache/python-modules-packages), and says how to
#   get any other that is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v patchelf >/dev/null || need+=(patchelf)
command -v chromium >/dev/null || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
command -v hunspell >/dev/null || need+=(hunspell)
[ -f /usr/share/hunspell/ru_RU.dic ] || need+=(hunspell-ru)
[ -f /usr/share/hunspell/en_US.dic ] || need+=(hunspell-en-us)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || need+=(fonts-dejavu-core)
command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -eq 0 ]; then
  :
elif [ "$(id -u)" = 0 ]; then
  echo "system-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "system-deps: missing Debian packages: ${need[*]}" >&2
  echo "  install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
python3 tools/pythons.py install
