#!/usr/bin/env bash
# Installs what building, running and testing Cluster Desk needs on Debian/Ubuntu,
# skipping whatever is already there. Sourced by run.sh and test.sh.
set -euo pipefail

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev
  librsvg2-dev libxdo-dev file curl pkg-config
  xvfb xauth webkit2gtk-driver   # end-to-end tests of the real window
  poppler-utils libharfbuzz-bin  # PDF tests: read back (pdftotext), render, compare with hb-view
)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: installing Rust"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v node >/dev/null 2>&1; then
  echo "setup: installing Node.js"
  sudo_if_needed apt-get install -y -qq -o DPkg::Lock::Timeout=600 nodejs npm
fi

if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  # Pinned: a 3.0 alpha exists and changes the protocol.
  cargo install tauri-driver --locked --version 2.1.0
fi

# npm ci fails here: the registry lacks the Tauri CLI's other-platform packages, so
# the lock file never records them. npm install honours the lock file otherwise.
(cd "$(dirname "${BASH_SOURCE[0]}")/../ui" && npm install --no-audit --no-fund --loglevel=error)
