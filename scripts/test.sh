#!/usr/bin/env bash
# Installs what is needed and runs every test: front-end lint, types and unit tests;
# Rust format, lints and tests (core, generated TypeScript bindings); end-to-end tests
# of the real app window under Xvfb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$root/scripts/setup.sh"
cd "$root"

echo "== front end: lint, type check, unit tests, build"
(cd ui && npm run lint && npm run check && npm test && npm run build)

echo "== Rust: format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets -- -D warnings

echo "== Rust: build the app for the end-to-end tests"
cargo build -p cluster-desk

echo "== Rust: unit, store, bindings and end-to-end tests"
log="$(mktemp)"
set +e
# One test at a time: the end-to-end tests each drive a real window.
xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test --workspace --lib --bins --tests -- --test-threads=1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "rust: %d passed, %d failed\n", passed, failed }' "$log"
rm -f "$log"
exit "$status"
