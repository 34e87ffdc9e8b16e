#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR (and a font) are installed: the e2e tests, benchmarks and
# `npm start` drive these real browsers; the project never downloads a browser of its own. Installs what is
# missing with apt-get when it can (root or sudo); otherwise says what to run. Used by .ci/run, `npm start`
# and `npm test`.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing ${need[*]}: install Chromium and Firefox ESR with your package manager." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Missing ${need[*]}: run as root: apt-get update && apt-get install -y --no-install-recommends ${need[*]}" >&2
    exit 1
  fi
fi
echo "installing ${need[*]} (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
