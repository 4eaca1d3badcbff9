#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs what is missing, builds everything with warnings as errors, and runs every test through ctest.
# Also builds and tests the configuration without GUI (-DNETZATLAS_BUILD_GUI=OFF).
#   ./scripts/test.sh              full run
#   NETZATLAS_SKIP_NOGUI=1 ./scripts/test.sh   skip the build without GUI (faster local runs)
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen
export CTEST_OUTPUT_ON_FAILURE=1

echo "== Build (preset dev: RelWithDebInfo, warnings as errors)"
cmake --preset dev
cmake --build --preset dev -j "$jobs"
echo "== Tests"
ctest --preset dev -j "$jobs" --timeout 900

if [ "${NETZATLAS_SKIP_NOGUI:-0}" != "1" ]; then
    echo "== Build and tests without GUI (preset nogui)"
    cmake --preset nogui
    cmake --build --preset nogui -j "$jobs"
    ctest --preset nogui -j "$jobs" --timeout 900
fi
echo "== All tests passed"
