#!/usr/bin/env bash
# Installs Debian's chromium for the web sample's browser test, only when /usr/bin/chromium is missing.
# Never fails the build: when it cannot install (no root, no apt-get, no network), it says so and exits 0,
# and the browser test then skips with its own message.
set -u

if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: /usr/bin/chromium is present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: apt-get not found; cannot install chromium, the browser test will be skipped"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo -n"
  else
    echo "install-chromium: not root and no password-less sudo; cannot install chromium, the browser test will be skipped"
    exit 0
  fi
fi

echo "install-chromium: /usr/bin/chromium is missing; installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
if $sudo apt-get update -q && $sudo apt-get install -y -q chromium; then
  if [ -x /usr/bin/chromium ]; then
    echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
  else
    echo "install-chromium: apt-get finished but /usr/bin/chromium is still missing; the browser test will be skipped"
  fi
else
  echo "install-chromium: apt-get could not install chromium; the browser test will be skipped"
fi
exit 0
