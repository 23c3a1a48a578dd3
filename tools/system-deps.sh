#!/usr/bin/env bash
# Debian packages the tests need: Chromium (browser tests, Lighthouse), Java
# (the Nu HTML checker), hunspell with Russian and English dictionaries
# (spelling). Installs what is missing when run as root; otherwise says how.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
command -v hunspell >/dev/null || need+=(hunspell)
[ -f /usr/share/hunspell/ru_RU.dic ] || need+=(hunspell-ru)
[ -f /usr/share/hunspell/en_US.dic ] || need+=(hunspell-en-us)
command -v npm >/dev/null || need+=(nodejs npm)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "system-deps: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "system-deps: missing Debian packages: ${need[*]}" >&2
  echo "  install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
