#!/bin/sh
# Install the browser the e2e suite drives: Debian's `chromium` and the Noto CJK fonts
# (Debian's Chromium ships no CJK fonts; without them Chinese text renders as boxes in
# screenshots). Idempotent: installs only what is missing, runs `apt-get update` first
# when it has something to install. Needs root (or sudo) on Debian/Ubuntu.
#   sh scripts/install-browser.sh
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
if ! command -v fc-list >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  missing="$missing fonts-noto-cjk"
fi

if [ -z "$missing" ]; then
  echo "install-browser: chromium and fonts-noto-cjk already present"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found; install$missing yourself and set CHROME_PATH" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browser: need root to install$missing" >&2
    exit 1
  fi
fi

echo "install-browser: installing$missing (a few minutes)"
$SUDO apt-get update -qq
# shellcheck disable=SC2086 # word splitting of $missing is intended
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
command -v chromium >/dev/null 2>&1 || { echo "install-browser: chromium still missing" >&2; exit 1; }
fc-list | grep -qi "Noto Sans CJK" || { echo "install-browser: Noto Sans CJK still missing" >&2; exit 1; }
echo "install-browser: done ($(chromium --version 2>/dev/null | head -n 1))"
