#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing, builds and starts Netzatlas. Without arguments it opens the default registry,
# which holds a demo network on first start; with a path it opens that registry.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset release
cmake --build --preset release -j "$jobs" --target netzatlas netzatlas-cli

app=build/release/src/app/netzatlas
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Kein Bildschirm gefunden (DISPLAY nicht gesetzt): Netzatlas startet in einem virtuellen X-Server (xvfb-run)."
    echo "No display found: starting Netzatlas in a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
