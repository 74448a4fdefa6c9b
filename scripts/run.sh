#!/usr/bin/env bash
# Installs what is needed, builds and starts Cluster Desk. Its database is created in
# the OS's app-data folder, or in $CLUSTER_DESK_DATA_DIR when that is set.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=setup.sh
. "$root/scripts/setup.sh"
cd "$root"
(cd ui && npm run build)
cargo run --release -p cluster-desk
