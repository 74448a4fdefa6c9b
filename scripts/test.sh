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
xvfb-run -a -s "-screen 0 1280x800x24" cargo test --workspace -- --test-threads=1
